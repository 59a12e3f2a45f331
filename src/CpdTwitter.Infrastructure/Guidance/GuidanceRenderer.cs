using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace CpdTwitter.Infrastructure.Guidance;

/// <summary>
/// Turns News Affairs' guidance Markdown into HTML that is safe to put in a page (ADR 0008). Markdig runs with raw HTML
/// disabled, so tags typed into the Markdown come out as text; HtmlSanitizer then keeps only the tags this pipeline
/// emits, with links to http, https and mailto only (each gets rel="noopener noreferrer"). Images are not rendered:
/// guidance is text, and a picture from another site would tell that site who reads it.
/// </summary>
public sealed class GuidanceRenderer
{
    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote", "hr", "br",
        "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, _pipeline);

        // The page has its own h1: the guidance's headings start one level below it.
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
