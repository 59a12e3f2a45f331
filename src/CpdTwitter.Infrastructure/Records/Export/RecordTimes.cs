using System.Globalization;
using CpdTwitter.Domain;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>Times in a records package: UTC ("2026-03-01T15:15:00Z") and Chicago with its offset ("2026-03-01T09:15:00-06:00").</summary>
public static class RecordTimes
{
    public static string? Utc(DateTime? utc) =>
        utc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;

    public static string? Chicago(DateTime? utc)
    {
        if (utc is not { } at)
        {
            return null;
        }

        var local = ChicagoTime.ToLocal(at);
        var offset = ChicagoTime.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
