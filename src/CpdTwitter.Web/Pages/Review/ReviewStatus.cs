using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Review;

public sealed record DistrictReviewStatus(int District, DateTime? ReviewedThrough, int Waiting, int Overdue, int ReviewWithinHours);

/// <summary>
/// Where a district's review stands (V.B): the watermark, how many postings wait and how many are overdue. Three queries
/// whatever the history: the backlog (<see cref="ReviewBacklog"/>: each district's review period, then its waiting and
/// overdue counts), then per district seeks on the (District, State, PublishedAt) index for the watermark
/// (<see cref="ReviewSchedule.WatermarkBound"/>).
/// </summary>
public sealed class ReviewStatus(CpdTwitterDbContext db, ReviewBacklog backlog)
{
    public async Task<IReadOnlyList<DistrictReviewStatus>> ForDistrictsAsync(IReadOnlyCollection<int>? districts = null, CancellationToken cancellationToken = default)
    {
        var backlogs = await backlog.ByDistrictAsync(districts, cancellationToken);
        var numbers = db.Districts.AsNoTracking().Select(d => d.Number);
        if (districts is not null)
        {
            numbers = numbers.Where(n => districts.Contains(n));
        }

        var noBound = ReviewSchedule.WatermarkBound(null);
        var waiting = backlog.Waiting();
        // Per district, for each dealt-with state one seek for its latest posting published before the oldest waiting one
        // (a single seek cannot order across three states on this index).
        var marks = await numbers
            .Select(n => new
            {
                District = n,
                Oldest = waiting.Where(p => p.District == n).Min(p => p.PublishedAt),
            })
            .Select(m => new
            {
                m.District,
                Reviewed = db.Posts.Where(p => p.District == m.District && p.State == PostState.Reviewed && p.PublishedAt < (m.Oldest ?? noBound))
                    .OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefault(),
                Discontinuing = db.Posts.Where(p => p.District == m.District && p.State == PostState.Discontinuing && p.PublishedAt < (m.Oldest ?? noBound))
                    .OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefault(),
                Discontinued = db.Posts.Where(p => p.District == m.District && p.State == PostState.Discontinued && p.PublishedAt < (m.Oldest ?? noBound))
                    .OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefault(),
            })
            .ToDictionaryAsync(m => m.District, m => new[] { m.Reviewed, m.Discontinuing, m.Discontinued }.Max(), cancellationToken);

        return [.. backlogs
            .Where(b => b.Waiting > 0 || marks.GetValueOrDefault(b.District) is not null)
            .Select(b => new DistrictReviewStatus(b.District, marks.GetValueOrDefault(b.District), b.Waiting, b.Overdue, b.ReviewWithinHours))];
    }

    public async Task<DistrictReviewStatus> ForDistrictAsync(int district, CancellationToken cancellationToken = default)
    {
        var status = (await ForDistrictsAsync([district], cancellationToken)).SingleOrDefault();
        if (status is not null)
        {
            return status;
        }

        var periods = await backlog.ReviewPeriodsAsync([district], cancellationToken);
        return new DistrictReviewStatus(district, null, 0, 0, periods.GetValueOrDefault(district, ReviewSchedule.DefaultReviewWithinHours));
    }
}
