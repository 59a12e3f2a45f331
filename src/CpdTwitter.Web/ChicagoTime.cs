using System.Globalization;

namespace CpdTwitter.Web;

/// <summary>Times are stored in UTC and shown to people in America/Chicago.</summary>
public static class ChicagoTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        var abbreviation = Zone.IsDaylightSavingTime(local) ? "CDT" : "CST";
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + abbreviation;
    }
}
