using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Duty;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Security;

/// <summary>
/// The one place that decides whether the signed-in member may draft or publish for their district now:
/// an appointed (and, to publish, acknowledged) representative (V.A), on duty (III.C), on a Department
/// device (IV.D). The answer says plainly what is missing.
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

        var status = (await duty.ScheduleAsync(userId, cancellationToken)).StatusAt(now);
        if (!status.OnDuty)
        {
            return ActingDecision.No(status.NextWatchStartsAtUtc is { } next
                ? $"You are off duty: representatives post only on duty (S02-03-10 III.C). Your next watch starts {ChicagoTime.Format(next)}."
                : "You are off duty and no watch is scheduled: ask your sergeant to confirm your shift (S02-03-10 III.C).");
        }

        var device = await devices.CheckAsync(context, cancellationToken);
        return device.IsDepartmentDevice ? ActingDecision.Yes : ActingDecision.No(device.Reason!);
    }
}
