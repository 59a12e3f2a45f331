using System.Linq.Expressions;
using CpdTwitter.Domain.Calendar;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Statistics;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>One district's postings in each of the dashboard's weeks (oldest first).</summary>
public sealed record DistrictWeeks(int District, IReadOnlyList<int> Counts);

/// <summary>Time from submission to approval of the postings approved in one week: how many, and the 50th and 90th percentiles.</summary>
public sealed record ApprovalWeek(ChicagoWeek Week, int Approved, TimeSpan? P50, TimeSpan? P90);

public sealed record ReasonCount(DiscontinueReason Reason, int LastWeeks, int AllTime);

public sealed record DistrictProblems(int District, int Failed, int Unknown);

public sealed record PublishingProblem(Guid PostId, int District, PostState State, string AuthorName, DateTime UpdatedAt, string? Message);

public sealed record AccountHealth(
    int District,
    bool Connected,
    string? Handle,
    DateTime? NeedsReconnectSince,
    string? NeedsReconnectReason,
    DateTime? RateLimitedUntil,
    DateTime? LastCheckedAt,
    DateTime? LastPublishedAt)
{
    /// <summary>The last time X answered the account with success: its connection test, or a posting X accepted.</summary>
    public DateTime? LastSuccessfulCall(bool sandbox) =>
        !Connected ? null : sandbox ? LastCheckedAt : new[] { LastCheckedAt, LastPublishedAt }.Max();
}

/// <summary>This Chicago month's postings: the department's against the X plan's cap, and the district's when one is shown.</summary>
public sealed record MonthPosts(ChicagoMonth Month, MonthlyPostCap Department, int? District);

public sealed record DeskDashboardData(
    int? District,
    DateTime NowUtc,
    IReadOnlyList<ChicagoWeek> Weeks,
    IReadOnlyList<DistrictWeeks> Postings,
    IReadOnlyList<ApprovalWeek> Approvals,
    IReadOnlyList<DistrictBacklog> Backlog,
    IReadOnlyList<ReasonCount> Reasons,
    IReadOnlyList<DistrictProblems> Problems,
    IReadOnlyList<PublishingProblem> LatestProblems,
    IReadOnlyList<AccountHealth> Accounts,
    MonthPosts Month,
    bool Sandbox);

/// <summary>
/// The numbers of the News Affairs dashboard (issue 14, directive V.C: oversight of every transmission), for the
/// department or one district. Every query reads a bounded time range or a small state from an index and lets the store
/// count (GROUP BY); only the approvals of the last weeks are read as pairs of times, because the percentiles need them.
/// </summary>
public sealed class DeskDashboard(CpdTwitterDbContext db, ReviewBacklog backlog, TimeProvider time, IOptions<XOptions> x)
{
    public const int WeekCount = 12;

    public const int LatestProblemCount = 20;

    /// <summary>The states of a posting that went out (it has a publishing time).</summary>
    public static readonly IReadOnlyList<PostState> WentOut = [PostState.Published, PostState.Reviewed, PostState.Discontinuing, PostState.Discontinued];

    public async Task<DeskDashboardData> ReadAsync(int? district, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var weeks = ChicagoWeeks.Last(WeekCount, now);
        var month = ChicagoMonth.Of(now);
        var posts = db.Posts.AsNoTracking();
        if (district is { } only)
        {
            posts = posts.Where(p => p.District == only);
        }

        var postings = await PostingsAsync(posts, weeks, cancellationToken);
        var approvals = await ApprovalsAsync(posts, weeks, cancellationToken);
        var backlogs = await backlog.ByDistrictAsync(district is { } d ? [d] : null, cancellationToken);
        var reasons = await ReasonsAsync(posts, weeks[0].StartUtc, cancellationToken);
        // Two equality terms, not a parameterized list, so every provider seeks the state indexes.
        var problems = await posts.Where(p => p.State == PostState.Failed || p.State == PostState.OutcomeUnknown)
            .GroupBy(p => new { p.District, p.State })
            .Select(g => new { g.Key.District, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var latest = await posts.Where(p => p.State == PostState.Failed || p.State == PostState.OutcomeUnknown)
            .OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            .Take(LatestProblemCount)
            .Select(p => new PublishingProblem(p.Id, p.District, p.State, p.AuthorName, p.UpdatedAt, p.PublishingMessage))
            .ToListAsync(cancellationToken);
        var accounts = await AccountsAsync(district, cancellationToken);
        var monthCounts = await db.Posts.AsNoTracking()
            .Where(p => p.PublishedAt >= month.StartUtc && p.PublishedAt < month.EndUtc)
            .GroupBy(p => p.District)
            .Select(g => new { District = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return new DeskDashboardData(
            district,
            now,
            weeks,
            postings,
            approvals,
            backlogs,
            reasons,
            [.. problems.GroupBy(p => p.District).OrderBy(g => g.Key).Select(g => new DistrictProblems(
                g.Key,
                g.Where(p => p.State == PostState.Failed).Sum(p => p.Count),
                g.Where(p => p.State == PostState.OutcomeUnknown).Sum(p => p.Count)))],
            latest,
            accounts,
            new MonthPosts(
                month,
                new MonthlyPostCap(monthCounts.Sum(c => c.Count), x.Value.MonthlyPostCap),
                district is { } shown ? monthCounts.Where(c => c.District == shown).Sum(c => c.Count) : null),
            x.Value.IsSandbox);
    }

    /// <summary>
    /// Postings by publishing time: one GROUP BY (district, week) over the weeks' range on the (PublishedAt, District)
    /// index, the week number computed in SQL by a CASE over the weeks' UTC bounds (Chicago weeks are not a fixed number
    /// of UTC hours, so no arithmetic on the time would do).
    /// </summary>
    private static async Task<IReadOnlyList<DistrictWeeks>> PostingsAsync(IQueryable<Post> posts, IReadOnlyList<ChicagoWeek> weeks, CancellationToken cancellationToken)
    {
        var from = weeks[0].StartUtc;
        var until = weeks[^1].EndUtc;
        var counts = await posts.Where(p => p.PublishedAt >= from && p.PublishedAt < until)
            .GroupBy(WeekKey(weeks, p => p.PublishedAt))
            .Select(g => new { g.Key.District, g.Key.Week, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. counts.GroupBy(c => c.District).OrderBy(g => g.Key).Select(g =>
        {
            var row = new int[weeks.Count];
            foreach (var c in g)
            {
                row[c.Week] += c.Count;
            }

            return new DistrictWeeks(g.Key, row);
        })];
    }

    /// <summary>
    /// Approvals by the week they were given (the time from the last submission to the approval): the pairs of times
    /// for the weeks' range, read from the (ApprovedAt, District, SubmittedAt) index, then the nearest-rank percentiles.
    /// </summary>
    private static async Task<IReadOnlyList<ApprovalWeek>> ApprovalsAsync(IQueryable<Post> posts, IReadOnlyList<ChicagoWeek> weeks, CancellationToken cancellationToken)
    {
        var from = weeks[0].StartUtc;
        var until = weeks[^1].EndUtc;
        var pairs = await posts.Where(p => p.ApprovedAt >= from && p.ApprovedAt < until && p.SubmittedAt != null)
            .Select(p => new { ApprovedAt = p.ApprovedAt!.Value, SubmittedAt = p.SubmittedAt!.Value })
            .ToListAsync(cancellationToken);
        var byWeek = pairs.ToLookup(p => ChicagoWeeks.IndexOf(weeks, p.ApprovedAt), p => p.ApprovedAt - p.SubmittedAt);
        return [.. weeks.Select((week, i) =>
        {
            var waits = byWeek[i].ToList();
            return new ApprovalWeek(week, waits.Count, Percentile.NearestRank(waits, 50), Percentile.NearestRank(waits, 90));
        })];
    }

    /// <summary>Discontinued postings by reason, all time and since <paramref name="since"/>: one GROUP BY on the (State, DiscontinueReason, DiscontinuedAt, District) index.</summary>
    private static async Task<IReadOnlyList<ReasonCount>> ReasonsAsync(IQueryable<Post> posts, DateTime since, CancellationToken cancellationToken)
    {
        var counts = await posts.Where(p => (p.State == PostState.Discontinuing || p.State == PostState.Discontinued) && p.DiscontinueReason != null)
            .GroupBy(p => p.DiscontinueReason!.Value)
            .Select(g => new { Reason = g.Key, AllTime = g.Count(), LastWeeks = g.Count(p => p.DiscontinuedAt >= since) })
            .ToListAsync(cancellationToken);
        return [.. DiscontinueReasons.All.Select(r => counts.SingleOrDefault(c => c.Reason == r) is { } c
            ? new ReasonCount(r, c.LastWeeks, c.AllTime)
            : new ReasonCount(r, 0, 0))];
    }

    /// <summary>
    /// Every district (or the one) with its X account, if connected, and its latest publishing time: a seek per state
    /// that went out on the (District, State, PublishedAt) index. The account's credentials are not read.
    /// </summary>
    private async Task<IReadOnlyList<AccountHealth>> AccountsAsync(int? district, CancellationToken cancellationToken)
    {
        var numbers = db.Districts.AsNoTracking().Select(d => d.Number);
        if (district is { } only)
        {
            numbers = numbers.Where(n => n == only);
        }

        var rows = await numbers.OrderBy(n => n).Select(n => new
        {
            District = n,
            Account = db.XAccounts.Where(a => a.District == n).Select(a => new
            {
                a.Handle,
                a.NeedsReconnectSince,
                a.NeedsReconnectReason,
                a.RateLimitedUntil,
                a.LastCheckedAt,
            }).FirstOrDefault(),
            Published = db.Posts.Where(p => p.District == n && p.State == PostState.Published).Max(p => p.PublishedAt),
            Reviewed = db.Posts.Where(p => p.District == n && p.State == PostState.Reviewed).Max(p => p.PublishedAt),
            Discontinuing = db.Posts.Where(p => p.District == n && p.State == PostState.Discontinuing).Max(p => p.PublishedAt),
            Discontinued = db.Posts.Where(p => p.District == n && p.State == PostState.Discontinued).Max(p => p.PublishedAt),
        }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AccountHealth(
            r.District,
            r.Account is not null,
            r.Account?.Handle,
            r.Account?.NeedsReconnectSince,
            r.Account?.NeedsReconnectReason,
            r.Account?.RateLimitedUntil,
            r.Account?.LastCheckedAt,
            new[] { r.Published, r.Reviewed, r.Discontinuing, r.Discontinued }.Max()))];
    }

    /// <summary>p ↦ { District, Week } where Week is the index of the week the time falls in: a CASE over the weeks' starts.</summary>
    private static Expression<Func<Post, DistrictWeek>> WeekKey(IReadOnlyList<ChicagoWeek> weeks, Expression<Func<Post, DateTime?>> at)
    {
        var at0 = at.Body;
        Expression week = Expression.Constant(weeks.Count - 1);
        for (var i = weeks.Count - 1; i >= 1; i--)
        {
            // The time is before week i's start → an earlier week.
            week = Expression.Condition(
                Expression.LessThan(at0, Expression.Convert(Parameter(weeks[i].StartUtc), typeof(DateTime?))),
                Expression.Constant(i - 1),
                week);
        }

        var district = Expression.Property(at.Parameters[0], nameof(Post.District));
        var body = Expression.MemberInit(
            Expression.New(typeof(DistrictWeek)),
            Expression.Bind(typeof(DistrictWeek).GetProperty(nameof(DistrictWeek.District))!, district),
            Expression.Bind(typeof(DistrictWeek).GetProperty(nameof(DistrictWeek.Week))!, week));
        return Expression.Lambda<Func<Post, DistrictWeek>>(body, at.Parameters[0]);
    }

    // A captured value, which EF Core sends as a parameter (a constant would be inlined and compile a new query each time).
    private static MemberExpression Parameter<TValue>(TValue value) => Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class DistrictWeek
    {
        public int District { get; init; }

        public int Week { get; init; }
    }
}
