using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>What the post pages show around a post: the district's account, whether this is the sandbox, and any hold on its queue.</summary>
public sealed class PostDisplay(CpdTwitterDbContext db, IOptions<XOptions> x, TimeProvider time)
{
    public bool Sandbox => x.Value.IsSandbox;

    public async Task<PostPreview> PreviewAsync(int district, string text, DateTime? whenUtc, CancellationToken cancellationToken = default)
    {
        var name = await db.Districts.AsNoTracking().Where(d => d.Number == district).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken);
        var handle = await db.XAccounts.AsNoTracking().Where(a => a.District == district).Select(a => a.Handle).SingleOrDefaultAsync(cancellationToken);
        return new PostPreview($"Chicago Police {Domain.Districts.ChicagoDistricts.Ordinal(district)} District{(name is null ? string.Empty : " — " + name)}",
            handle ?? $"CPD{Domain.Districts.ChicagoDistricts.Ordinal(district)}Dist", text, whenUtc, Sandbox);
    }

    /// <summary>Why the district's queue is waiting right now, if it is.</summary>
    public async Task<PublishingHold?> HoldAsync(int district, CancellationToken cancellationToken = default)
    {
        var switches = await db.PublishingSwitches.AsNoTracking()
            .Where(s => s.Scope == district || s.Scope == PublishingSwitch.DepartmentScope).ToListAsync(cancellationToken);
        var account = await db.XAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.District == district, cancellationToken);
        return PublishingHold.For(
            switches.SingleOrDefault(s => s.Scope == PublishingSwitch.DepartmentScope),
            switches.SingleOrDefault(s => s.Scope == district),
            account, Sandbox, time.GetUtcNow().UtcDateTime);
    }
}
