using CpdTwitter.Infrastructure.Guidance;

namespace CpdTwitter.Web.Tests.Guidance;

/// <summary>Guidance Markdown becomes HTML with no active content, whatever News Affairs (or a stolen session) types.</summary>
public sealed class GuidanceRendererTests
{
    private static readonly GuidanceRenderer Renderer = new();

    private static AngleSharp.Dom.IDocument Render(string markdown) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + Renderer.ToHtml(markdown) + "</body>");

    [Fact]
    public void Markdown_becomes_headings_lists_emphasis_tables_and_links()
    {
        var html = Render("# Posting\n\n- **alerts**\n- *tips*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[CPD](https://www.chicagopolice.org)");

        html.QuerySelector("h2")!.TextContent.ShouldBe("Posting");
        html.QuerySelectorAll("li").Length.ShouldBe(2);
        html.QuerySelector("strong")!.TextContent.ShouldBe("alerts");
        html.QuerySelector("table td")!.TextContent.ShouldBe("1");
        var link = html.QuerySelector("a")!;
        link.GetAttribute("href").ShouldBe("https://www.chicagopolice.org");
        link.GetAttribute("rel").ShouldBe("noopener noreferrer");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <script src=\"https://evil.example/x.js\"></script>")]
    [InlineData("<img src=x onerror=\"alert(1)\">")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">styled</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    public void Typed_HTML_is_shown_as_text_never_as_elements(string markdown)
    {
        var html = Render(markdown);

        html.Body!.QuerySelectorAll("script, img, iframe, svg, [style], [onerror], [onload]").ShouldBeEmpty();
        html.Body.QuerySelectorAll("a").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    public void Links_to_scripts_or_data_are_not_links(string markdown)
    {
        var html = Render(markdown);

        html.Body!.QuerySelectorAll("a[href]").ShouldBeEmpty();
        html.Body.TextContent.ShouldContain("click");
    }

    [Theory]
    [InlineData("![logo](https://evil.example/pixel.png)")]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("![x](javascript:alert(1))")]
    public void Images_are_not_rendered(string markdown)
    {
        Render(markdown).Body!.QuerySelectorAll("img").ShouldBeEmpty();
    }

    [Fact]
    public void Pipe_table_alignment_does_not_bring_style_attributes()
    {
        var html = Render("| a | b |\n|:--|--:|\n| 1 | 2 |");

        html.QuerySelectorAll("td").Length.ShouldBe(2);
        html.Body!.QuerySelectorAll("[style]").ShouldBeEmpty();
    }
}
