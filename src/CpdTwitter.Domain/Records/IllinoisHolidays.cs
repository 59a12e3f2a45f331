namespace CpdTwitter.Domain.Records;

/// <summary>
/// The Illinois State holidays on which public bodies are closed, for counting the business days of a public-records
/// request (5 ILCS 140/3(d)). The list follows the State Commemorative Dates Act (5 ILCS 490) as named in the issue.
/// <para>
/// Observance (docs/operations.md, "Public-records requests"): 5 ILCS 490 moves a holiday that falls on a Sunday to the
/// following Monday (e.g. 490/63 for Juneteenth); it says nothing of Saturdays, so a Saturday holiday is not moved —
/// the Saturday is not a business day anyway and the Friday before stays one. Good Friday (listed by the Election Code
/// only) and General Election Day are not counted; counting fewer holidays can only make a due date earlier, never late.
/// </para>
/// </summary>
public static class IllinoisHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Name)> For(int year)
    {
        var list = new List<(DateOnly, string)>
        {
            (Observed(new DateOnly(year, 1, 1)), "New Year's Day"),
            (Nth(year, 1, DayOfWeek.Monday, 3), "Dr. Martin Luther King, Jr.'s Birthday"),
            (Observed(new DateOnly(year, 2, 12)), "Lincoln's Birthday"),
            (Nth(year, 2, DayOfWeek.Monday, 3), "Presidents Day"),
            (Nth(year, 3, DayOfWeek.Monday, 1), "Casimir Pulaski Day"),
            (Last(year, 5, DayOfWeek.Monday), "Memorial Day"),
            (Observed(new DateOnly(year, 6, 19)), "Juneteenth National Freedom Day"),
            (Observed(new DateOnly(year, 7, 4)), "Independence Day"),
            (Nth(year, 9, DayOfWeek.Monday, 1), "Labor Day"),
            (Nth(year, 10, DayOfWeek.Monday, 2), "Columbus Day"),
            (Observed(new DateOnly(year, 11, 11)), "Veterans Day"),
            (Nth(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving Day"),
            (Nth(year, 11, DayOfWeek.Thursday, 4).AddDays(1), "Day after Thanksgiving"),
            (Observed(new DateOnly(year, 12, 25)), "Christmas Day"),
        };
        return list;
    }

    public static bool IsHoliday(DateOnly date) => For(date.Year).Any(h => h.Date == date);

    /// <summary>A weekday that is not a State holiday.</summary>
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>
    /// The day <paramref name="days"/> business days after <paramref name="start"/>: the day of receipt is not counted
    /// (5 ILCS 70/1.11, the Statute on Statutes: the first day is excluded and the last included).
    /// </summary>
    public static DateOnly AddBusinessDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                days--;
            }
        }

        return date;
    }

    /// <summary>Business days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    public static int BusinessDaysBetween(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsBusinessDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? date.AddDays(1) : date;

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
