using System.Linq.Expressions;
using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// What the department-wide feed is narrowed to. Dates are Chicago days, both inclusive, of the posting's submission
/// time (the feed's order). <see cref="Words"/> come from <see cref="PostSearch.Words"/>.
/// </summary>
public sealed record PostingsFilter(
    int? District = null,
    PostState? State = null,
    PostCategory? Category = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool Notable = false,
    bool Discontinued = false,
    bool NeedsCorrection = false,
    IReadOnlyList<string>? Words = null,
    bool OutsideApp = false);

/// <summary>
/// The department-wide feed of postings for News Affairs and ISD (directive IV.A oversight; issue 14): every district,
/// every state but Draft — never-submitted drafts and drafts returned for changes alike, both are the author's work in
/// progress. Newest submission first: every posting outside Draft has been submitted, and its submission time only
/// changes when it is submitted again, so pages stay put (indexes on (SubmittedAt, Id) and (District, SubmittedAt, Id)).
/// The page and its CSV use this one query.
/// </summary>
public sealed class PostingsFeed(CpdTwitterDbContext db, PostSearch search)
{
    public static readonly KeysetOrder<Post> NewestFirst = KeysetOrder.ByTime<Post>(p => p.SubmittedAt!.Value, p => p.Id, newestFirst: true);

    /// <summary>
    /// The feed's totals stop counting here, as <c>/Admin/Audit</c>'s do: the whole feed holds a million postings and
    /// a district's tens of thousands, and "more than 10,000" tells as much as the exact number; a filter gives one.
    /// </summary>
    public const int CountCap = 10_000;

    /// <summary>Every state the feed shows, listed so the query can seek them in an index.</summary>
    public static IReadOnlyList<PostState> Shown { get; } = [.. Enum.GetValues<PostState>().Where(s => s != PostState.Draft)];

    /// <summary>
    /// <c>State = 1 OR State = 2 OR …</c> with the states as SQL literals. <c>State &lt;&gt; 0</c> is a range no index
    /// seeks with the district, and EF Core sends <c>list.Contains(p.State)</c> as <c>IN (SELECT value FROM
    /// json_each(@p))</c> on SQLite, which scans; literal equalities let SQLite (as <c>IN (…)</c>) and PostgreSQL seek
    /// (District, State, …) and (State, SubmittedAt) and count on those indexes alone.
    /// </summary>
    private static readonly Expression<Func<Post, bool>> IsShown = ShownStates();

    public IQueryable<Post> Query(PostingsFilter filter, DistrictScope scope)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // No "SubmittedAt IS NOT NULL": every state but Draft has been submitted (Post.Submit sets it, nothing clears it),
        // and the test would keep the counts off the covering indexes.
        var posts = search.Matching(filter.Words ?? []).AsNoTracking().Within(scope);
        // The discontinued and needs-correction filters name shown states themselves; EF Core 10 would fold their terms
        // and IsShown's into one IN list and get it wrong (WHERE 0), so IsShown goes only where nothing else names a state.
        if (filter.State is { } state && state != PostState.Draft)
        {
            posts = posts.Where(p => p.State == state);
        }
        else if (!filter.Discontinued && !filter.NeedsCorrection)
        {
            posts = posts.Where(IsShown);
        }
        if (filter.District is { } district)
        {
            posts = posts.Where(p => p.District == district);
        }

        if (filter.Category is { } category)
        {
            posts = posts.Where(p => p.Category == category);
        }

        if (filter.From is { } from)
        {
            var start = StartOf(from);
            posts = posts.Where(p => p.SubmittedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            posts = posts.Where(p => p.SubmittedAt < end);
        }

        if (filter.Notable)
        {
            posts = posts.Where(p => p.MarkedNotable);
        }

        if (filter.OutsideApp)
        {
            // Made or deleted outside the app (the capture, issue 15): few rows, found by the district and time order.
            posts = posts.Where(p => p.Origin == PostOrigin.OutsideApp || p.DeletedOutsideAppAt != null);
        }

        if (filter.Discontinued)
        {
            posts = posts.Where(p => p.State == PostState.Discontinuing || p.State == PostState.Discontinued);
        }

        if (filter.NeedsCorrection)
        {
            // As the representatives' home counts them: the review asked for a correction and none has been written yet.
            var all = db.Posts;
            posts = posts.Where(p => p.LastReviewOutcome == ReviewOutcome.NeedsCorrection && p.State == PostState.Reviewed && !all.Any(x => x.CorrectsPostId == p.Id));
        }

        return posts;
    }

    /// <summary>The filtered feed in its order (newest submission first), for the CSV: read as a stream, row by row.</summary>
    public IQueryable<Post> Ordered(PostingsFilter filter, DistrictScope scope) =>
        Query(filter, scope).OrderByDescending(p => p.SubmittedAt).ThenByDescending(p => p.Id);

    private static Expression<Func<Post, bool>> ShownStates()
    {
        var post = Expression.Parameter(typeof(Post), "p");
        var state = Expression.Property(post, nameof(Post.State));
        var any = Shown.Select(s => (Expression)Expression.Equal(state, Expression.Constant(s))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Post, bool>>(any, post);
    }

    private static DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChicagoTime.Zone);
}
