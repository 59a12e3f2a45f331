using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Retention;

public sealed record EligibleRow(Guid Id, int District, string AuthorName, PostState State, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>
/// The postings eligible for disposition: finished, not yet disposed of, last changed before the retention cutoff and
/// not held. One seek on (DisposedAt, UpdatedAt, Id) in keyset pages, the count capped like other long lists.
/// </summary>
public sealed class EligiblePostings(CpdTwitterDbContext db, RecordHolds holds, TimeProvider time)
{
    public const int CountCap = 10_000;

    public static readonly KeysetOrder<Post> OldestFirst = KeysetOrder.ByTime<Post>(p => p.UpdatedAt, p => p.Id, newestFirst: false);

    public async Task<(RetentionSchedule Schedule, DateTime? Cutoff)> CutoffAsync(CancellationToken cancellationToken = default)
    {
        var schedule = await db.RetentionSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Series == RecordSeries.Postings, cancellationToken)
            ?? new RetentionSchedule(RecordSeries.Postings);
        return (schedule, schedule.EligibleIfLastChangedBefore(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>The eligible postings last changed before <paramref name="cutoffUtc"/>, optionally in one district.</summary>
    public IQueryable<Post> Query(DateTime cutoffUtc, int? district, IReadOnlyList<HoldScope> inForce)
    {
        var finished = PostStates.Finished.ToList();
        var query = db.Posts.AsNoTracking()
            .Where(p => p.DisposedAt == null && p.UpdatedAt < cutoffUtc && finished.Contains(p.State));
        if (district is { } d)
        {
            query = query.Where(p => p.District == d);
        }

        return RecordHolds.NotHeld(query, inForce);
    }

    public async Task<KeysetPage<EligibleRow>> PageAsync(DateTime cutoffUtc, int? district, string? token, int pageSize, CancellationToken cancellationToken = default)
    {
        var inForce = await holds.InForceAsync(cancellationToken);
        var page = await Query(cutoffUtc, district, inForce).PageAsync(OldestFirst, token, pageSize, CountCap, cancellationToken);
        var rows = page.Items.Select(p => new EligibleRow(p.Id, p.District, p.AuthorName, p.State, p.CreatedAt, p.UpdatedAt)).ToList();
        return new KeysetPage<EligibleRow>(rows, page.Total, page.First, page.Previous, page.Next, page.Rejected, page.TotalIsMore, page.FirstIsMore);
    }
}
