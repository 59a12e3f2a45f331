using System.Text.Json;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>Debian's chromium driven by Playwright (no browser download), plus axe-core from the web project's npm packages.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _axe = string.Empty;

    public static string RepositoryRoot { get; } = FindRoot();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _axe = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "src", "CpdTwitter.Web", "node_modules", "axe-core", "axe.min.js"));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        Requirement.Need(_browser is not null, "REQUIRE_BROWSER",
            $"Browser tests need chromium at {ExecutablePath} (apt-get install chromium fonts-noto-color-emoji)");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000); // CI runs the browser beside the other test assemblies on two cores
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    /// <summary>Runs axe-core on the page and returns one line per WCAG 2.2 AA violation (empty when clean).</summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(_axe);
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """, WcagTags);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>A link of the main menu by its title; its accessible name may go on with a badge ("Approvals, 2 waiting").</summary>
    public static ILocator MenuLink(IPage page, string title)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
            .GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(title) + @"\s*(,|$)") });
    }

    /// <summary>Saves a screenshot under artifacts/screenshots and attaches it to the test result.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(folder, name + ".png") });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CpdTwitter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CpdTwitter.sln).");
    }
}
