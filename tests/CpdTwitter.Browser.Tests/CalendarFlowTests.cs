using System.Globalization;
using CpdTwitter.Domain;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>The calendar in a real browser: reached from the menu, walked with the keyboard to a posting's record, in its month, week and list views, accessible at 1366 and at 390 px without sideways scrolling.</summary>
public sealed class CalendarFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    private static Task<bool> FocusedAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);

    [Fact]
    public async Task A_sergeant_walks_the_week_with_the_keyboard_to_a_posting_and_opens_its_record()
    {
        var sergeant = await server.SignInAsync(chromium, "sgt.kowalski");
        await sergeant.SetViewportSizeAsync(1366, 900);
        await Chromium.MenuLink(sergeant, "Calendar").ClickAsync();
        await Assertions.Expect(sergeant.Locator("#calendar-grid caption")).ToContainTextAsync("District 012");
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();

        // The demo seed published a district 012 posting two days ago.
        var day = ChicagoTime.DateOf(DateTime.UtcNow.AddDays(-2));
        await sergeant.GotoAsync($"{server.BaseUrl}/Calendar?week={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await Assertions.Expect(sergeant.Locator("#view-week")).ToHaveAttributeAsync("aria-current", "page");
        await sergeant.Locator("#calendar-grid a.calendar-day-link").First.FocusAsync();
        for (var i = 0; i < (int)day.DayOfWeek; i++)
        {
            await sergeant.Keyboard.PressAsync("ArrowRight");
        }

        var dayLink = (await sergeant.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')")).ShouldNotBeNull();
        dayLink.ShouldEndWith("day=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await sergeant.Keyboard.PressAsync("Tab");
        (await FocusedAsync(sergeant, "a.calendar-entry")).ShouldBeTrue();
        var record = await sergeant.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await sergeant.Keyboard.PressAsync("Enter");
        await sergeant.WaitForURLAsync(server.BaseUrl + record);
        record.ShouldStartWith("/Posts/");
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();

        await sergeant.GoBackAsync();
        await sergeant.Locator("#view-month").ClickAsync();
        await Assertions.Expect(sergeant.Locator("#view-month")).ToHaveAttributeAsync("aria-current", "page");
        (await sergeant.Locator("#calendar-grid thead th").CountAsync()).ShouldBe(7);
        await sergeant.Locator("#calendar-grid a.calendar-day-link").First.FocusAsync();
        await sergeant.Keyboard.PressAsync("ArrowDown");
        (await sergeant.EvaluateAsync<int>("() => document.activeElement.closest('tr').rowIndex")).ShouldBe(2);
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(sergeant, "calendar-month");

        await sergeant.Locator("#view-layout").ClickAsync();
        await Assertions.Expect(sergeant.Locator("#calendar-list")).ToBeVisibleAsync();
        (await sergeant.Locator("#calendar-grid").CountAsync()).ShouldBe(0);
        (await chromium.AccessibilityViolationsAsync(sergeant)).ShouldBeEmpty();
    }

    [Fact]
    public async Task At_390_px_the_calendar_is_a_list_without_sideways_scrolling_and_news_affairs_filters_by_district()
    {
        var news = await server.SignInAsync(chromium, "news.bell");
        await news.SetViewportSizeAsync(390, 844);
        await news.GotoAsync($"{server.BaseUrl}/Calendar?week={ChicagoTime.DateOf(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        await Assertions.Expect(news.Locator("#calendar-compact")).ToBeVisibleAsync();
        await Assertions.Expect(news.Locator("#calendar-grid")).ToBeHiddenAsync();
        (await news.Locator("#calendar-compact a.calendar-entry").CountAsync()).ShouldBeGreaterThan(0);
        (await news.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();

        await news.GetByLabel("District").SelectOptionAsync("12");
        await news.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(news.Locator("#period-title")).ToBeVisibleAsync();
        (await news.Locator("#district").InputValueAsync()).ShouldBe("12");
        (await news.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(news, "calendar-390");

        await news.SetViewportSizeAsync(1366, 900);
        await Assertions.Expect(news.Locator("#calendar-grid")).ToBeVisibleAsync();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
    }
}
