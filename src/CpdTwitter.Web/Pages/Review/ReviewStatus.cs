using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Review;

public sealed record DistrictReviewStatus(int District, DateTime? ReviewedThrough, int Waiting, int Overdue, int ReviewWithinHours);

/// <summary>Where a district's review stands (V.B): the watermark, how many postings wait and how many are overdue.</summary>
public sealed class ReviewStatus(CpdTwitterDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<DistrictReviewStatus>> ForDistrictsAsync(IReadOnlyCollection<int>? districts = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var dealtWith = new[] { PostState.Reviewed, PostState.Discontinuing, PostState.Discontinued };
        var query = db.Posts.AsNoTracking().Where(p => p.PublishedAt != null && (p.State == PostState.Published || dealtWith.Contains(p.State)));
        if (districts is not null)
        {
            query = query.Where(p => districts.Contains(p.District));
        }

        var postings = await query.Select(p => new { p.District, PublishedAt = p.PublishedAt!.Value, p.State }).ToListAsync(cancellationToken);
        var periods = await db.PublishingSwitches.AsNoTracking().Where(s => s.Scope != PublishingSwitch.DepartmentScope)
            .ToDictionaryAsync(s => s.Scope, s => s.ReviewWithinHours, cancellationToken);
        return postings.GroupBy(p => p.District).OrderBy(g => g.Key).Select(g =>
        {
            var hours = periods.GetValueOrDefault(g.Key, ReviewSchedule.DefaultReviewWithinHours);
            var waiting = g.Where(p => p.State == PostState.Published).ToList();
            return new DistrictReviewStatus(
                g.Key,
                ReviewSchedule.ReviewedThrough(g.Select(p => (p.PublishedAt, p.State != PostState.Published))),
                waiting.Count,
                waiting.Count(p => ReviewSchedule.IsOverdue(p.PublishedAt, now, hours)),
                hours);
        }).ToList();
    }

    public async Task<DistrictReviewStatus> ForDistrictAsync(int district, CancellationToken cancellationToken = default)
    {
        var status = (await ForDistrictsAsync([district], cancellationToken)).SingleOrDefault();
        if (status is not null)
        {
            return status;
        }

        var hours = await db.PublishingSwitches.AsNoTracking().Where(s => s.Scope == district).Select(s => (int?)s.ReviewWithinHours).SingleOrDefaultAsync(cancellationToken);
        return new DistrictReviewStatus(district, null, 0, 0, hours ?? ReviewSchedule.DefaultReviewWithinHours);
    }
}
