using CpdTwitter.Domain;
using CpdTwitter.Domain.Calendar;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>One posting as a calendar shows it (a class with settable members so a query can filter and order on them).</summary>
public sealed class CalendarEntry
{
    public Guid Id { get; init; }

    public int District { get; init; }

    public DateTime At { get; init; }

    public PostState State { get; init; }

    public string Text { get; init; } = string.Empty;

    public DateOnly Day => ChicagoTime.DateOf(At);
}

/// <summary>A Chicago day of the calendar: its first postings, and how many it has in all.</summary>
public sealed record CalendarDay(DateOnly Date, IReadOnlyList<CalendarEntry> Entries, int Total)
{
    public int More => Total - Entries.Count;
}

/// <summary>
/// The postings of the days a calendar shows, for a member's district scope and an optional district. Each day is a
/// seek on the calendar-time index (PostConfiguration.CalendarAt) limited to its first few rows, and the days go to the
/// store as one UNION ALL (and their counts as another): two commands for any period, however long the history.
/// </summary>
public sealed class PostCalendar(CpdTwitterDbContext db)
{
    private const int ExcerptStoreLength = 80;

    public const int DayPageSize = 50;

    private static readonly KeysetOrder<CalendarEntry> InTimeOrder = KeysetOrder.ByTime<CalendarEntry>(e => e.At, e => e.Id, newestFirst: false);

    public async Task<IReadOnlyList<CalendarDay>> DaysAsync(DistrictScope scope, int? district, IReadOnlyList<DateOnly> days, int perDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return [];
        }

        IQueryable<CalendarEntry>? firsts = null;
        IQueryable<DayCount>? counts = null;
        foreach (var day in days)
        {
            var (from, until) = (CalendarPeriod.StartUtc(day), CalendarPeriod.StartUtc(day.AddDays(1)));
            var posts = Postings(scope, district)
                .Where(p => EF.Property<DateTime>(p, PostConfiguration.CalendarAt) >= from && EF.Property<DateTime>(p, PostConfiguration.CalendarAt) < until);
            var first = Entries(posts.OrderBy(p => EF.Property<DateTime>(p, PostConfiguration.CalendarAt)).ThenBy(p => p.Id).Take(perDay));
            var count = posts.GroupBy(_ => 1)
                .Select(g => new DayCount { First = g.Min(p => EF.Property<DateTime>(p, PostConfiguration.CalendarAt)), Count = g.Count() });
            firsts = firsts is null ? first : firsts.Concat(first);
            counts = counts is null ? count : counts.Concat(count);
        }

        var entries = await firsts!.ToListAsync(cancellationToken);
        var totals = (await counts!.ToListAsync(cancellationToken)).ToDictionary(c => ChicagoTime.DateOf(c.First), c => c.Count);
        var byDay = entries.ToLookup(e => e.Day);
        return [.. days.Select(day => new CalendarDay(day, [.. byDay[day].OrderBy(e => e.At).ThenBy(e => e.Id)], totals.GetValueOrDefault(day)))];
    }

    /// <summary>One day's postings in time order, a page at a time.</summary>
    public Task<KeysetPage<CalendarEntry>> DayAsync(DistrictScope scope, int? district, DateOnly day, string? token, CancellationToken cancellationToken = default)
    {
        var (from, until) = (CalendarPeriod.StartUtc(day), CalendarPeriod.StartUtc(day.AddDays(1)));
        return Entries(Postings(scope, district)
                .Where(p => EF.Property<DateTime>(p, PostConfiguration.CalendarAt) >= from && EF.Property<DateTime>(p, PostConfiguration.CalendarAt) < until))
            .PageAsync(InTimeOrder, token, DayPageSize, cancellationToken);
    }

    private IQueryable<Post> Postings(DistrictScope scope, int? district)
    {
        var posts = db.Posts.AsNoTracking().Within(scope).Where(p => CalendarEntries.States.Contains(p.State));
        return district is { } only ? posts.Where(p => p.District == only) : posts;
    }

    private static IQueryable<CalendarEntry> Entries(IQueryable<Post> posts) =>
        posts.Select(p => new CalendarEntry
        {
            Id = p.Id,
            District = p.District,
            At = EF.Property<DateTime>(p, PostConfiguration.CalendarAt),
            State = p.State,
            Text = p.Text.Substring(0, ExcerptStoreLength),
        });

    private sealed class DayCount
    {
        public DateTime First { get; init; }

        public int Count { get; init; }
    }
}
