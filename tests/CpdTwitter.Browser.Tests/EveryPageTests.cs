using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// Every page of every role (<see cref="EveryPage"/>) at 1366 px and at 390 px: no empty error box or alert, no
/// sideways scrolling on a phone, and no WCAG 2.2 AA violation. One browser, one signed-in context per role.
/// </summary>
public sealed partial class EveryPageTests(EveryPageTests.App app, Chromium chromium) : IClassFixture<EveryPageTests.App>, IClassFixture<Chromium>
{
    /// <summary>The demo app with the extra record states, created once for all roles.</summary>
    public sealed class App : IAsyncLifetime
    {
        public AppServer Server { get; } = new();

        public IReadOnlyDictionary<string, string> Ids { get; private set; } = new Dictionary<string, string>();

        public async ValueTask InitializeAsync()
        {
            await Server.InitializeAsync();
            var ids = new Dictionary<string, string>(await RecordStates.CreateAsync(Server.Services))
            {
                ["today"] = CpdTwitter.Domain.ChicagoTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            Ids = ids;
        }

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }

    public static TheoryData<string> Members => [.. EveryPage.ByMember.Keys];

    [Theory]
    [MemberData(nameof(Members))]
    public async Task Every_page_of_a_role_is_tidy_at_laptop_and_phone_width(string logOnId)
    {
        var page = await app.Server.SignInAsync(chromium, logOnId);
        var problems = await CheckAsync(page, EveryPage.ByMember[logOnId], logOnId);
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_page_before_signing_in_is_tidy_at_laptop_and_phone_width()
    {
        var page = await chromium.NewPageAsync();
        var problems = await CheckAsync(page, EveryPage.Anonymous, "anonymous");
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    private async Task<List<string>> CheckAsync(IPage page, IReadOnlyList<string> paths, string who)
    {
        var problems = new List<string>();
        foreach (var (width, height) in EveryPage.Viewports)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var template in paths)
            {
                var path = Placeholder().Replace(template, m => app.Ids[m.Groups[1].Value]);
                var where = $"{template} at {width} px";
                var response = await page.GotoAsync(app.Server.BaseUrl + path);
                var status = response?.Status ?? 0;
                var expected = path == "/Account/AccessDenied" ? 403 : 200;
                if (status != expected || !page.Url.EndsWith(path, StringComparison.Ordinal))
                {
                    problems.Add($"{where}: answered {status} at {page.Url}");
                    continue;
                }

                problems.AddRange((await EmptyMessagesAsync(page)).Select(m => $"{where}: an empty message box is shown: {m}"));
                if (width < 768 && await SidewaysAsync(page) is { } overflow)
                {
                    problems.Add($"{where}: the page scrolls sideways ({overflow})");
                }

                problems.AddRange((await chromium.AccessibilityViolationsAsync(page)).Select(v => $"{where}: {v}"));
                if (EveryPage.Screenshots.TryGetValue(template, out var shot))
                {
                    await Chromium.ScreenshotAsync(page, $"{shot}-{who.Replace('.', '-')}-{width}px");
                }
            }
        }

        return problems;
    }

    /// <summary>Visible alerts or validation summaries with no text in them.</summary>
    private static async Task<IReadOnlyList<string>> EmptyMessagesAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll('.alert, [role=alert], [data-valmsg-summary], .validation-summary-errors, .validation-summary-valid')]
                .filter(e => e.getClientRects().length > 0 && e.textContent.trim() === '')
                .map(e => e.outerHTML.slice(0, 160))
            """)).EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Null when the page fits its width; otherwise the widths and the widest elements that stick out.</summary>
    private static async Task<string?> SidewaysAsync(IPage page) =>
        await page.EvaluateAsync<string?>(
            """
            () => {
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth) return null;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''} (${Math.round(e.getBoundingClientRect().right)} px)`)
                    .slice(0, 6);
                return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}: ${wide.join(', ')}`;
            }
            """);

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
