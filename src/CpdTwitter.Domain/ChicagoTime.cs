using System.Globalization;

namespace CpdTwitter.Domain;

/// <summary>
/// The one America/Chicago of the application: times are stored in UTC, and duty watches, event dates, the
/// review digest's day and everything shown to people are in Chicago time.
/// </summary>
public static class ChicagoTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The Chicago calendar day of a UTC time.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        var abbreviation = Zone.IsDaylightSavingTime(local) ? "CDT" : "CST";
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + abbreviation;
    }
}
