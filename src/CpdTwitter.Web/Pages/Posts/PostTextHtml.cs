using System.Text;
using CpdTwitter.Domain.Posts;
using Microsoft.AspNetCore.Html;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>
/// A post's text as the preview shows it, as X marks it: links shortened to X's display form
/// (<see cref="TweetDisplayUrl"/>), mentions, hashtags and cashtags marked, everything else HTML-escaped text (line
/// breaks are kept by the stylesheet's <c>white-space: pre-wrap</c>). wwwroot/js/post-preview.js builds the same
/// elements with the same attributes in the same order, so the live preview equals this rendering:
/// <code>
/// &lt;a href="https://…" title="https://…" rel="nofollow noopener noreferrer" class="post-preview-link"&gt;display…&lt;/a&gt;
/// &lt;span class="post-preview-mention"&gt;@name&lt;/span&gt;  (also -hashtag, -cashtag)
/// </code>
/// </summary>
public static class PostTextHtml
{
    public static IHtmlContent Render(string text) => new HtmlString(Markup(text));

    public static string Markup(string text)
    {
        // As the counter and the policy do: text stored before the input rules (a noncharacter, a lone surrogate) still shows.
        var normalized = TweetText.Nfc(PostContent.NormalizeText(text));
        var html = new StringBuilder(normalized.Length + 64);
        var at = 0;
        foreach (var entity in TweetEntities.Extract(normalized))
        {
            Escape(html, normalized[at..entity.Start]);
            var shown = normalized.Substring(entity.Start, entity.Length);
            if (entity.Kind == TweetEntityKind.Url)
            {
                var href = shown.Contains("://", StringComparison.Ordinal) ? shown : "https://" + shown;
                html.Append("<a href=\"");
                Escape(html, href);
                html.Append("\" title=\"");
                Escape(html, href);
                html.Append("\" rel=\"nofollow noopener noreferrer\" class=\"post-preview-link\">");
                Escape(html, TweetDisplayUrl.For(shown));
                html.Append("</a>");
            }
            else
            {
                html.Append("<span class=\"post-preview-").Append(ClassOf(entity.Kind)).Append("\">");
                Escape(html, shown);
                html.Append("</span>");
            }

            at = entity.End;
        }

        Escape(html, normalized[at..]);
        return html.ToString();
    }

    private static string ClassOf(TweetEntityKind kind) => kind switch
    {
        TweetEntityKind.Mention => "mention",
        TweetEntityKind.Hashtag => "hashtag",
        _ => "cashtag",
    };

    private static void Escape(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
