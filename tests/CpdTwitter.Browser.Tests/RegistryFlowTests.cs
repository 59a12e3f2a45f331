using CpdTwitter.Domain;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>Directive V.A in the browser: a commander fills the vacant slot and replaces a representative; News Affairs acknowledges.</summary>
public sealed class RegistryFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    private Task<IPage> SignInAsync(string logOnId) => server.SignInAsync(chromium, logOnId);

    private static async Task FillSlotAsync(ILocator slot, string logOnId, string name, string star, string employee)
    {
        await slot.Locator("summary").ClickAsync();
        await slot.GetByLabel("Log-on ID").FillAsync(logOnId);
        await slot.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await slot.GetByLabel("Star number").FillAsync(star);
        await slot.GetByLabel("Employee number").FillAsync(employee);
        await slot.GetByLabel("Department e-mail").FillAsync($"{logOnId}@chicagopolice.org");
        await slot.GetByLabel("Rank").SelectOptionAsync("Police Officer");
    }

    [Fact]
    public async Task A_commander_fills_the_vacancy_and_replaces_a_representative_then_News_Affairs_acknowledges()
    {
        var page = await SignInAsync("cmdr.lindqvist");
        await Chromium.MenuLink(page, "Representatives").ClickAsync();
        (await page.Locator("#vacancy-warning").InnerTextAsync()).ShouldContain("1 vacant representative slot");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        var slot2 = page.Locator("section[aria-labelledby=slot-2-heading]");
        await FillSlotAsync(slot2, "po.castillo", "Elena Castillo", "18502", "633021");
        await slot2.GetByRole(AriaRole.Button, new() { Name = "Appoint to slot 2" }).ClickAsync();

        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("Slot 2 filled");
        (await page.Locator("#vacancy-warning").CountAsync()).ShouldBe(0);
        (await page.Locator("#slot-2-state").InnerTextAsync()).ShouldContain("Elena Castillo");
        (await page.Locator("#slot-2-state").InnerTextAsync()).ShouldContain("Awaiting acknowledgement");

        var slot1 = page.Locator("section[aria-labelledby=slot-1-heading]");
        await FillSlotAsync(slot1, "po.adeyemi", "Tunde Adeyemi", "18503", "633022");
        await slot1.GetByLabel("Effective date").FillAsync(ChicagoTime.ToLocal(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await slot1.GetByLabel("Reason for the replacement").FillAsync("Assigned to the district's tactical team");
        await slot1.GetByRole(AriaRole.Button, new() { Name = "Replace slot 1" }).ClickAsync();

        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("Slot 1 replaced");
        (await page.Locator("#slot-1-state").InnerTextAsync()).ShouldContain("Tunde Adeyemi");
        (await page.Locator("table").InnerTextAsync()).ShouldContain("Assigned to the district's tactical team");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(page, "commander-representatives");

        var news = await SignInAsync("news.bell");
        await Chromium.MenuLink(news, "Registry submissions").ClickAsync();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
        var castillo = news.Locator("#pending li", new() { HasText = "Elena Castillo" });
        await castillo.GetByRole(AriaRole.Button).ClickAsync();
        (await news.Locator(".alert-success").InnerTextAsync()).ShouldContain("Submission acknowledged");

        await page.ReloadAsync();
        (await page.Locator("#slot-2-state").InnerTextAsync()).ShouldContain("Acknowledged");
    }
}
