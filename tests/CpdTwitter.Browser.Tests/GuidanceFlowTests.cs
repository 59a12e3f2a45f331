using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// The guidance gate in the browser: P.O. Moreno (demo, 012) read only the first version, so he is asked to read the
/// current one before he can submit; he reads it, acknowledges it, and submits.
/// </summary>
public sealed class GuidanceFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_representative_reads_and_acknowledges_the_guidance_then_submits_a_post()
    {
        await server.OnDutyAsync("po.moreno");
        var officer = await server.SignInAsync(chromium, "po.moreno");
        await Assertions.Expect(officer.Locator("#need-guidance .need-status")).ToHaveAttributeAsync("data-count", "1");

        await officer.GotoAsync(server.BaseUrl + "/Drafts/Compose");
        await Assertions.Expect(officer.Locator("#submit-later")).ToContainTextAsync("Read and acknowledge the current guidance (version 2, published");
        (await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).CountAsync()).ShouldBe(0);
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        await officer.Locator("#read-guidance").ClickAsync();
        await Assertions.Expect(officer.Locator("#guidance-version")).ToContainTextAsync("Version 2 (current)");
        await officer.GetByText("Difference from version 1").ClickAsync();
        await Assertions.Expect(officer.Locator(".guidance-diff ins").First).ToBeVisibleAsync();
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        await officer.GetByRole(AriaRole.Button, new() { Name = "I have read this version" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#guidance-acknowledged")).ToContainTextAsync("You acknowledged version 2");

        await Chromium.MenuLink(officer, "Posts").ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "New post" }).ClickAsync();
        await officer.GetByLabel("Kind of posting").SelectOptionAsync(new SelectOptionValue { Label = "Crime prevention tip" });
        await officer.GetByLabel("Post", new() { Exact = true }).FillAsync("Lock your garage and your car, even for a quick stop. #12thDistrict");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".alert-success").First).ToBeVisibleAsync();
        officer.Url.ShouldContain("/Posts/");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
    }
}
