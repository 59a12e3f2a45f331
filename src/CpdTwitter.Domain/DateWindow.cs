using System.Globalization;

namespace CpdTwitter.Domain;

/// <summary>
/// The dates a person may enter anywhere (schedules, shifts, overrides, event dates): from 1 January 2000 to two years
/// ahead. Year 1 or year 9999 is a typing slip, and would otherwise overflow time-zone arithmetic.
/// </summary>
public static class DateWindow
{
    public static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public const int YearsAhead = 2;

    public static DateTime Latest(DateTime today) => today.Date.AddYears(YearsAhead);

    public static bool Contains(DateTime value, DateTime today) => value >= Earliest && value < Latest(today).AddDays(1);

    public static string Message(string field, DateTime today) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} must be between {Earliest:d MMMM yyyy} and {Latest(today):d MMMM yyyy}.");
}
