using System.Text.Json;
using CpdTwitter.Web.Pages.Posts;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// The composer's preview is live: what post-preview.js renders while the author types is, element for element, what the
/// server renders (PostTextHtml in _PostPreview) for the same text once it is saved; and it lays out images as X does.
/// </summary>
public sealed class LivePreviewTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    private const string PreviewText = "#live-preview [data-post-preview-text]";

    private static readonly (string Name, string Text)[] Texts =
    [
        ("plain", "Plain text, nothing to mark."),
        ("a long link", "Read more: https://www.chicagopolice.org/news/2024/summer-safety-tips-for-families-and-kids?utm_source=x"),
        ("several links", "Links https://example.com/a/very/long/path/that/keeps/going and chicagopolice.org/ plus http://t.co/abc123 and WWW.Example.com/x"),
        ("mentions", "Thanks @ChicagoPolice and @CPD_12th_Dist/beat-news, RT @someone: mail email@example.com, @a_name_longer_than_twenty_chars"),
        ("hashtags", "#SafeSummer #CPD_news #2024 #ñandú ＃fullwidth #警察 #tag#tag"),
        ("cashtags", "$AAPL $BRK.A $toolongg price$GOOG ($MSFT) $X.yz!"),
        ("emoji", "Emoji 👮🏽‍♀️🚓 and 🇺🇸 #police🚓 @user😀 1️⃣"),
        ("CJK", "警察署からのお知らせ #地域 https://例え.jp/パス @警察"),
        ("line breaks", "Line one\nLine two with @mention\n\n#hashtag on line four\n  indented"),
        ("HTML-looking text", "<b>x</b> &amp; \"quoted\" 'single' <i>#tag</i> &lt;script&gt; a < b > c"),
    ];

    [Fact]
    public async Task The_live_preview_equals_the_servers_rendering_of_every_text()
    {
        await server.OnDutyAsync("po.grant");
        var page = await server.SignInAsync(chromium, "po.grant");
        await page.GotoAsync(server.BaseUrl + "/Drafts/Compose");
        await page.GetByLabel("Kind of posting").SelectOptionAsync(new SelectOptionValue { Label = "Success story" });
        var text = page.GetByLabel("Post", new() { Exact = true });
        var mismatches = new List<string>();

        foreach (var (name, value) in Texts)
        {
            await text.FillAsync(value);
            var live = await page.Locator(PreviewText).InnerHTMLAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Draft saved.");
            (await text.InputValueAsync()).ShouldBe(value, name);
            var saved = await page.Locator(PreviewText).InnerHTMLAsync();
            // The saved page's scripts must be listening before the next text is typed into it.
            await page.WaitForLoadStateAsync(LoadState.Load);
            if (live != saved)
            {
                mismatches.Add($"{name}:\n  live:   {live}\n  server: {saved}");
            }
        }

        mismatches.ShouldBeEmpty();
        (await page.Locator(PreviewText + " a.post-preview-link").CountAsync()).ShouldBe(0); // the last text has no link
        await text.FillAsync("Tips: https://www.chicagopolice.org/news/2024/summer-safety #SafeSummer @ChicagoPolice $AAPL\n<b>bold?</b>");
        var link = page.Locator(PreviewText + " a.post-preview-link");
        (await link.InnerTextAsync()).ShouldBe("chicagopolice.org/news/2024/summ…");
        (await link.GetAttributeAsync("href")).ShouldBe("https://www.chicagopolice.org/news/2024/summer-safety");
        (await page.Locator(PreviewText + " .post-preview-hashtag").InnerTextAsync()).ShouldBe("#SafeSummer");
        (await page.Locator(PreviewText + " .post-preview-mention").InnerTextAsync()).ShouldBe("@ChicagoPolice");
        (await page.Locator(PreviewText + " .post-preview-cashtag").InnerTextAsync()).ShouldBe("$AAPL");
        (await page.Locator(PreviewText + " b").CountAsync()).ShouldBe(0);
        (await page.Locator(PreviewText).InnerTextAsync()).ShouldEndWith("\n<b>bold?</b>");
        await Assertions.Expect(page.Locator("#preview-summary")).ToHaveTextAsync("Preview: 1 link, 1 mention, 1 hashtag, 1 cashtag.");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(page, "composer-live-preview");
    }

    [Fact]
    public async Task The_live_preview_equals_the_servers_markup_for_every_entity_case()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "conformance", "twitter-text");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "entity-cases.json")));
        var cases = json.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => c.GetProperty("text").GetString()!)
            .Select(text => new { text, server = PostTextHtml.Markup(text) }).ToList();
        var lib = Path.Combine(Chromium.RepositoryRoot, "src", "CpdTwitter.Web", "wwwroot");
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(
            """
            <!DOCTYPE html><html lang="en"><head><title>Preview</title></head><body><main><h1>Preview</h1>
            <form><label for="Text">Post</label><textarea id="Text"></textarea></form>
            <div data-post-preview-source="Text"><p data-post-preview-text></p><div data-post-preview-media hidden></div></div>
            </main></body></html>
            """);
        await page.AddScriptTagAsync(new() { Path = Path.Combine(lib, "lib", "twitter-text", "twitter-text.min.js") });
        await page.AddScriptTagAsync(new() { Path = Path.Combine(lib, "js", "post-preview.js") });

        // The server's markup goes through the browser's parser too, so both sides are compared as the browser serialises them.
        var mismatches = await page.EvaluateAsync<string[]>(
            """
            (cases) => {
                const textarea = document.getElementById('Text');
                const live = document.querySelector('[data-post-preview-text]');
                const server = document.createElement('p');
                const mismatches = [];
                for (const c of cases) {
                    textarea.value = c.text;
                    textarea.dispatchEvent(new Event('input'));
                    server.innerHTML = c.server;
                    if (live.innerHTML !== server.innerHTML) mismatches.push(JSON.stringify(c.text).slice(0, 80) + ' live: ' + live.innerHTML.slice(0, 200) + ' server: ' + server.innerHTML.slice(0, 200));
                }
                return mismatches;
            }
            """, cases);

        cases.Count.ShouldBe(444);
        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_preview_lays_out_one_to_four_images_as_X_does()
    {
        await server.OnDutyAsync("po.grant");
        var page = await server.SignInAsync(chromium, "po.grant");
        await page.GotoAsync(server.BaseUrl + "/Drafts/Compose");
        var media = page.Locator("#live-preview [data-post-preview-media]");
        await Assertions.Expect(media).ToBeHiddenAsync();

        // What the images part of the composer emits inside the form (see the contract in wwwroot/js/post-preview.js).
        for (var count = 1; count <= 5; count++)
        {
            await page.Locator("#compose-form").EvaluateAsync(
                """
                (form, n) => {
                    const colors = ['#3366cc', '#cc3366', '#33aa66', '#aa8833', '#666666'];
                    const image = document.createElement('span');
                    image.setAttribute('data-preview-image', '');
                    image.setAttribute('data-src', 'data:image/svg+xml,' + encodeURIComponent(
                        `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${colors[n - 1]}"/></svg>`));
                    image.setAttribute('data-alt', 'Image ' + n + ' of the post');
                    form.append(image);
                }
                """, count);
            var shown = Math.Min(count, 4);
            await Assertions.Expect(media.Locator("img")).ToHaveCountAsync(shown);
            (await media.GetAttributeAsync("class")).ShouldNotBeNull().ShouldContain($"post-preview-media-{shown}");
            var box = (await media.BoundingBoxAsync()).ShouldNotBeNull();
            var boxes = new List<LocatorBoundingBoxResult>();
            for (var i = 0; i < shown; i++)
            {
                boxes.Add((await media.Locator("img").Nth(i).BoundingBoxAsync()).ShouldNotBeNull());
                (await media.Locator("img").Nth(i).GetAttributeAsync("alt")).ShouldBe($"Image {i + 1} of the post");
            }

            CheckLayout(shown, box, boxes);
            (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
            if (count == 3)
            {
                await Chromium.ScreenshotAsync(page, "composer-preview-three-images");
            }
        }

        await page.Locator("#compose-form [data-preview-image]").EvaluateAllAsync<int>("images => { images.forEach(i => i.remove()); return images.length; }");
        await Assertions.Expect(media).ToBeHiddenAsync();
    }

    private static void CheckLayout(int count, LocatorBoundingBoxResult area, List<LocatorBoundingBoxResult> images)
    {
        const float Slack = 3;
        var half = area.Width / 2;
        switch (count)
        {
            case 1: // full width and height
                images[0].Width.ShouldBe(area.Width, Slack);
                images[0].Height.ShouldBe(area.Height, Slack);
                break;
            case 2: // side by side, full height
                images[0].Y.ShouldBe(images[1].Y, Slack);
                images[1].X.ShouldBeGreaterThan(images[0].X + images[0].Width - Slack);
                images.ShouldAllBe(i => Math.Abs(i.Width - half) < Slack * 2 && Math.Abs(i.Height - area.Height) < Slack);
                break;
            case 3: // one tall on the left, two stacked on the right
                images[0].Height.ShouldBe(area.Height, Slack);
                images[0].Width.ShouldBe(half, Slack * 2);
                images[1].X.ShouldBe(images[2].X, Slack);
                images[1].X.ShouldBeGreaterThan(images[0].X + images[0].Width - Slack);
                images[2].Y.ShouldBeGreaterThan(images[1].Y + images[1].Height - Slack);
                images[1].Height.ShouldBe(area.Height / 2, Slack * 2);
                break;
            default: // a 2×2 grid
                images[0].Y.ShouldBe(images[1].Y, Slack);
                images[2].Y.ShouldBe(images[3].Y, Slack);
                images[0].X.ShouldBe(images[2].X, Slack);
                images[1].X.ShouldBe(images[3].X, Slack);
                images[2].Y.ShouldBeGreaterThan(images[0].Y + images[0].Height - Slack);
                images[1].X.ShouldBeGreaterThan(images[0].X + images[0].Width - Slack);
                images.ShouldAllBe(i => Math.Abs(i.Width - half) < Slack * 2 && Math.Abs(i.Height - (area.Height / 2)) < Slack * 2);
                break;
        }
    }
}
