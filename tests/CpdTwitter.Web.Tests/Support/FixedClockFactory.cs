using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// The app on a clock that stands still at a known time, so "now" and "today" are never near midnight or a DST change
/// by accident, and the test computes them exactly as the app does.
/// </summary>
public sealed class FixedClockFactory : CpdTwitterFactory
{
    /// <summary>Wednesday 25 November 2026, 10:30 in Chicago (CST, UTC−6).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 16, 30, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public FixedClockFactory() => Clock = new FakeTimeProvider(Now);

    /// <summary>The fixed "now" moved by <paramref name="offset"/>, as Chicago wall-clock time.</summary>
    public static DateTime ChicagoNow(TimeSpan offset = default) => TimeZoneInfo.ConvertTimeFromUtc(Now.UtcDateTime.Add(offset), Chicago);
}
