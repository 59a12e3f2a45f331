using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>A representative starts a beat-meeting post from News Affairs' template and finishes it in the composer.</summary>
public sealed class TemplateFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_representative_fills_in_the_beat_meeting_template_and_the_composer_opens_with_the_text()
    {
        await server.OnDutyAsync("po.grant");
        var officer = await server.SignInAsync(chromium, "po.grant");
        await Chromium.MenuLink(officer, "Posts").ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Start from a template" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Beat meeting announcement" }).ClickAsync();
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        await officer.GetByLabel("Beat number", new() { Exact = true }).FillAsync("1231");
        await officer.GetByLabel("Date", new() { Exact = true }).FillAsync("Tuesday, December 8");
        await officer.GetByLabel("Time", new() { Exact = true }).FillAsync("6:30 pm");
        await officer.GetByLabel("Place", new() { Exact = true }).FillAsync("Union Park fieldhouse");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Start the draft" }).ClickAsync();

        await Assertions.Expect(officer.Locator(".alert-success")).ToContainTextAsync("Draft started from the template “Beat meeting announcement”");
        (await officer.GetByLabel("Post", new() { Exact = true }).InputValueAsync())
            .ShouldBe("Beat 1231 community meeting: Tuesday, December 8 at 6:30 pm, Union Park fieldhouse. Meet your beat officers and bring your questions and concerns. #CAPS");
        (await officer.GetByLabel("Kind of posting").InputValueAsync()).ShouldBe("BeatMeeting");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
    }
}
