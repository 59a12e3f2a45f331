using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>Admin → Audit trail in the browser: filtering by action and a bad date, both accessible.</summary>
public sealed class AuditTrailFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_ISD_administrator_filters_the_trail_by_action_and_is_told_about_a_bad_date()
    {
        var page = await server.SignInAsync(chromium, "isd.whitfield");
        await Chromium.MenuLink(page, "Audit trail").ClickAsync();
        (await page.Locator("#total").InnerTextAsync()).ShouldContain("matching events");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Representative appointed" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();

        var actions = await page.Locator("#events tbody td[data-action]").AllInnerTextsAsync();
        actions.ShouldNotBeEmpty();
        actions.ShouldAllBe(a => a.Trim() == "Representative appointed");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(page, "admin-audit-trail");

        await page.GotoAsync(server.BaseUrl + "/Admin/Audit?from=2026-11-20&to=2026-11-19");
        (await page.Locator("#to-error").InnerTextAsync()).Trim().ShouldBe("The end date is on or after the start date.");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }
}
