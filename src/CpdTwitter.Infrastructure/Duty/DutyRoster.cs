using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Duty;

/// <summary>
/// The district's duty schedules (directive III.C), kept by its commander or sergeant: weekly watches,
/// confirmed shifts, and commander overrides. Only active representatives of the district have one.
/// </summary>
public sealed class DutyRoster(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time)
{
    public async Task<DutySchedule> ScheduleAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var watches = await db.Watches.AsNoTracking().Where(w => w.UserId == userId).ToListAsync(cancellationToken);
        var grants = await db.DutyGrants.AsNoTracking().Where(g => g.UserId == userId && g.UntilUtc > now).ToListAsync(cancellationToken);
        var schedule = new DutySchedule(ChicagoTime.Zone, watches.Select(w => w.ToWatch()));
        foreach (var grant in grants)
        {
            grant.ApplyTo(schedule);
        }

        return schedule;
    }

    public Task<Outcome> AddWatchAsync(int district, string userId, DayOfWeek day, TimeOnly start, TimeOnly end, Actor by, CancellationToken cancellationToken = default) =>
        SaveAsync(district, userId, async () =>
        {
            var watch = new Watch(day, start, end);
            (await ScheduleAsync(userId, cancellationToken)).AddWatch(watch);
            var assignment = new WatchAssignment(userId, district, watch, by, Now());
            db.Watches.Add(assignment);
            audit.Record(AuditActions.Duty.WatchAdded, AuditSubjects.Representative, userId, district, new { day = day.ToString(), start = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), end = end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) });
            return assignment.Id.ToString();
        }, cancellationToken);

    public Task<Outcome> RemoveWatchAsync(int district, Guid watchId, Actor by, CancellationToken cancellationToken = default) =>
        SaveAsync(district, null, async () =>
        {
            var watch = await db.Watches.SingleOrDefaultAsync(w => w.Id == watchId && w.District == district, cancellationToken)
                ?? throw new DomainException("There is no such watch in your district.");
            watch.RequireRemovableBy(by);
            db.Watches.Remove(watch);
            audit.Record(AuditActions.Duty.WatchRemoved, AuditSubjects.Representative, watch.UserId, district, new { day = watch.Day.ToString(), start = watch.Start, end = watch.End });
            return watch.Id.ToString();
        }, cancellationToken);

    public Task<Outcome> ConfirmShiftAsync(int district, string userId, DateTime startUtc, DateTime endUtc, Actor by, CancellationToken cancellationToken = default) =>
        SaveAsync(district, userId, () =>
        {
            var grant = DutyGrant.Shift(userId, district, startUtc, endUtc, by, Now());
            db.DutyGrants.Add(grant);
            audit.Record(AuditActions.Duty.ShiftConfirmed, AuditSubjects.Representative, userId, district, new { from = startUtc, until = endUtc });
            return Task.FromResult(grant.Id.ToString());
        }, cancellationToken);

    public Task<Outcome> GrantOverrideAsync(int district, string userId, DateTime fromUtc, DateTime untilUtc, string reason, Actor by, CancellationToken cancellationToken = default) =>
        SaveAsync(district, userId, () =>
        {
            var grant = DutyGrant.Override(userId, district, fromUtc, untilUtc, reason, by, Now());
            db.DutyGrants.Add(grant);
            audit.Record(AuditActions.Duty.OverrideGranted, AuditSubjects.Representative, userId, district, new { from = fromUtc, until = untilUtc, reason = grant.Reason });
            return Task.FromResult(grant.Id.ToString());
        }, cancellationToken);

    private async Task<Outcome> SaveAsync(int district, string? userId, Func<Task<string>> change, CancellationToken cancellationToken)
    {
        if (userId is not null && !await db.Appointments.AnyAsync(a => a.UserId == userId && a.District == district && a.EndedAt == null, cancellationToken))
        {
            return Outcome.Fail(string.Empty, "Duty is kept for the district's active representatives only.");
        }

        return await unitOfWork.CommitAsync(change, cancellationToken);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
