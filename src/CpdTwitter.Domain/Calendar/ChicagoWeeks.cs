using System.Globalization;

namespace CpdTwitter.Domain.Calendar;

/// <summary>A Chicago week, Monday 00:00 to the next Monday 00:00 wall-clock time, with its UTC bounds (167 or 169 hours across a DST change).</summary>
public sealed record ChicagoWeek(DateOnly Monday, DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>"Nov 23", the Monday it starts on.</summary>
    public string Label => Monday.ToString("MMM d", CultureInfo.InvariantCulture);

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;
}

/// <summary>A Chicago calendar month with its UTC bounds.</summary>
public sealed record ChicagoMonth(DateOnly First, DateTime StartUtc, DateTime EndUtc)
{
    public string Label => First.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static ChicagoMonth Of(DateTime nowUtc)
    {
        var today = ChicagoTime.DateOf(nowUtc);
        var first = new DateOnly(today.Year, today.Month, 1);
        return new ChicagoMonth(first, CalendarPeriod.StartUtc(first), CalendarPeriod.StartUtc(first.AddMonths(1)));
    }
}

/// <summary>
/// The dashboard's weeks (issue 14): Chicago weeks starting on Monday, the last of them the current week so far. A
/// posting belongs to the week in which its time falls in Chicago, so weeks that change the clocks still hold exactly
/// the postings of their seven Chicago days.
/// </summary>
public static class ChicagoWeeks
{
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static ChicagoWeek Of(DateOnly day)
    {
        var monday = MondayOf(day);
        return new ChicagoWeek(monday, CalendarPeriod.StartUtc(monday), CalendarPeriod.StartUtc(monday.AddDays(7)));
    }

    /// <summary>The <paramref name="count"/> weeks up to and including the one <paramref name="nowUtc"/> is in, oldest first.</summary>
    public static IReadOnlyList<ChicagoWeek> Last(int count, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var current = MondayOf(ChicagoTime.DateOf(nowUtc));
        return [.. Enumerable.Range(0, count).Select(i => Of(current.AddDays(-7 * (count - 1 - i))))];
    }

    /// <summary>Which of <paramref name="weeks"/> (consecutive, oldest first) holds the instant; null when none does.</summary>
    public static int? IndexOf(IReadOnlyList<ChicagoWeek> weeks, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].Contains(utc))
            {
                return i;
            }
        }

        return null;
    }
}
