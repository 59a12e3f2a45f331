using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// A two-person disposition in a real browser with the demo seed (issue 15): one ISD member proposes it with the
/// disposal certificate, a second approves it; District 018's postings stay under the demo legal hold. Accessible at every step.
/// </summary>
public sealed class DispositionFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task One_ISD_member_proposes_a_disposition_and_another_approves_it()
    {
        var first = await server.SignInAsync(chromium, "isd.whitfield");
        await Chromium.MenuLink(first, "Records").ClickAsync();
        await Assertions.Expect(first.Locator("#series")).ToContainTextAsync("DEMO 21-1");
        (await chromium.AccessibilityViolationsAsync(first)).ShouldBeEmpty();

        await RecordsLink(first, "Eligible for disposition").ClickAsync();
        await Assertions.Expect(first.Locator("#eligible tbody tr")).ToHaveCountAsync(6);
        (await chromium.AccessibilityViolationsAsync(first)).ShouldBeEmpty();

        await RecordsLink(first, "Dispositions").ClickAsync();
        await first.Locator("#Certificate").FillAsync("LRC-DEMO-0001");
        await first.Locator("#propose-submit").ClickAsync();
        await Assertions.Expect(first.Locator("#dispositions")).ToContainTextAsync("6 postings");
        await Assertions.Expect(first.Locator("#dispositions")).ToContainTextAsync("You proposed it");
        (await chromium.AccessibilityViolationsAsync(first)).ShouldBeEmpty();

        var second = await server.SignInAsync(chromium, "isd.santos");
        await Chromium.MenuLink(second, "Records").ClickAsync();
        await RecordsLink(second, "Dispositions").ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Approve and purge" }).ClickAsync();
        await Assertions.Expect(second.Locator(".alert-success")).ToContainTextAsync("content was purged");
        await Assertions.Expect(second.Locator("#dispositions")).ToContainTextAsync("Approved by Renee Santos");
        (await chromium.AccessibilityViolationsAsync(second)).ShouldBeEmpty();

        await RecordsLink(second, "Legal holds").ClickAsync();
        await Assertions.Expect(second.Locator("#holds")).ToContainTextAsync("district 018");
        (await chromium.AccessibilityViolationsAsync(second)).ShouldBeEmpty();
    }

    private static ILocator RecordsLink(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Records" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
