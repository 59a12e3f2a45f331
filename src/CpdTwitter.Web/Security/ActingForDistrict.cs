using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Duty;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Security;

/// <summary>
/// The one place that decides whether the signed-in member may draft or publish for their district now:
/// an appointed (and, to publish, acknowledged) representative (V.A) who, to submit, has acknowledged the current
/// guidance (V.C.1), on duty to publish (III.C; drafting off duty is
/// allowed), on a Department device (IV.D). The answer says plainly what is missing.
/// </summary>
public sealed class ActingForDistrict(CpdTwitterDbContext db, DutyRoster duty, DepartmentDevices devices, TimeProvider time)
{
    public async Task<ActingDecision> CheckAsync(Actor member, HttpContext context, ActingPurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var userId = member.UserId;
        if (member.District is not { } district)
        {
            return ActingDecision.No("Only a district's registered Twitter representatives post for it.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var appointed = ActingPolicy.CanActForDistrict(userId, district, now, purpose, appointments);
        if (!appointed.Allowed)
        {
            return appointed;
        }

        if (purpose == ActingPurpose.Publish)
        {
            // One query: the current version and whether this member acknowledged it (V.C.1).
            var guidance = await db.GuidanceVersions.AsNoTracking().OrderByDescending(v => v.Number)
                .Select(v => new { Version = v, Acknowledged = db.GuidanceAcknowledgements.Any(a => a.UserId == userId && a.VersionNumber == v.Number) })
                .FirstOrDefaultAsync(cancellationToken);
            var read = ActingPolicy.HasReadGuidance(purpose, guidance?.Version, guidance?.Acknowledged ?? false);
            if (!read.Allowed)
            {
                return read;
            }

            var status = (await duty.ScheduleAsync(userId, cancellationToken)).StatusAt(now);
            var onDuty = ActingPolicy.OnDuty(purpose, status.OnDuty, status.NextWatchStartsAtUtc);
            if (!onDuty.Allowed)
            {
                return onDuty;
            }
        }

        var device = await devices.CheckAsync(context, cancellationToken);
        return device.IsDepartmentDevice ? ActingDecision.Yes : ActingDecision.No(device.Reason!);
    }
}
