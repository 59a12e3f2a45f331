using CpdTwitter.Infrastructure.Records.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// ISD answers the demo public-records request in a real browser: opens it, starts its export, watches the export's
/// page reach Complete by itself (its script polls the progress), and downloads the package. Accessible at every step.
/// </summary>
public sealed class RecordsExportFlowTests(AppServer server, Chromium chromium) : IClassFixture<AppServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task ISD_exports_the_records_of_the_demo_request_and_downloads_the_package()
    {
        var page = await server.SignInAsync(chromium, "isd.whitfield");
        await Chromium.MenuLink(page, "Public-records requests").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "A. Journalist, Chicago Reader" }).ClickAsync();
        await page.Locator("#export-for-request").ClickAsync();
        await Assertions.Expect(page.Locator("#ForRequest")).Not.ToHaveValueAsync(string.Empty);
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        await page.Locator("#export-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#export-state")).ToHaveTextAsync("Waiting to start");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        // The test's app runs queued exports when asked; the page, polling, notices and shows the result.
        (await server.Services.GetRequiredService<RecordsExportWorker>().RunPendingAsync()).ShouldBe(1);
        await Assertions.Expect(page.Locator("#export-state")).ToHaveTextAsync("Complete");
        await Assertions.Expect(page.Locator("#export-progress")).ToContainTextAsync("postings exported");
        (await chromium.AccessibilityViolationsAsync(page)).ShouldBeEmpty();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-download").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("cpd-records-d012-");
        download.SuggestedFilename.ShouldEndWith(".zip");
        (await download.FailureAsync()).ShouldBeNull();
    }
}
