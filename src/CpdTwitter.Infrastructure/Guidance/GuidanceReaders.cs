using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Guidance;

/// <summary>One active representative and what they have acknowledged: the chosen version (when), and the latest version they read.</summary>
public sealed record GuidanceReader(int District, int Slot, string Name, DateTime? AcknowledgedAt, int? LatestVersion);

/// <summary>
/// Who has read a guidance version: every active representative in the scope (at most two per district, so never
/// paged), one query. News Affairs sees the department, a commander their district (ADR 0006).
/// </summary>
public static class GuidanceReaders
{
    public static Task<List<GuidanceReader>> ForVersionAsync(CpdTwitterDbContext db, DistrictScope scope, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Appointments.AsNoTracking().Within(scope).Where(a => a.EndedAt == null)
            .OrderBy(a => a.District).ThenBy(a => a.Slot)
            .Select(a => new GuidanceReader(
                a.District,
                a.Slot,
                a.Name,
                db.GuidanceAcknowledgements.Where(g => g.UserId == a.UserId && g.VersionNumber == version).Select(g => (DateTime?)g.AcknowledgedAt).FirstOrDefault(),
                db.GuidanceAcknowledgements.Where(g => g.UserId == a.UserId).Max(g => (int?)g.VersionNumber)))
            .ToListAsync(cancellationToken);
    }
}
