using System.Linq.Expressions;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>A district's review backlog (V.B): postings waiting for the sergeant's review, how many of them are overdue, the oldest.</summary>
public sealed record DistrictBacklog(int District, int Waiting, int Overdue, int ReviewWithinHours, DateTime? OldestWaiting);

/// <summary>
/// The one place that says which postings wait for review and which of them are overdue (<see cref="ReviewSchedule"/>), for
/// the review status, the daily digest, the home counts and the News Affairs dashboard. The queries seek the
/// (District, State, PublishedAt) index: a district's waiting postings are one range, its overdue ones the start of it.
/// </summary>
public sealed class ReviewBacklog(CpdTwitterDbContext db, TimeProvider time)
{
    /// <summary>Postings published and not yet reviewed or discontinued.</summary>
    public IQueryable<Post> Waiting() => db.Posts.Where(p => p.State == PostState.Published && p.PublishedAt != null);

    public IQueryable<Post> Waiting(int district) => Waiting().Where(p => p.District == district);

    /// <summary>A district's waiting postings older than its review period; composable into a larger query of counts.</summary>
    public IQueryable<Post> Overdue(int district, int reviewWithinHours)
    {
        var bound = ReviewSchedule.OverdueIfPublishedBefore(time.GetUtcNow().UtcDateTime, reviewWithinHours);
        return Waiting(district).Where(p => p.PublishedAt < bound);
    }

    /// <summary>Each district's "review within" hours (its publishing switch, else the default).</summary>
    public async Task<Dictionary<int, int>> ReviewPeriodsAsync(IReadOnlyCollection<int>? districts = null, CancellationToken cancellationToken = default)
    {
        var numbers = Numbers(districts);
        return await numbers
            .Select(n => new
            {
                District = n,
                Hours = db.PublishingSwitches.Where(s => s.Scope == n && s.Scope != PublishingSwitch.DepartmentScope).Select(s => (int?)s.ReviewWithinHours).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.District, p => p.Hours ?? ReviewSchedule.DefaultReviewWithinHours, cancellationToken);
    }

    /// <summary>
    /// Every district's (or the named ones') backlog, in district order, whatever the history: two queries, the review
    /// periods and then per district three index seeks (waiting count, oldest waiting, overdue count).
    /// </summary>
    public async Task<IReadOnlyList<DistrictBacklog>> ByDistrictAsync(IReadOnlyCollection<int>? districts = null, CancellationToken cancellationToken = default)
    {
        var periods = await ReviewPeriodsAsync(districts, cancellationToken);
        if (periods.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow().UtcDateTime;
        var bounds = periods.ToDictionary(p => p.Key, p => ReviewSchedule.OverdueIfPublishedBefore(now, p.Value));
        var defaultBound = ReviewSchedule.OverdueIfPublishedBefore(now, ReviewSchedule.DefaultReviewWithinHours);
        var counts = await Numbers(districts)
            .Select(BacklogOf(bounds, defaultBound))
            .ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.District).Select(c => new DistrictBacklog(c.District, c.Waiting, c.Overdue, periods[c.District], c.Oldest))];
    }

    public async Task<DistrictBacklog> ForDistrictAsync(int district, CancellationToken cancellationToken = default) =>
        (await ByDistrictAsync([district], cancellationToken)).SingleOrDefault()
        ?? new DistrictBacklog(district, 0, 0, ReviewSchedule.DefaultReviewWithinHours, null);

    private IQueryable<int> Numbers(IReadOnlyCollection<int>? districts)
    {
        var numbers = db.Districts.AsNoTracking().Select(d => d.Number);
        return districts is null ? numbers : numbers.Where(n => districts.Contains(n));
    }

    /// <summary>
    /// n ↦ (waiting, oldest, overdue) where overdue counts the waiting postings published before the district's own bound:
    /// EF Core cannot join an in-memory map, so the bound is a CASE over the districts whose period is not the default,
    /// each bound a parameter. For one district's row the CASE is a constant, so the count is still a range seek.
    /// </summary>
    private Expression<Func<int, BacklogCounts>> BacklogOf(IReadOnlyDictionary<int, DateTime> bounds, DateTime defaultBound)
    {
        var n = Expression.Parameter(typeof(int), "n");
        Expression bound = Parameter(defaultBound);
        foreach (var (district, at) in bounds.Where(b => b.Value != defaultBound))
        {
            bound = Expression.Condition(Expression.Equal(n, Parameter(district)), Parameter(at), bound);
        }

        Expression<Func<int, DateTime, BacklogCounts>> shape = (district, before) => new BacklogCounts
        {
            District = district,
            Waiting = db.Posts.Count(p => p.District == district && p.State == PostState.Published && p.PublishedAt != null),
            Oldest = db.Posts.Where(p => p.District == district && p.State == PostState.Published && p.PublishedAt != null).Min(p => p.PublishedAt),
            Overdue = db.Posts.Count(p => p.District == district && p.State == PostState.Published && p.PublishedAt < before),
        };
        var body = new Substitute(shape.Parameters[0], n, shape.Parameters[1], bound).Visit(shape.Body);
        return Expression.Lambda<Func<int, BacklogCounts>>(body, n);
    }

    // A captured value, which EF Core sends as a parameter (a constant would be inlined and compile a new query each time).
    private static MemberExpression Parameter<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class BacklogCounts
    {
        public int District { get; init; }

        public int Waiting { get; init; }

        public DateTime? Oldest { get; init; }

        public int Overdue { get; init; }
    }

    private sealed class Substitute(ParameterExpression first, Expression firstBy, ParameterExpression second, Expression secondBy) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? firstBy : node == second ? secondBy : base.VisitParameter(node);
    }
}
