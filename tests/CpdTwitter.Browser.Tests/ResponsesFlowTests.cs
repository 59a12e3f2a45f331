using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// Responses in a real browser (issue 16, directive IV.D, IV.F): a representative answers a resident's question from the
/// district inbox and the answer goes out (sandbox) linked to it; the reporter's mention is not the district's to answer
/// and becomes a media inquiry that News Affairs handles. Accessible at every step.
/// </summary>
public sealed class ResponsesFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_representative_answers_a_question_from_the_inbox_and_News_Affairs_takes_the_reporter()
    {
        await server.OnDutyAsync("po.grant");
        var officer = await server.SignInAsync(chromium, "po.grant");
        await Chromium.MenuLink(officer, "Inbox").ClickAsync();
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        await officer.Locator(".mention-text", new() { HasText = "beat meeting still on Thursday" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#mention-state")).ToContainTextAsync("New");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        var mentionUrl = officer.Url;
        await officer.Locator("#answer").ClickAsync();

        await Assertions.Expect(officer.Locator("#answering")).ToContainTextAsync("beat meeting still on Thursday");
        var text = officer.GetByLabel("Post", new() { Exact = true });
        await text.FillAsync("Yes: the beat meeting moved to Thursday 7 PM at the Roosevelt Library. See you there!");
        await Assertions.Expect(officer.Locator("#text-count")).ToContainTextAsync("characters left");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".alert-success").First).ToContainTextAsync("Queued for publishing");

        // The publisher runs in the background (sandbox in the demo): reload the record until it shows the response went out.
        await officer.GotoAsync(mentionUrl);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await officer.Locator("#mention-state").InnerTextAsync()).Contains("Responded", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await officer.ReloadAsync();
        }

        await Assertions.Expect(officer.Locator("#mention-state")).ToContainTextAsync("Responded");
        await Assertions.Expect(officer.Locator("#responses")).ToContainTextAsync("Published");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        await officer.Locator("#responses a").First.ClickAsync();
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("beat meeting still on Thursday");

        // The reporter asks for comment: the district may not answer it on X, only send it to News Affairs.
        await officer.GotoAsync(server.BaseUrl + "/Inbox");
        await officer.Locator(".mention-text", new() { HasText = "comment on the Ogden Avenue closure" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#why-not-answerable")).ToContainTextAsync("News Affairs");
        await Assertions.Expect(officer.Locator("#answer")).ToHaveCountAsync(0);
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        var news = await server.SignInAsync(chromium, "news.bell");
        await Chromium.MenuLink(news, "Inbox").ClickAsync();
        await news.Locator(".mention-text", new() { HasText = "comment on the Ogden Avenue closure" }).ClickAsync();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
        await news.Locator("#escalate-submit").ClickAsync();
        await Assertions.Expect(news.Locator("#mention-state")).ToContainTextAsync("Escalated");
        await news.Locator("#media-inquiry a").ClickAsync();
        await Assertions.Expect(news.Locator("#inquiry-state")).ToContainTextAsync("New");
        await Assertions.Expect(news.Locator("main")).ToContainTextAsync("Ogden Avenue closure");
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
        await news.Locator("#ResponseText").FillAsync("Statement sent to Julia Reyes: Ogden Avenue reopens at 6 a.m. after the water main repair.");
        await news.Locator("#ResponseChannel").SelectOptionAsync("Social media");
        await news.Locator("#respond-submit").ClickAsync();
        await Assertions.Expect(news.Locator("#inquiry-state")).ToContainTextAsync("Answered");
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
    }
}
