using CpdTwitter.Domain.Duty;

namespace CpdTwitter.Domain.Tests.Duty;

public sealed class DutyScheduleTests
{
    /// <summary>A Chicago wall-clock time as UTC (unambiguous times only).</summary>
    private static DateTime At(int year, int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), ChicagoTime.Zone);

    private static DutySchedule With(params Watch[] watches) => new(ChicagoTime.Zone, watches);

    private static Watch W(DayOfWeek day, int startHour, int endHour) => new(day, new TimeOnly(startHour, 0), new TimeOnly(endHour, 0));

    [Fact]
    public void A_day_watch_covers_its_hours_start_inclusive_end_exclusive()
    {
        var schedule = With(W(DayOfWeek.Wednesday, 7, 15)); // 2026-11-25 is a Wednesday

        schedule.StatusAt(At(2026, 11, 25, 6, 59)).OnDuty.ShouldBeFalse();
        schedule.StatusAt(At(2026, 11, 25, 7)).OnDuty.ShouldBeTrue();
        schedule.StatusAt(At(2026, 11, 25, 14, 59)).OnDuty.ShouldBeTrue();
        schedule.StatusAt(At(2026, 11, 25, 15)).OnDuty.ShouldBeFalse();
        schedule.StatusAt(At(2026, 11, 26, 8)).OnDuty.ShouldBeFalse();
    }

    [Fact]
    public void On_duty_says_when_the_watch_ends()
    {
        var status = With(W(DayOfWeek.Wednesday, 7, 15)).StatusAt(At(2026, 11, 25, 10));

        status.Basis.ShouldBe(DutyBasis.Watch);
        status.EndsAtUtc.ShouldBe(At(2026, 11, 25, 15));
    }

    [Fact]
    public void An_overnight_watch_runs_past_midnight_into_the_next_day()
    {
        var schedule = With(W(DayOfWeek.Friday, 22, 6)); // Friday 2026-11-27 22:00 to Saturday 06:00

        schedule.StatusAt(At(2026, 11, 27, 23)).OnDuty.ShouldBeTrue();
        schedule.StatusAt(At(2026, 11, 28, 3)).OnDuty.ShouldBeTrue();
        schedule.StatusAt(At(2026, 11, 28, 6)).OnDuty.ShouldBeFalse();
        schedule.StatusAt(At(2026, 11, 27, 3)).OnDuty.ShouldBeFalse(); // Friday early morning belongs to Thursday night
    }

    [Fact]
    public void A_Sunday_night_watch_covers_Monday_morning()
    {
        var schedule = With(W(DayOfWeek.Sunday, 22, 6)); // Sunday 2026-11-29

        schedule.StatusAt(At(2026, 11, 30, 3)).OnDuty.ShouldBeTrue();
    }

    [Fact]
    public void Off_duty_says_when_the_next_watch_starts()
    {
        var schedule = With(W(DayOfWeek.Monday, 7, 15), W(DayOfWeek.Thursday, 15, 23));

        var status = schedule.StatusAt(At(2026, 11, 25, 16)); // Wednesday afternoon

        status.OnDuty.ShouldBeFalse();
        status.Basis.ShouldBe(DutyBasis.None);
        status.NextWatchStartsAtUtc.ShouldBe(At(2026, 11, 26, 15));
    }

    [Fact]
    public void Without_watches_there_is_no_next_watch()
    {
        new DutySchedule(ChicagoTime.Zone).StatusAt(At(2026, 11, 25, 12)).NextWatchStartsAtUtc.ShouldBeNull();
    }

    [Fact]
    public void On_the_spring_forward_night_an_overnight_watch_lasts_five_real_hours()
    {
        var window = W(DayOfWeek.Sunday, 0, 6).On(new DateOnly(2026, 3, 8), ChicagoTime.Zone);

        window.Length.ShouldBe(TimeSpan.FromHours(5));
        window.StartUtc.ShouldBe(new DateTime(2026, 3, 8, 6, 0, 0, DateTimeKind.Utc)); // 00:00 CST
        window.EndUtc.ShouldBe(new DateTime(2026, 3, 8, 11, 0, 0, DateTimeKind.Utc));  // 06:00 CDT
    }

    [Fact]
    public void A_watch_starting_in_the_spring_forward_gap_starts_after_it()
    {
        var window = new Watch(DayOfWeek.Sunday, new TimeOnly(2, 30), new TimeOnly(10, 0)).On(new DateOnly(2026, 3, 8), ChicagoTime.Zone);

        window.StartUtc.ShouldBe(new DateTime(2026, 3, 8, 8, 30, 0, DateTimeKind.Utc)); // 03:30 CDT: shifted by the gap
        With(new Watch(DayOfWeek.Sunday, new TimeOnly(2, 30), new TimeOnly(10, 0)))
            .StatusAt(new DateTime(2026, 3, 8, 8, 45, 0, DateTimeKind.Utc)).OnDuty.ShouldBeTrue();
    }

    [Fact]
    public void On_the_fall_back_night_an_overnight_watch_lasts_seven_real_hours_and_covers_both_one_thirties()
    {
        var watch = W(DayOfWeek.Sunday, 0, 6);
        var window = watch.On(new DateOnly(2026, 11, 1), ChicagoTime.Zone);
        var schedule = With(watch);

        window.Length.ShouldBe(TimeSpan.FromHours(7));
        schedule.StatusAt(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc)).OnDuty.ShouldBeTrue(); // 01:30 CDT
        schedule.StatusAt(new DateTime(2026, 11, 1, 7, 30, 0, DateTimeKind.Utc)).OnDuty.ShouldBeTrue(); // 01:30 CST
        schedule.StatusAt(new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc)).OnDuty.ShouldBeFalse(); // 06:00 CST
    }

    [Fact]
    public void An_ambiguous_start_is_its_first_occurrence_and_an_ambiguous_end_its_second()
    {
        var window = new Watch(DayOfWeek.Sunday, new TimeOnly(1, 30), new TimeOnly(1, 45)).On(new DateOnly(2026, 11, 1), ChicagoTime.Zone);

        window.StartUtc.ShouldBe(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc));
        window.EndUtc.ShouldBe(new DateTime(2026, 11, 1, 7, 45, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_next_watch_start_is_right_across_a_daylight_saving_change()
    {
        var schedule = With(W(DayOfWeek.Monday, 7, 15));

        var status = schedule.StatusAt(new DateTime(2026, 10, 31, 18, 0, 0, DateTimeKind.Utc)); // Saturday, CDT

        status.NextWatchStartsAtUtc.ShouldBe(new DateTime(2026, 11, 2, 13, 0, 0, DateTimeKind.Utc)); // Monday 07:00 CST
    }

    [Fact]
    public void A_confirmed_shift_puts_the_representative_on_duty_until_it_expires()
    {
        var schedule = new DutySchedule(ChicagoTime.Zone);
        schedule.CheckIn(new DutyCheckIn(At(2026, 11, 25, 18), At(2026, 11, 26, 2), "sgt.kowalski"));

        var during = schedule.StatusAt(At(2026, 11, 25, 20));
        during.OnDuty.ShouldBeTrue();
        during.Basis.ShouldBe(DutyBasis.CheckIn);
        during.EndsAtUtc.ShouldBe(At(2026, 11, 26, 2));
        schedule.StatusAt(At(2026, 11, 26, 2)).OnDuty.ShouldBeFalse();
    }

    [Fact]
    public void An_override_puts_the_representative_on_duty_until_it_expires()
    {
        var schedule = new DutySchedule(ChicagoTime.Zone);
        schedule.Override(new DutyOverride(At(2026, 11, 25, 9), At(2026, 11, 25, 11), "cmdr.ortiz", "Water main break: live updates"));

        schedule.StatusAt(At(2026, 11, 25, 10)).Basis.ShouldBe(DutyBasis.Override);
        schedule.StatusAt(At(2026, 11, 25, 11)).OnDuty.ShouldBeFalse();
    }

    [Fact]
    public void A_watch_is_named_as_the_basis_before_a_check_in_or_an_override()
    {
        var schedule = With(W(DayOfWeek.Wednesday, 7, 15));
        schedule.CheckIn(new DutyCheckIn(At(2026, 11, 25, 6), At(2026, 11, 25, 12), "sgt.kowalski"));
        schedule.Override(new DutyOverride(At(2026, 11, 25, 6), At(2026, 11, 25, 12), "cmdr.ortiz", "Parade"));

        schedule.StatusAt(At(2026, 11, 25, 8)).Basis.ShouldBe(DutyBasis.Watch);
        schedule.StatusAt(At(2026, 11, 25, 6, 30)).Basis.ShouldBe(DutyBasis.CheckIn);
    }

    [Fact]
    public void Overlapping_watches_are_refused()
    {
        var schedule = With(W(DayOfWeek.Friday, 22, 6));

        Should.Throw<DomainException>(() => schedule.AddWatch(W(DayOfWeek.Saturday, 5, 9))).Message.ShouldContain("overlaps");
        Should.Throw<DomainException>(() => With(W(DayOfWeek.Saturday, 22, 6)).AddWatch(W(DayOfWeek.Sunday, 1, 3))).Message.ShouldBe("The watch overlaps the Saturday 22:00–06:00 watch.");
        schedule.AddWatch(W(DayOfWeek.Saturday, 6, 14)); // back to back is fine
        schedule.Watches.Count.ShouldBe(2);
    }

    [Fact]
    public void Invalid_duty_entries_are_refused()
    {
        Should.Throw<DomainException>(() => new Watch(DayOfWeek.Monday, new TimeOnly(7, 0), new TimeOnly(7, 0))).Message.ShouldBe("A watch needs different start and end times.");
        Should.Throw<DomainException>(() => new DutyCheckIn(DateTime.Now, DateTime.Now.AddHours(1), "sgt")).Message.ShouldBe("Duty times are recorded in UTC.");
        Should.Throw<DomainException>(() => new DutyCheckIn(At(2026, 11, 25, 6), At(2026, 11, 25, 23), "sgt")).Message.ShouldContain("16 hours");
        Should.Throw<DomainException>(() => new DutyCheckIn(At(2026, 11, 25, 6), At(2026, 11, 25, 5), "sgt")).Message.ShouldBe("The end must come after the start.");
        Should.Throw<DomainException>(() => new DutyOverride(At(2026, 11, 25, 6), At(2026, 11, 25, 8), "cmdr", " ")).Message.ShouldContain("reason");
        Should.Throw<DomainException>(() => new DutyOverride(At(2026, 11, 25, 6), At(2026, 11, 26, 8), "cmdr", "Storm")).Message.ShouldContain("24 hours");
    }
}
