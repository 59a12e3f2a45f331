namespace CpdTwitter.Domain.Duty;

/// <summary>
/// Turns Chicago wall-clock times into instants across daylight-saving changes. A time that does not
/// exist (spring forward, 02:00–03:00) moves forward by the length of the gap; an ambiguous time
/// (fall back, 01:00–02:00 twice) starts a watch at its first occurrence and ends it at its second, so
/// the officer on the overnight watch is on duty for the whole of it — 7 real hours for 00:00–06:00 on
/// the fall-back night, 5 on the spring-forward night.
/// </summary>
public static class WallClock
{
    public static DateTime StartToUtc(DateTime local, TimeZoneInfo zone) => ToUtc(local, zone, earliest: true);

    public static DateTime EndToUtc(DateTime local, TimeZoneInfo zone) => ToUtc(local, zone, earliest: false);

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone, bool earliest)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The offset in force just before the gap places the instant after it, shifted by the gap.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var offset = earliest ? offsets.Max() : offsets.Min();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
