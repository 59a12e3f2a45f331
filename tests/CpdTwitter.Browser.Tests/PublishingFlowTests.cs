using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// The core flow in the browser: an officer drafts with the live counter, an over-length post is blocked, a notable
/// post goes to News Affairs, News Affairs approves, and the officer sees it published (sandbox).
/// </summary>
public sealed class PublishingFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    private const string Notable = "A suspect was arrested after a string of garage burglaries near Taylor St. Thank you to the neighbors who called 911.";

    [Fact]
    public async Task An_officer_drafts_News_Affairs_approves_and_the_post_is_published_in_the_sandbox()
    {
        await server.OnDutyAsync("po.grant");
        var officer = await server.SignInAsync(chromium, "po.grant");
        await Chromium.MenuLink(officer, "Posts").ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "New post" }).ClickAsync();
        await officer.GetByLabel("Kind of posting").SelectOptionAsync(new SelectOptionValue { Label = "Success story" });

        var text = officer.GetByLabel("Post", new() { Exact = true });
        await text.PressSequentiallyAsync("Hello 12th");
        await Assertions.Expect(officer.Locator("#text-count")).ToContainTextAsync("270");
        await text.FillAsync(new string('x', 290));
        await Assertions.Expect(officer.Locator("#text-count")).ToContainTextAsync("over");
        (await officer.Locator("#text-overflow mark").InnerTextAsync()).ShouldBe(new string('x', 10));
        var composeUrl = officer.Url;
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        officer.Url.ShouldBe(composeUrl); // the browser refused to submit an over-length post
        (await text.EvaluateAsync<bool>("t => t.checkValidity()")).ShouldBeFalse();

        await text.FillAsync(Notable);
        await officer.GetByLabel("This post concerns a notable incident").CheckAsync();
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".alert-success")).ToContainTextAsync("Submitted to the Office of News Affairs");
        await Assertions.Expect(officer.Locator("#post-state")).ToContainTextAsync("Awaiting News Affairs");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        var postUrl = officer.Url;

        var news = await server.SignInAsync(chromium, "news.bell");
        await Chromium.MenuLink(news, "Approvals").ClickAsync();
        var item = news.Locator(".approval-item", new() { HasText = "garage burglaries" });
        (await item.Locator(".routing-reasons").InnerTextAsync()).ShouldContain("arrested");
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
        await item.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(news.Locator(".alert-success")).ToContainTextAsync("Approved");
        await Chromium.ScreenshotAsync(news, "news-affairs-approvals");

        await officer.GotoAsync(postUrl);
        // The publisher runs in the background: reload until the page shows it (up to 30 s, as the other publishing tests wait).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await officer.Locator("#post-state").InnerTextAsync()).Contains("Published", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await officer.ReloadAsync();
        }

        (await officer.Locator("#post-state").InnerTextAsync()).ShouldContain("Published");
        (await officer.Locator("main").InnerTextAsync()).ShouldContain("Sandbox — not sent to X");
        (await officer.Locator("#decisions").InnerTextAsync()).ShouldContain("Approved by Marcus Bell");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(officer, "post-published-sandbox");
    }
}
