using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Browser.Tests;

/// <summary>The app on a real Kestrel port on loopback, in Development with the demo seed, as `dotnet run` starts it.</summary>
public class AppServer : IAsyncLifetime
{
    private CpdTwitterFactory _factory = null!;

    /// <summary>Further settings (e.g. the fake X's address); none for the demo as `dotnet run` starts it.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected CpdTwitterFactory Factory => _factory;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The running app's services, for a test that puts records in states the demo seed does not have.</summary>
    public IServiceProvider Services => _factory.Services;

    public virtual ValueTask InitializeAsync()
    {
        _factory = new() { Environment = "Development", SeedDemo = true, Settings = Settings };
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    /// <summary>Signs a demo member in through the sign-in form, as a person would.</summary>
    public async Task<Microsoft.Playwright.IPage> SignInAsync(Chromium chromium, string logOnId)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        var page = await chromium.NewPageAsync();
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync(BaseUrl + "/Account/SignIn");
            await page.GetByLabel("Log-on ID").FillAsync(logOnId);
            await page.GetByLabel("Password").FillAsync(CpdTwitter.Infrastructure.Seeding.DemoSeeder.Password);
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            try
            {
                // Wait for the home page's content rather than its load event, which a busy CI machine can delay past the timeout.
                await page.WaitForURLAsync(BaseUrl + "/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit, Timeout = 90_000 });
                await page.Locator("#current-user").WaitForAsync(new() { Timeout = 90_000 });
                return page;
            }
            catch (TimeoutException) when (attempt == 1)
            {
                // Seen now and then under load: the sign-in settles on another page. Say where, then try once more.
                var text = await page.Locator("body").InnerTextAsync();
                TestContext.Current.SendDiagnosticMessage($"Sign-in of {logOnId} stayed on {page.Url}: {text[..Math.Min(text.Length, 400)]}");
            }
        }
    }

    /// <summary>Confirms a shift around now for a demo representative, whatever the time of day the tests run.</summary>
    public async Task OnDutyAsync(string logOnId)
    {
        var user = await _factory.FindUserAsync(logOnId);
        await using var scope = _factory.Services.CreateAsyncScope();
        var shift = await scope.ServiceProvider.GetRequiredService<CpdTwitter.Infrastructure.Duty.DutyRoster>()
            .ConfirmShiftAsync(user.DistrictNumber!.Value, user.Id, DateTime.UtcNow.AddMinutes(-30), DateTime.UtcNow.AddHours(4), CpdTwitter.Web.Tests.Support.TestActors.Sergeant(user.DistrictNumber.Value));
        shift.Succeeded.ShouldBeTrue(string.Join("; ", shift.Errors.Select(e => e.Message)));
    }

    public virtual async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
