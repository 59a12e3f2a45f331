using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// A media inquiry in a real browser (issue 14, S02-03-10 IV.F): a representative logs the reporter's question for News
/// Affairs, News Affairs assigns, answers and closes it, and the district sees it closed; accessible at every step.
/// </summary>
public sealed class InquiryFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_representative_logs_an_inquiry_and_News_Affairs_answers_and_closes_it()
    {
        var question = $"Is the Ogden Avenue closure still on tonight? (browser {Guid.NewGuid():N})"[..70];
        var officer = await server.SignInAsync(chromium, "po.grant");
        await Chromium.MenuLink(officer, "Media inquiries").ClickAsync();
        await officer.Locator("#log-inquiry").ClickAsync();
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        await officer.Locator("#Input_Outlet").FillAsync("Chicago Evening Ledger");
        await officer.Locator("#Input_Reporter").FillAsync("Dana Whitaker");
        await officer.Locator("#Input_Contact").FillAsync("dana.whitaker@ledger.example");
        await officer.Locator("#Input_Channel").SelectOptionAsync("Phone");
        await officer.Locator("#Input_Question").FillAsync(question);
        await officer.Locator("#log-submit").ClickAsync();
        await Assertions.Expect(officer.Locator(".alert-success")).ToContainTextAsync("The Office of News Affairs has been notified");
        await Assertions.Expect(officer.Locator("#inquiry-state")).ToContainTextAsync("New");
        var districtView = officer.Url;
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        var news = await server.SignInAsync(chromium, "news.bell");
        await Chromium.MenuLink(news, "Media inquiries").ClickAsync();
        await news.GetByRole(AriaRole.Link, new() { Name = question }).ClickAsync();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
        await news.Locator("#AssigneeId").SelectOptionAsync(new SelectOptionValue { Label = "Marcus Bell" });
        await news.Locator("#assign-submit").ClickAsync();
        await Assertions.Expect(news.Locator("#inquiry-state")).ToContainTextAsync("Assigned");
        await news.Locator("#ResponseText").FillAsync("Yes: Ogden Avenue stays closed until 6 a.m. for the water main work.");
        await news.Locator("#ResponseChannel").SelectOptionAsync("Phone");
        await news.Locator("#respond-submit").ClickAsync();
        await Assertions.Expect(news.Locator("#inquiry-state")).ToContainTextAsync("Answered");
        await news.Locator("#CloseNote").FillAsync("Reporter had what was needed.");
        await news.Locator("#close-submit").ClickAsync();
        await Assertions.Expect(news.Locator("#inquiry-state")).ToContainTextAsync("Closed");
        await Assertions.Expect(news.Locator("main")).ToContainTextAsync("Ogden Avenue stays closed");
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();

        await officer.GotoAsync(districtView);
        await Assertions.Expect(officer.Locator("#inquiry-state")).ToContainTextAsync("Closed");
        await Assertions.Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Close the inquiry" })).ToHaveCountAsync(0);
    }
}
