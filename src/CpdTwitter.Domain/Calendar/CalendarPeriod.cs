using System.Globalization;

namespace CpdTwitter.Domain.Calendar;

public enum CalendarView
{
    Month,
    Week,
    Day,
}

/// <summary>
/// The Chicago days a calendar page shows: a month (its weeks, Sunday to Saturday, as US calendars print them), a week
/// (Sunday to Saturday), or one day. A Chicago day is 23 or 25 hours long on the two days clocks change, so each day's
/// UTC bounds come from the zone, never from adding 24 hours.
/// </summary>
public sealed record CalendarPeriod(CalendarView View, DateOnly Anchor)
{
    /// <summary>The first day shown (a Sunday, except for a day view).</summary>
    public DateOnly First => View switch
    {
        CalendarView.Month => StartOfWeek(new DateOnly(Anchor.Year, Anchor.Month, 1)),
        CalendarView.Week => StartOfWeek(Anchor),
        _ => Anchor,
    };

    /// <summary>The last day shown (a Saturday, except for a day view).</summary>
    public DateOnly Last => View switch
    {
        CalendarView.Month => StartOfWeek(new DateOnly(Anchor.Year, Anchor.Month, DateTime.DaysInMonth(Anchor.Year, Anchor.Month))).AddDays(6),
        CalendarView.Week => StartOfWeek(Anchor).AddDays(6),
        _ => Anchor,
    };

    public IReadOnlyList<DateOnly> Days =>
        [.. Enumerable.Range(0, Last.DayNumber - First.DayNumber + 1).Select(First.AddDays)];

    /// <summary>The days a list of this period shows: a month's list keeps to the month itself.</summary>
    public IReadOnlyList<DateOnly> ListedDays => View == CalendarView.Month
        ? [.. Days.Where(InMonth)]
        : Days;

    public CalendarPeriod Previous => View switch
    {
        CalendarView.Month => this with { Anchor = new DateOnly(Anchor.Year, Anchor.Month, 1).AddMonths(-1) },
        CalendarView.Week => this with { Anchor = StartOfWeek(Anchor).AddDays(-7) },
        _ => this with { Anchor = Anchor.AddDays(-1) },
    };

    public CalendarPeriod Next => View switch
    {
        CalendarView.Month => this with { Anchor = new DateOnly(Anchor.Year, Anchor.Month, 1).AddMonths(1) },
        CalendarView.Week => this with { Anchor = StartOfWeek(Anchor).AddDays(7) },
        _ => this with { Anchor = Anchor.AddDays(1) },
    };

    /// <summary>The period's name as a heading says it: "March 2026", "Week of 8 March 2026", "Sunday 8 March 2026".</summary>
    public string Title => View switch
    {
        CalendarView.Month => Anchor.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        CalendarView.Week => "Week of " + First.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Anchor.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The query-string value naming this period: "2026-03" for a month, the Sunday for a week, the day for a day.</summary>
    public string Value => View switch
    {
        CalendarView.Month => Anchor.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        CalendarView.Week => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public bool InMonth(DateOnly day) => day.Year == Anchor.Year && day.Month == Anchor.Month;

    public static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(int)day.DayOfWeek);

    /// <summary>The UTC instant a Chicago day begins (midnight always exists in Chicago: clocks change at 2 a.m.).</summary>
    public static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChicagoTime.Zone);

    public DateTime FromUtc => StartUtc(First);

    public DateTime UntilUtc => StartUtc(Last.AddDays(1));

    /// <summary>
    /// Reads the period from the query string: <c>day=2026-03-08</c>, <c>week=2026-03-08</c> (the week containing that
    /// day) or <c>month=2026-03</c>, the first given in that order; this month (of <paramref name="today"/>) when none is.
    /// On a value not understood or outside <see cref="DateWindow"/>: no period, the field at fault, and a message.
    /// </summary>
    public static CalendarParse Parse(string? month, string? week, string? day, DateOnly today)
    {
        var (view, field, text) = !string.IsNullOrWhiteSpace(day) ? (CalendarView.Day, "day", day)
            : !string.IsNullOrWhiteSpace(week) ? (CalendarView.Week, "week", week)
            : !string.IsNullOrWhiteSpace(month) ? (CalendarView.Month, "month", month)
            : (CalendarView.Month, "month", null);
        if (text is null)
        {
            return new CalendarParse(new CalendarPeriod(view, today), null, null);
        }

        text = text.Trim();
        DateOnly anchor;
        if (view == CalendarView.Month)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out anchor))
            {
                return new CalendarParse(null, field, "Enter the month as a year and a month, like 2026-03 (months 01 to 12).");
            }
        }
        else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out anchor))
        {
            return new CalendarParse(null, field, $"Enter the {field} as a date, like 2026-03-08.");
        }

        var todayAt = today.ToDateTime(TimeOnly.MinValue);
        if (!DateWindow.Contains(anchor.ToDateTime(TimeOnly.MinValue), todayAt))
        {
            return new CalendarParse(null, field, DateWindow.Message($"The {field}", todayAt));
        }

        return new CalendarParse(new CalendarPeriod(view, anchor), null, null);
    }
}

/// <summary>What <see cref="CalendarPeriod.Parse"/> read: a period, or the query field at fault and why.</summary>
public sealed record CalendarParse(CalendarPeriod? Period, string? Field, string? Error);
