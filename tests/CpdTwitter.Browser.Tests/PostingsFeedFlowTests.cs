using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>The department-wide feed in a real browser (issue 14): News Affairs finds a posting by searching its words and opens its record; accessible.</summary>
public sealed class PostingsFeedFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task News_affairs_finds_a_posting_by_search_and_opens_its_record()
    {
        var news = await server.SignInAsync(chromium, "news.bell");
        await news.SetViewportSizeAsync(1366, 900);
        await Chromium.MenuLink(news, "Postings").ClickAsync();
        await Assertions.Expect(news.Locator("h1")).ToHaveTextAsync("Postings of every district");
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();

        // The demo seed's District 012 posting: "Thank you to everyone who joined Coffee with a Cop on Taylor Street this morning!"
        await news.Locator("#q").FillAsync("COFFEE cop \"taylor street\"");
        await news.Locator("#district").SelectOptionAsync("12");
        await news.GetByRole(AriaRole.Button, new() { Name = "Show postings" }).ClickAsync();
        var row = news.Locator("#feed li.feed-row", new() { HasText = "Thank you to everyone who joined Coffee with a Cop" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(news.Locator("#feed li.feed-row .feed-district").First).ToHaveTextAsync("District 012");
        await Assertions.Expect(news.Locator("#feed-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("handler=Csv"));
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();

        await row.GetByRole(AriaRole.Link, new() { Name = "Record" }).ClickAsync();
        await news.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Posts/[0-9a-f-]{36}$"));
        await Assertions.Expect(news.Locator("main")).ToContainTextAsync("Coffee with a Cop on Taylor Street");
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
    }
}
