using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CpdTwitter.Web.Pages.Admin.Accounts;

public sealed record DistrictAccount(District District, XAccountConnection? Account, Infrastructure.Records.Capture.TimelineCaptureRun? Capture = null);

/// <summary>ISD connects each district's one authorized X account (III.D) and tests it; tokens are never shown again.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, XAccountAdministration accounts, CurrentMember member, TimeProvider time, IMemoryCache cache) : PageModel
{
    public IReadOnlyList<DistrictAccount> Districts { get; private set; } = [];

    public bool Sandbox => accounts.Sandbox;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The district whose form failed, so its messages show next to its fields.</summary>
    public int? FailedDistrict { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostConnectAsync(int district, string? accessToken, string? accessTokenSecret, CancellationToken cancellationToken)
    {
        var outcome = await accounts.ConnectAsync(district, accessToken, accessTokenSecret, member.SignedIn, cancellationToken);
        return await AfterAsync(district, outcome, $"District {district:000}'s account is connected. Test the connection to confirm it.", cancellationToken);
    }

    public async Task<IActionResult> OnPostTestAsync(int district, CancellationToken cancellationToken)
    {
        var outcome = await accounts.TestAsync(district, cancellationToken);
        return await AfterAsync(district, outcome, $"District {district:000}: X confirms the account is {outcome.Id}.", cancellationToken);
    }

    private Task<IActionResult> AfterAsync(int district, Outcome outcome, string success, CancellationToken cancellationToken)
    {
        FailedDistrict = outcome.Succeeded ? null : district;
        Layout.PublishingBannerViewComponent.Forget(cache);
        return this.AfterWorkflowAsync(outcome, success, () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Number).ToListAsync(cancellationToken);
        var connected = await db.XAccounts.AsNoTracking().ToDictionaryAsync(a => a.District, cancellationToken);
        // The capture's last read of each account (issue 15): one row per district at most.
        var captures = await db.TimelineCaptureRuns.AsNoTracking().ToDictionaryAsync(r => r.District, cancellationToken);
        Districts = districts.Select(d => new DistrictAccount(d, connected.GetValueOrDefault(d.Number), captures.GetValueOrDefault(d.Number))).ToList();
    }
}
