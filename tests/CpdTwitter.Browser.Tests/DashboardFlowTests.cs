using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>The News Affairs dashboard in a real browser: Chart.js draws a chart beside each table, the tables stay, and a district link opens that district's view.</summary>
public sealed class DashboardFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_charts_are_drawn_beside_their_tables_and_a_district_opens_its_own_view()
    {
        var news = await server.SignInAsync(chromium, "news.bell");
        await news.SetViewportSizeAsync(1366, 900);
        await Chromium.MenuLink(news, "Dashboard").ClickAsync();
        await Assertions.Expect(news.Locator("h1")).ToContainTextAsync("Dashboard");

        // Every table marked for a chart has its canvas, drawn (Chart.js gives it a size), hidden from screen readers.
        var charted = await news.Locator("table[data-chart]").EvaluateAllAsync<string[]>("tables => tables.map(t => t.id)");
        charted.ShouldContain("postings-table");
        charted.ShouldContain("reasons-table");
        foreach (var table in charted)
        {
            var canvas = news.Locator($"#{table}-chart");
            await Assertions.Expect(canvas).ToHaveAttributeAsync("aria-hidden", "true");
            (await canvas.EvaluateAsync<int>("c => c.width")).ShouldBeGreaterThan(0);
            (await news.EvaluateAsync<bool>("id => window.Chart.getChart(id + '-chart') !== undefined", table)).ShouldBeTrue();
            (await news.Locator($"#{table} caption").CountAsync()).ShouldBe(1);
            // The chart holds exactly the table's numbers.
            var fromChart = await news.EvaluateAsync<double[]>("id => window.Chart.getChart(id + '-chart').data.datasets.flatMap(d => d.data).filter(v => v !== null)", table);
            var fromTable = await news.EvaluateAsync<double[]>("id => Array.from(document.querySelectorAll('#' + id + ' tbody td')).map(td => td.dataset.value).filter(v => v !== '').map(Number)", table);
            fromChart.Order().ShouldBe(fromTable.Order());
        }

        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();

        await news.Locator("#postings-table tbody th a", new() { HasText = "012" }).ClickAsync();
        await Assertions.Expect(news.Locator("h1")).ToContainTextAsync("012");
        (await news.Locator("#postings-table tbody tr").CountAsync()).ShouldBe(1);
        await news.SetViewportSizeAsync(390, 844);
        (await news.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        (await chromium.AccessibilityViolationsAsync(news)).ShouldBeEmpty();
    }
}
