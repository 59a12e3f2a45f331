using CpdTwitter.Domain.Duty;

namespace CpdTwitter.Domain.Tests.Duty;

public sealed class DutyAcrossTheWeekAndDaylightSavingTests
{
    /// <summary>A Chicago wall-clock time as UTC (unambiguous times only).</summary>
    private static DateTime At(int year, int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), ChicagoTime.Zone);

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DutySchedule With(params Watch[] watches) => new(ChicagoTime.Zone, watches);

    private static Watch W(DayOfWeek day, int startHour, int endHour) => new(day, new TimeOnly(startHour, 0), new TimeOnly(endHour, 0));

    [Fact]
    public void The_Saturday_morning_part_of_a_Friday_night_watch_ends_at_six()
    {
        var schedule = With(W(DayOfWeek.Friday, 22, 6)); // Friday 2026-11-27

        schedule.StatusAt(At(2026, 11, 27, 22)).OnDuty.ShouldBeTrue();
        var saturday = schedule.StatusAt(At(2026, 11, 28, 5, 59));
        saturday.Basis.ShouldBe(DutyBasis.Watch);
        saturday.EndsAtUtc.ShouldBe(At(2026, 11, 28, 6));
        saturday.NextWatchStartsAtUtc.ShouldBeNull();
    }

    [Fact]
    public void A_Sunday_night_watch_wraps_into_Monday_and_ends_there()
    {
        var schedule = With(W(DayOfWeek.Sunday, 22, 6)); // Sunday 2026-11-29

        var before = schedule.StatusAt(At(2026, 11, 29, 21, 59));
        before.OnDuty.ShouldBeFalse();
        before.NextWatchStartsAtUtc.ShouldBe(Utc(11, 30, 4)); // Sunday 22:00 CST
        schedule.StatusAt(At(2026, 11, 30, 3)).EndsAtUtc.ShouldBe(Utc(11, 30, 12)); // Monday 06:00 CST
        schedule.StatusAt(At(2026, 11, 30, 6)).OnDuty.ShouldBeFalse();
    }

    [Fact]
    public void After_the_last_watch_of_the_week_the_next_one_is_found_a_week_ahead()
    {
        var schedule = With(W(DayOfWeek.Wednesday, 7, 15));

        schedule.StatusAt(At(2026, 11, 25, 15)).NextWatchStartsAtUtc.ShouldBe(At(2026, 12, 2, 7));
    }

    [Fact]
    public void On_the_spring_forward_night_the_watch_covers_both_sides_of_the_gap()
    {
        var schedule = With(W(DayOfWeek.Sunday, 0, 6)); // 2026-03-08: 02:00 CST jumps to 03:00 CDT

        schedule.StatusAt(Utc(3, 8, 5, 59)).OnDuty.ShouldBeFalse(); // Saturday 23:59 CST
        schedule.StatusAt(Utc(3, 8, 7, 30)).OnDuty.ShouldBeTrue();  // 01:30 CST
        var afterGap = schedule.StatusAt(Utc(3, 8, 8, 30));         // 03:30 CDT
        afterGap.OnDuty.ShouldBeTrue();
        afterGap.EndsAtUtc.ShouldBe(Utc(3, 8, 11));                 // 06:00 CDT
        schedule.StatusAt(Utc(3, 8, 11)).OnDuty.ShouldBeFalse();
    }

    [Fact]
    public void An_overnight_watch_into_the_spring_forward_morning_is_an_hour_short()
    {
        var window = W(DayOfWeek.Saturday, 22, 6).On(new DateOnly(2026, 3, 7), ChicagoTime.Zone);

        window.StartUtc.ShouldBe(Utc(3, 8, 4)); // 22:00 CST
        window.EndUtc.ShouldBe(Utc(3, 8, 11));  // 06:00 CDT
        window.Length.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void An_overnight_watch_into_the_fall_back_morning_is_an_hour_long()
    {
        var window = W(DayOfWeek.Saturday, 22, 6).On(new DateOnly(2026, 10, 31), ChicagoTime.Zone);

        window.StartUtc.ShouldBe(Utc(11, 1, 3)); // 22:00 CDT
        window.EndUtc.ShouldBe(Utc(11, 1, 12));  // 06:00 CST
        window.Length.ShouldBe(TimeSpan.FromHours(9));
    }

    [Fact]
    public void A_watch_ending_at_an_ambiguous_time_runs_through_both_occurrences()
    {
        var schedule = With(new Watch(DayOfWeek.Saturday, new TimeOnly(20, 0), new TimeOnly(1, 30))); // into 2026-11-01

        schedule.StatusAt(Utc(11, 1, 6, 45)).OnDuty.ShouldBeTrue();  // 01:45 CDT
        var secondPass = schedule.StatusAt(Utc(11, 1, 7, 15));       // 01:15 CST
        secondPass.OnDuty.ShouldBeTrue();
        secondPass.EndsAtUtc.ShouldBe(Utc(11, 1, 7, 30));            // 01:30 CST
        schedule.StatusAt(Utc(11, 1, 7, 30)).OnDuty.ShouldBeFalse();
    }

    [Fact]
    public void A_watch_starting_at_an_ambiguous_time_starts_at_its_first_occurrence()
    {
        var schedule = With(new Watch(DayOfWeek.Sunday, new TimeOnly(1, 30), new TimeOnly(4, 0))); // 2026-11-01

        var before = schedule.StatusAt(Utc(11, 1, 6, 15)); // 01:15 CDT
        before.OnDuty.ShouldBeFalse();
        before.NextWatchStartsAtUtc.ShouldBe(Utc(11, 1, 6, 30)); // 01:30 CDT
        schedule.StatusAt(Utc(11, 1, 6, 30)).OnDuty.ShouldBeTrue();
    }

    [Fact]
    public void The_next_watch_start_is_right_across_the_spring_forward_change()
    {
        var schedule = With(W(DayOfWeek.Monday, 7, 15));

        var status = schedule.StatusAt(At(2026, 3, 7, 12)); // Saturday noon CST

        status.NextWatchStartsAtUtc.ShouldBe(Utc(3, 9, 12)); // Monday 07:00 CDT
    }

    [Fact]
    public void When_the_watch_ends_a_longer_check_in_keeps_the_representative_on_duty()
    {
        var schedule = With(W(DayOfWeek.Wednesday, 7, 15));
        schedule.CheckIn(new DutyCheckIn(At(2026, 11, 25, 12), At(2026, 11, 25, 19), "sgt.kowalski"));

        schedule.StatusAt(At(2026, 11, 25, 14)).EndsAtUtc.ShouldBe(At(2026, 11, 25, 15));
        var afterWatch = schedule.StatusAt(At(2026, 11, 25, 15));
        afterWatch.Basis.ShouldBe(DutyBasis.CheckIn);
        afterWatch.EndsAtUtc.ShouldBe(At(2026, 11, 25, 19));
    }

    [Fact]
    public void A_check_in_is_named_before_an_override_and_the_override_takes_over_when_it_expires()
    {
        var schedule = new DutySchedule(ChicagoTime.Zone);
        schedule.Override(new DutyOverride(At(2026, 11, 25, 8), At(2026, 11, 25, 20), "cmdr.ortiz", "Thanksgiving traffic"));
        schedule.CheckIn(new DutyCheckIn(At(2026, 11, 25, 9), At(2026, 11, 25, 12), "sgt.kowalski"));

        var during = schedule.StatusAt(At(2026, 11, 25, 10));
        during.Basis.ShouldBe(DutyBasis.CheckIn);
        during.EndsAtUtc.ShouldBe(At(2026, 11, 25, 12));
        var after = schedule.StatusAt(At(2026, 11, 25, 12));
        after.Basis.ShouldBe(DutyBasis.Override);
        after.EndsAtUtc.ShouldBe(At(2026, 11, 25, 20));
        schedule.StatusAt(At(2026, 11, 25, 20)).ShouldBe(new DutyStatus(false, DutyBasis.None, null, null));
    }

    [Fact]
    public void Off_duty_with_a_watch_says_when_it_starts_even_while_a_grant_has_expired()
    {
        var schedule = With(W(DayOfWeek.Thursday, 7, 15));
        schedule.CheckIn(new DutyCheckIn(At(2026, 11, 25, 8), At(2026, 11, 25, 10), "sgt.kowalski"));

        var status = schedule.StatusAt(At(2026, 11, 25, 11));

        status.ShouldBe(new DutyStatus(false, DutyBasis.None, null, At(2026, 11, 26, 7)));
    }
}
