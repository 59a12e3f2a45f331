using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>
/// What the post pages show around a post: the district's account, whether this is the sandbox, and any hold on its queue.
/// Lists ask for all their districts at once (one query for the accounts, two for the holds), never once per row.
/// </summary>
public sealed class PostDisplay(CpdTwitterDbContext db, IOptions<XOptions> x, TimeProvider time)
{
    public bool Sandbox => x.Value.IsSandbox;

    public async Task<PostPreview> PreviewAsync(int district, string text, DateTime? whenUtc, CancellationToken cancellationToken = default) =>
        Preview((await AccountsAsync([district], cancellationToken))[district], text, whenUtc);

    /// <summary>How each district's account is shown (name and handle), in one query.</summary>
    public async Task<IReadOnlyDictionary<int, PreviewAccount>> AccountsAsync(IReadOnlyCollection<int> districts, CancellationToken cancellationToken = default)
    {
        var known = await db.Districts.AsNoTracking().Where(d => districts.Contains(d.Number))
            .Select(d => new PreviewAccount(d.Number, d.Name, db.XAccounts.Where(a => a.District == d.Number).Select(a => a.Handle).FirstOrDefault()))
            .ToDictionaryAsync(a => a.District, cancellationToken);
        return districts.Distinct().ToDictionary(d => d, d => known.GetValueOrDefault(d) ?? new PreviewAccount(d, null, null));
    }

    public PostPreview Preview(PreviewAccount account, string text, DateTime? whenUtc)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new PostPreview($"Chicago Police {ChicagoDistricts.Ordinal(account.District)} District{(account.Name is null ? string.Empty : " — " + account.Name)}",
            account.Handle ?? $"CPD{ChicagoDistricts.Ordinal(account.District)}Dist", text, whenUtc, Sandbox);
    }

    /// <summary>Why the district's queue is waiting right now, if it is.</summary>
    public async Task<PublishingHold?> HoldAsync(int district, CancellationToken cancellationToken = default) =>
        (await HoldsAsync([district], cancellationToken))[district];

    /// <summary>Why each district's queue is waiting right now, if it is: two queries whatever the number of districts.</summary>
    public async Task<IReadOnlyDictionary<int, PublishingHold?>> HoldsAsync(IReadOnlyCollection<int> districts, CancellationToken cancellationToken = default)
    {
        var switches = await db.PublishingSwitches.AsNoTracking()
            .Where(s => districts.Contains(s.Scope) || s.Scope == PublishingSwitch.DepartmentScope).ToListAsync(cancellationToken);
        var accounts = await db.XAccounts.AsNoTracking().Where(a => districts.Contains(a.District)).ToListAsync(cancellationToken);
        var department = switches.SingleOrDefault(s => s.Scope == PublishingSwitch.DepartmentScope);
        var now = time.GetUtcNow().UtcDateTime;
        return districts.Distinct().ToDictionary(d => d, d => PublishingHold.For(
            department, switches.SingleOrDefault(s => s.Scope == d), accounts.SingleOrDefault(a => a.District == d), Sandbox, now));
    }
}

/// <summary>A district's account as a preview shows it: the district's name and the X handle, when known.</summary>
public sealed record PreviewAccount(int District, string? Name, string? Handle);
