using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// The preview's text markup (PostTextHtml, mirrored by wwwroot/js/post-preview.js) and the _PostPreview partial with
/// images, rendered by the app's own Razor engine.
/// </summary>
public sealed class PostPreviewRenderingTests : IClassFixture<CpdTwitterFactory>
{
    private readonly CpdTwitterFactory _factory;

    public PostPreviewRenderingTests(CpdTwitterFactory factory)
    {
        _factory = factory;
        _factory.CreateClient().Dispose(); // starts the host
    }

    [Fact]
    public void Text_is_escaped_and_line_breaks_are_kept()
    {
        PostTextHtml.Markup("<b>x</b> &amp; \"q\" 'a'\nnext line").ShouldBe("&lt;b&gt;x&lt;/b&gt; &amp;amp; &quot;q&quot; &#39;a&#39;\nnext line");
    }

    [Fact]
    public void Links_are_shortened_as_X_shows_them_and_entities_marked()
    {
        PostTextHtml.Markup("Tips www.chicagopolice.org/news/2024/summer-safety @CPD_12th #SafeSummer $AAPL").ShouldBe(
            "Tips <a href=\"https://www.chicagopolice.org/news/2024/summer-safety\" title=\"https://www.chicagopolice.org/news/2024/summer-safety\" " +
            "rel=\"nofollow noopener noreferrer\" class=\"post-preview-link\">chicagopolice.org/news/2024/summ…</a> " +
            "<span class=\"post-preview-mention\">@CPD_12th</span> <span class=\"post-preview-hashtag\">#SafeSummer</span> " +
            "<span class=\"post-preview-cashtag\">$AAPL</span>");
    }

    [Fact]
    public void A_link_keeps_its_scheme_in_the_address_and_an_ampersand_is_escaped_there()
    {
        PostTextHtml.Markup("http://example.com/?a=1&b=2").ShouldBe(
            "<a href=\"http://example.com/?a=1&amp;b=2\" title=\"http://example.com/?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\" class=\"post-preview-link\">example.com/?a=1&amp;b=2</a>");
    }

    [Fact]
    public void Carriage_returns_become_line_feeds_as_when_the_text_is_saved()
    {
        PostTextHtml.Markup("one\r\ntwo\rthree").ShouldBe("one\ntwo\nthree");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task The_partial_lays_out_each_image_with_its_alt_text(int count)
    {
        var images = Enumerable.Range(1, count).Select(i => new PreviewImage($"/media/{i}.jpg", $"Image {i}: officers at the beat meeting")).ToList();

        var document = await RenderAsync(Preview("Beat meeting #CPD") with { Images = images });

        var media = document.QuerySelector("[data-post-preview-media]").ShouldNotBeNull();
        media.HasAttribute("hidden").ShouldBeFalse();
        media.ClassList.ShouldContain($"post-preview-media-{count}");
        media.QuerySelectorAll("img.post-preview-image").Cast<IHtmlImageElement>()
            .Select(i => (i.GetAttribute("src"), i.AlternativeText)).ShouldBe(images.Select(i => ((string?)i.Url, (string?)i.AltText)));
        document.QuerySelector("[data-post-preview-text]").ShouldNotBeNull().InnerHtml.ShouldBe(PostTextHtml.Markup("Beat meeting #CPD"));
    }

    [Fact]
    public async Task Without_images_the_media_area_is_hidden_and_a_fifth_image_is_not_shown()
    {
        var none = await RenderAsync(Preview("No images"));
        none.QuerySelector("[data-post-preview-media]").ShouldNotBeNull().HasAttribute("hidden").ShouldBeTrue();

        var five = await RenderAsync(Preview("Five") with { Images = [.. Enumerable.Range(1, 5).Select(i => new PreviewImage($"/media/{i}.jpg", $"Image {i}"))] });
        five.QuerySelectorAll("[data-post-preview-media] img").Length.ShouldBe(PostPreview.MaxImages);
    }

    private static PostPreview Preview(string text) => new("Chicago Police 12th District", "CPD12thDist", text, null, Sandbox: true);

    private async Task<IHtmlDocument> RenderAsync(PostPreview preview)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var engine = services.GetRequiredService<IRazorViewEngine>();
        var view = engine.GetView(executingFilePath: null, viewPath: "/Pages/Posts/_PostPreview.cshtml", isMainPage: false);
        view.Success.ShouldBeTrue(string.Join("; ", view.SearchedLocations));
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        await using var writer = new StringWriter();
        var context = new ViewContext(
            action,
            view.View,
            new ViewDataDictionary<PostPreview>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = preview },
            new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>()),
            writer,
            new HtmlHelperOptions());
        await view.View.RenderAsync(context);
        return new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + writer + "</body></html>");
    }
}
