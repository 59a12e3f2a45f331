namespace CpdTwitter.Domain.Duty;

/// <summary>
/// A representative's weekly watch in Chicago wall-clock time (directive III.C: post only on duty).
/// An end at or before the start means the watch runs past midnight into the next day.
/// </summary>
public sealed record Watch
{
    public Watch(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            throw new DomainException("A watch needs different start and end times.");
        }

        if (!Enum.IsDefined(day))
        {
            throw new DomainException("Choose the day the watch starts.");
        }

        Day = day;
        Start = start;
        End = end;
    }

    public DayOfWeek Day { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public bool CrossesMidnight => End < Start;

    /// <summary>The instants this watch covers when it starts on <paramref name="date"/> (which must fall on <see cref="Day"/>).</summary>
    public DutyWindow On(DateOnly date, TimeZoneInfo zone)
    {
        if (date.DayOfWeek != Day)
        {
            throw new ArgumentException($"{date} is not a {Day}.", nameof(date));
        }

        var endDate = CrossesMidnight ? date.AddDays(1) : date;
        return new DutyWindow(
            WallClock.StartToUtc(date.ToDateTime(Start), zone),
            WallClock.EndToUtc(endDate.ToDateTime(End), zone));
    }

    /// <summary>True when the two watches share any wall-clock minute of the week.</summary>
    public bool Overlaps(Watch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Minutes().Any(a => other.Minutes().Any(b => a.From < b.To && b.From < a.To));
    }

    // Minutes of the week (Sunday 00:00 = 0), split at the week's end.
    private IEnumerable<(int From, int To)> Minutes()
    {
        const int week = 7 * 24 * 60;
        var from = ((int)Day * 24 * 60) + (Start.Hour * 60) + Start.Minute;
        var length = CrossesMidnight
            ? (24 * 60) - ((Start.Hour * 60) + Start.Minute) + (End.Hour * 60) + End.Minute
            : ((End.Hour * 60) + End.Minute) - ((Start.Hour * 60) + Start.Minute);
        var to = from + length;
        if (to <= week)
        {
            yield return (from, to);
        }
        else
        {
            yield return (from, week);
            yield return (0, to - week);
        }
    }
}

/// <summary>A span of real time, in UTC, start inclusive and end exclusive.</summary>
public sealed record DutyWindow(DateTime StartUtc, DateTime EndUtc)
{
    public bool Contains(DateTime utc) => StartUtc <= utc && utc < EndUtc;

    public TimeSpan Length => EndUtc - StartUtc;
}
