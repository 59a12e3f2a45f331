using CpdTwitter.Domain.Calendar;

namespace CpdTwitter.Domain.Tests.Calendar;

public sealed class ChicagoWeeksTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void A_week_starts_on_monday_at_midnight_in_chicago()
    {
        // Wednesday 25 November 2026, 10:30 CST.
        var weeks = ChicagoWeeks.Last(12, Utc(2026, 11, 25, 16, 30));

        weeks.Count.ShouldBe(12);
        weeks[^1].Monday.ShouldBe(new DateOnly(2026, 11, 23));
        weeks[^1].StartUtc.ShouldBe(Utc(2026, 11, 23, 6));
        weeks[^1].EndUtc.ShouldBe(Utc(2026, 11, 30, 6));
        weeks[0].Monday.ShouldBe(new DateOnly(2026, 9, 7));
        weeks[0].StartUtc.ShouldBe(Utc(2026, 9, 7, 5));
        weeks.Zip(weeks.Skip(1)).ShouldAllBe(pair => pair.First.EndUtc == pair.Second.StartUtc);
    }

    [Fact]
    public void Sunday_night_in_chicago_is_still_the_week_before_though_it_is_monday_in_utc()
    {
        // Sunday 22 November 2026, 23:30 CST = Monday 05:30 UTC.
        var weeks = ChicagoWeeks.Last(2, Utc(2026, 11, 25, 16, 30));

        ChicagoWeeks.IndexOf(weeks, Utc(2026, 11, 23, 5, 30)).ShouldBe(0);
        ChicagoWeeks.IndexOf(weeks, Utc(2026, 11, 23, 6, 0)).ShouldBe(1);
        ChicagoWeeks.IndexOf(weeks, Utc(2026, 11, 16, 5, 59)).ShouldBeNull();
        ChicagoWeeks.IndexOf(weeks, Utc(2026, 11, 30, 6, 0)).ShouldBeNull();
    }

    [Fact]
    public void The_week_the_clocks_go_forward_is_167_hours_and_the_week_they_go_back_169()
    {
        // 2026: CDT starts Sunday 8 March, ends Sunday 1 November.
        var spring = ChicagoWeeks.Of(new DateOnly(2026, 3, 8));
        spring.Monday.ShouldBe(new DateOnly(2026, 3, 2));
        spring.StartUtc.ShouldBe(Utc(2026, 3, 2, 6));
        spring.EndUtc.ShouldBe(Utc(2026, 3, 9, 5));
        (spring.EndUtc - spring.StartUtc).ShouldBe(TimeSpan.FromHours(167));

        var autumn = ChicagoWeeks.Of(new DateOnly(2026, 10, 28));
        autumn.StartUtc.ShouldBe(Utc(2026, 10, 26, 5));
        autumn.EndUtc.ShouldBe(Utc(2026, 11, 2, 6));
        (autumn.EndUtc - autumn.StartUtc).ShouldBe(TimeSpan.FromHours(169));

        // Sunday 1 November 2026, 23:30 CST (05:30 UTC on Monday) is the last half hour of the long week.
        autumn.Contains(Utc(2026, 11, 2, 5, 30)).ShouldBeTrue();
        // Sunday 8 March 2026, 23:30 CDT (04:30 UTC on Monday) is the last half hour of the short week.
        spring.Contains(Utc(2026, 3, 9, 4, 30)).ShouldBeTrue();
        spring.Contains(Utc(2026, 3, 9, 5, 0)).ShouldBeFalse();
    }

    [Fact]
    public void Twelve_weeks_across_a_clock_change_leave_no_gap_and_no_overlap()
    {
        var weeks = ChicagoWeeks.Last(12, Utc(2026, 11, 25, 16, 30));

        weeks.Zip(weeks.Skip(1)).ShouldAllBe(pair => pair.First.EndUtc == pair.Second.StartUtc);
        weeks.Count(w => w.EndUtc - w.StartUtc == TimeSpan.FromHours(169)).ShouldBe(1);
        weeks.Select(w => w.Monday.DayOfWeek).ShouldAllBe(d => d == DayOfWeek.Monday);
    }

    [Fact]
    public void A_month_is_its_chicago_days_in_utc()
    {
        // 1 November 2026 00:30 CDT is still 31 October at 05:30 UTC... and is November in Chicago.
        var november = ChicagoMonth.Of(Utc(2026, 11, 1, 5, 30));

        november.First.ShouldBe(new DateOnly(2026, 11, 1));
        november.StartUtc.ShouldBe(Utc(2026, 11, 1, 5));
        november.EndUtc.ShouldBe(Utc(2026, 12, 1, 6));
        ChicagoMonth.Of(Utc(2026, 11, 1, 4, 59)).First.ShouldBe(new DateOnly(2026, 10, 1));
    }
}
