using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Retention;

/// <summary>ISD's retention settings and legal holds; every change is audited in its own transaction.</summary>
public sealed class RetentionDesk(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time)
{
    /// <summary>Every series with its setting (an unset one as a blank schedule).</summary>
    public async Task<IReadOnlyList<RetentionSchedule>> SchedulesAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.RetentionSchedules.AsNoTracking().ToDictionaryAsync(s => s.Series, cancellationToken);
        return RecordSeriesNames.All.Select(s => stored.TryGetValue(s, out var schedule) ? schedule : new RetentionSchedule(s)).ToList();
    }

    public Task<Outcome> SetScheduleAsync(RecordSeries series, int? months, string? item, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            if (!Enum.IsDefined(series))
            {
                return Outcome.Fail(string.Empty, "Choose a record series.");
            }

            if (months is null)
            {
                return Outcome.Fail(nameof(RetentionSchedule.RetentionMonths), "Enter the retention period in months.");
            }

            var schedule = await db.RetentionSchedules.SingleOrDefaultAsync(s => s.Series == series, cancellationToken);
            if (schedule is null)
            {
                schedule = new RetentionSchedule(series);
                db.RetentionSchedules.Add(schedule);
            }

            schedule.Set(months.Value, item, by, Now());
            audit.Record(AuditActions.Records.ScheduleSet, AuditSubjects.RecordSeries, series.ToString(), details: new { retentionMonths = months, scheduleItem = schedule.ScheduleItem });
            return Outcome.Ok(series.ToString());
        }, cancellationToken);

    public Task<Outcome> PlaceHoldAsync(int? district, DateOnly? from, DateOnly? to, Guid? postId, string? personLogOnId, string? reason, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            if (postId is { } id && !await db.Posts.AnyAsync(p => p.Id == id, cancellationToken))
            {
                return Outcome.Fail(nameof(LegalHold.PostId), "No posting has this number.");
            }

            (string, string)? person = null;
            if (!string.IsNullOrWhiteSpace(personLogOnId))
            {
                var name = personLogOnId.Trim();
                var user = await db.Users.AsNoTracking().Where(u => u.UserName == name)
                    .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
                if (user is null)
                {
                    return Outcome.Fail(nameof(LegalHold.PersonId), "No member has this log-on ID.");
                }

                person = (user.Id, user.DisplayName);
            }

            if (district is { } d && !await db.Districts.AnyAsync(x => x.Number == d, cancellationToken))
            {
                return Outcome.Fail(nameof(LegalHold.District), "There is no such district.");
            }

            var hold = LegalHold.Place(district, from, to, postId, person, reason, by, Now());
            db.LegalHolds.Add(hold);
            audit.Record(AuditActions.Records.HoldPlaced, AuditSubjects.LegalHold, hold.Id.ToString(), district,
                new { from, to, postId, person = hold.PersonName, reason = hold.Reason });
            return Outcome.Ok(hold.Id.ToString());
        }, cancellationToken);

    public Task<Outcome> ReleaseHoldAsync(Guid id, string? reason, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
            if (hold is null)
            {
                return Outcome.Fail(string.Empty, "This hold no longer exists.");
            }

            hold.Release(reason, by, Now());
            audit.Record(AuditActions.Records.HoldReleased, AuditSubjects.LegalHold, hold.Id.ToString(), hold.District, new { reason = hold.ReleaseReason });
            return Outcome.Ok(hold.Id.ToString());
        }, cancellationToken);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
