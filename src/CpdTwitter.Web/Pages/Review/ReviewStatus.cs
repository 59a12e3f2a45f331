using System.Linq.Expressions;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Review;

public sealed record DistrictReviewStatus(int District, DateTime? ReviewedThrough, int Waiting, int Overdue, int ReviewWithinHours);

/// <summary>
/// Where a district's review stands (V.B): the watermark, how many postings wait and how many are overdue. Three queries
/// whatever the history: each district's review period, then per district seeks on the (District, State, PublishedAt)
/// index for the waiting postings and the watermark (<see cref="ReviewSchedule.WatermarkBound"/>), then the overdue
/// counts against each district's time bound (<see cref="ReviewSchedule.OverdueIfPublishedBefore"/>).
/// </summary>
public sealed class ReviewStatus(CpdTwitterDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<DistrictReviewStatus>> ForDistrictsAsync(IReadOnlyCollection<int>? districts = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var numbers = db.Districts.AsNoTracking().Select(d => d.Number);
        if (districts is not null)
        {
            numbers = numbers.Where(n => districts.Contains(n));
        }

        var periods = await numbers
            .Select(n => new
            {
                District = n,
                Hours = db.PublishingSwitches.Where(s => s.Scope == n && s.Scope != PublishingSwitch.DepartmentScope).Select(s => (int?)s.ReviewWithinHours).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.District, p => p.Hours ?? ReviewSchedule.DefaultReviewWithinHours, cancellationToken);

        var noBound = ReviewSchedule.WatermarkBound(null);
        var published = db.Posts.AsNoTracking().Where(p => p.State == PostState.Published && p.PublishedAt != null);
        // Per district: the waiting count, then for each dealt-with state one seek for its latest posting published
        // before the oldest waiting one (a single seek cannot order across three states on this index).
        var marks = await numbers
            .Select(n => new
            {
                District = n,
                Waiting = published.Count(p => p.District == n),
                Oldest = published.Where(p => p.District == n).Min(p => p.PublishedAt),
            })
            .Select(m => new
            {
                m.District,
                m.Waiting,
                Reviewed = db.Posts.Where(p => p.District == m.District && p.State == PostState.Reviewed && p.PublishedAt < (m.Oldest ?? noBound))
                    .OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefault(),
                Discontinuing = db.Posts.Where(p => p.District == m.District && p.State == PostState.Discontinuing && p.PublishedAt < (m.Oldest ?? noBound))
                    .OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefault(),
                Discontinued = db.Posts.Where(p => p.District == m.District && p.State == PostState.Discontinued && p.PublishedAt < (m.Oldest ?? noBound))
                    .OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefault(),
            })
            .Where(m => m.Waiting > 0 || m.Reviewed != null || m.Discontinuing != null || m.Discontinued != null)
            .OrderBy(m => m.District)
            .ToListAsync(cancellationToken);

        var waitingIn = marks.Where(m => m.Waiting > 0).Select(m => m.District).ToList();
        var overdue = waitingIn.Count == 0 ? [] : await published
            .Where(PublishedBefore(waitingIn.ToDictionary(d => d, d => ReviewSchedule.OverdueIfPublishedBefore(now, periods[d]))))
            .GroupBy(p => p.District)
            .Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.District, g => g.Count, cancellationToken);

        return marks.Select(m => new DistrictReviewStatus(
            m.District,
            new[] { m.Reviewed, m.Discontinuing, m.Discontinued }.Max(),
            m.Waiting,
            overdue.GetValueOrDefault(m.District),
            periods[m.District])).ToList();
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

    /// <summary>
    /// (District = d₁ AND PublishedAt &lt; bound₁) OR …: EF Core cannot join an in-memory map, so each district's bound
    /// becomes a pair of parameters, and each term a range seek on the index.
    /// </summary>
    private static Expression<Func<Post, bool>> PublishedBefore(IReadOnlyDictionary<int, DateTime> bounds)
    {
        var post = Expression.Parameter(typeof(Post), "p");
        Expression? body = null;
        foreach (var (district, bound) in bounds)
        {
            var term = Expression.AndAlso(
                Expression.Equal(Expression.Property(post, nameof(Post.District)), Parameter(district)),
                Expression.LessThan(Expression.Property(post, nameof(Post.PublishedAt)), Expression.Convert(Parameter(bound), typeof(DateTime?))));
            body = body is null ? term : Expression.OrElse(body, term);
        }

        return Expression.Lambda<Func<Post, bool>>(body ?? Expression.Constant(false), post);
    }

    // A captured value, which EF Core sends as a parameter (a constant would be inlined and compile a new query each time).
    private static MemberExpression Parameter<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
