using CpdTwitter.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

public sealed class SignInFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    private Task<IPage> SignInAsync(string logOnId) => server.SignInAsync(chromium, logOnId);

    // The menu items' names, without the count badges the demo data may give them ("Publishing, 1 unknown").
    private static async Task<IReadOnlyList<string>> MenuAsync(IPage page) =>
        (await page.Locator("nav[aria-label=Main] .navbar-nav .nav-link").AllInnerTextsAsync()).Select(t => t.Split(',')[0].Trim()).ToList();

    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_has_no_accessibility_violations()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/Account/SignIn");

        (await page.Locator("#demo-password").InnerTextAsync()).ShouldBe(DemoSeeder.Password);
        (await page.Locator(".demo-accounts tbody tr").CountAsync()).ShouldBe(DemoSeeder.Accounts.Count);
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_message_and_stays_accessible()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/Account/SignIn");
        await page.GetByLabel("Log-on ID").FillAsync("po.okafor");
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("The log-on ID or password is not correct, or the account is locked or disabled.");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_too_many_sign_in_attempts_page_is_plain_and_accessible()
    {
        var page = await chromium.NewPageAsync();
        var response = await page.GotoAsync(server.BaseUrl + "/Error?code=429");

        response!.Status.ShouldBe(429);
        (await page.Locator("main h1").InnerTextAsync()).ShouldBe("Too many sign-in attempts");
        (await page.Locator("main p").First.InnerTextAsync()).ShouldStartWith("There have been too many sign-in attempts from this computer or for this log-on ID.");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_ISD_administrator_sees_the_administration_menu_and_an_accessible_home_page()
    {
        var page = await SignInAsync("isd.whitfield");

        (await MenuAsync(page)).ShouldBe(["Home", "Postings", "Dashboard", "Inbox", "Publishing", "Calendar", "Guidance", "Users", "Devices", "X accounts", "Ranks", "Audit trail", "Records", "Public-records requests", "Records exports"]);
        (await page.Locator("#current-user").InnerTextAsync()).ShouldContain("ISD administrator");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(page, "home-isd-administrator");

        await Chromium.MenuLink(page, "Users").ClickAsync();
        (await page.Locator("table").InnerTextAsync()).ShouldContain("po.grant");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_representative_sees_their_district_and_no_administration_menu()
    {
        var page = await SignInAsync("po.grant");

        (await MenuAsync(page)).ShouldBe(["Home", "Posts", "Inbox", "Media inquiries", "Calendar", "Guidance"]);
        (await page.Locator("#current-user").InnerTextAsync()).ShouldContain("District 012");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("012 Near West");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(page, "home-representative");

        var response = await page.GotoAsync(server.BaseUrl + "/Admin/Users");
        response!.Status.ShouldBe(403);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("You do not have access to this page");
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page()
    {
        var page = await SignInAsync("sgt.kowalski");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync(server.BaseUrl + "/");

        page.Url.ShouldStartWith(server.BaseUrl + "/Account/SignIn");
    }

    [Fact]
    public async Task A_sergeant_sees_the_district_duty_schedules_on_an_accessible_page()
    {
        var page = await SignInAsync("sgt.kowalski");

        await Chromium.MenuLink(page, "Duty").ClickAsync();

        (await page.Locator("main").InnerTextAsync()).ShouldContain("Police Officer Aisha Grant");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Monday 06:00–18:00");
        (await page.Locator("form[action*='handler=Override']").CountAsync()).ShouldBe(0);
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }

    [Fact]
    public async Task News_Affairs_sees_the_department_roster_on_an_accessible_page()
    {
        var page = await SignInAsync("news.bell");

        await Chromium.MenuLink(page, "Roster").ClickAsync();

        (await page.Locator("#roster").InnerTextAsync()).ShouldContain("Aisha Grant");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();
    }
}
