using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>How a post will look on X: the district account, the text with its links, and when it goes.</summary>
public sealed record PostPreview(string AccountName, string Handle, string Text, DateTime? WhenUtc, bool Sandbox)
{
    /// <summary>The text cut into plain runs and links, as X shows them (links are found as X finds them).</summary>
    public IEnumerable<(string Text, Uri? Link)> Parts()
    {
        // As the counter and the policy do: text stored before the input rules (a noncharacter, a lone surrogate) still shows.
        var text = TweetText.Nfc(Text);
        var at = 0;
        foreach (var url in TweetText.ExtractUrls(text))
        {
            if (url.Start < at)
            {
                continue;
            }

            yield return (text[at..url.Start], null);
            var raw = text.Substring(url.Start, url.Length);
            var href = raw.Contains("://", StringComparison.Ordinal) ? raw : "https://" + raw;
            yield return (raw, Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null);
            at = url.Start + url.Length;
        }

        yield return (text[at..], null);
    }
}
