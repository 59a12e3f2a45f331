using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Audit;

/// <summary>
/// What the audit trail page filters by, already checked: who acted (their log-on ID as recorded), one action, one
/// district, and a range of Chicago calendar dates (both days included).
/// </summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, int? District = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// One page of the trail, newest first, with the cursors for its neighbours: <see cref="NewerThan"/> is the
/// sequence the "newer" link asks for events after, <see cref="OlderThan"/> the one the "older" link asks for events before.
/// <see cref="Total"/> is exact up to <see cref="AuditSearch.CountCap"/>; beyond it <see cref="TotalIsMore"/> says "more than".
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, long Total, long? NewerThan, long? OlderThan, bool TotalIsMore = false);

/// <summary>
/// Keyset paging over the whole audit trail by sequence number: a page is "the 50 events before (or after) #n", so
/// events appended meanwhile never shift a page, and walking the older links visits every matching event exactly once.
/// </summary>
public sealed class AuditSearch(CpdTwitterDbContext db)
{
    public const int PageSize = 50;

    /// <summary>
    /// Counting stops here: ten years hold about ten million events, and counting them all costs tens of milliseconds
    /// per page for a number nobody pages through; a narrower filter gives an exact count.
    /// </summary>
    public const int CountCap = 10_000;

    public async Task<AuditPage> PageAsync(AuditFilter filter, long? before, long? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = Matching(filter);
        List<AuditEvent> events;
        bool newer, older;
        if (after is { } from && before is null)
        {
            var ascending = await matching.Where(e => e.Sequence > from).OrderBy(e => e.Sequence).Take(PageSize + 1).ToListAsync(cancellationToken);
            newer = ascending.Count > PageSize;
            events = ascending.Take(PageSize).Reverse().ToList();
            var oldest = events.Count > 0 ? events[^1].Sequence : from + 1;
            older = await matching.AnyAsync(e => e.Sequence < oldest, cancellationToken);
        }
        else
        {
            var window = before is { } until ? matching.Where(e => e.Sequence < until) : matching;
            var descending = await window.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(cancellationToken);
            older = descending.Count > PageSize;
            events = descending.Take(PageSize).ToList();
            var newest = events.Count > 0 ? events[0].Sequence : before.GetValueOrDefault(long.MaxValue) - 1;
            newer = before is not null && await matching.AnyAsync(e => e.Sequence > newest, cancellationToken);
        }

        var counted = await matching.Take(CountCap + 1).LongCountAsync(cancellationToken);
        return new AuditPage(
            events,
            Math.Min(counted, CountCap),
            newer ? (events.Count > 0 ? events[0].Sequence : null) : null,
            older ? (events.Count > 0 ? events[^1].Sequence : null) : null,
            TotalIsMore: counted > CountCap);
    }

    private IQueryable<AuditEvent> Matching(AuditFilter filter)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (filter.Actor is { } actor)
        {
            query = query.Where(e => e.Actor == actor);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.District is { } district)
        {
            query = query.Where(e => e.District == district);
        }

        if (filter.From is { } fromDate)
        {
            var start = StartOfChicagoDay(fromDate);
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } toDate)
        {
            var end = StartOfChicagoDay(toDate.AddDays(1));
            query = query.Where(e => e.OccurredAt < end);
        }

        return query;
    }

    /// <summary>Midnight in Chicago as UTC (Chicago changes its clocks at 02:00, so midnight always exists once).</summary>
    private static DateTime StartOfChicagoDay(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChicagoTime.Zone);
}
