using CpdTwitter.Domain.Duty;

namespace CpdTwitter.Domain.Tests.Duty;

public sealed class DutyEntryRulesTests
{
    private static readonly DateTime Noon = new(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc);

    private static Watch W(DayOfWeek day, int startHour, int endHour) => new(day, new TimeOnly(startHour, 0), new TimeOnly(endHour, 0));

    [Fact]
    public void A_watch_that_starts_and_ends_at_the_same_time_is_refused_with_a_readable_message()
    {
        Should.Throw<DomainException>(() => W(DayOfWeek.Monday, 7, 7)).Message.ShouldBe("A watch needs different start and end times.");
    }

    [Fact]
    public void A_watch_on_a_day_that_is_not_a_weekday_is_refused()
    {
        Should.Throw<DomainException>(() => W((DayOfWeek)7, 7, 15)).Message.ShouldBe("Choose the day the watch starts.");
    }

    [Fact]
    public void A_watch_crosses_midnight_only_when_it_ends_before_it_starts()
    {
        W(DayOfWeek.Friday, 22, 6).CrossesMidnight.ShouldBeTrue();
        W(DayOfWeek.Friday, 7, 15).CrossesMidnight.ShouldBeFalse();
        W(DayOfWeek.Friday, 0, 6).CrossesMidnight.ShouldBeFalse();
    }

    [Fact]
    public void Watches_with_the_same_day_and_hours_are_equal()
    {
        W(DayOfWeek.Tuesday, 7, 15).ShouldBe(W(DayOfWeek.Tuesday, 7, 15));
        W(DayOfWeek.Tuesday, 7, 15).ShouldNotBe(W(DayOfWeek.Wednesday, 7, 15));
    }

    [Fact]
    public void A_watch_is_placed_only_on_a_date_that_falls_on_its_day()
    {
        var notMonday = Should.Throw<ArgumentException>(() => W(DayOfWeek.Monday, 7, 15).On(new DateOnly(2026, 11, 25), ChicagoTime.Zone));
        notMonday.ParamName.ShouldBe("date");
        notMonday.Message.ShouldContain("is not a Monday.");
    }

    [Fact]
    public void Two_watches_on_the_same_day_that_overlap_are_refused_but_separate_ones_are_kept()
    {
        var schedule = new DutySchedule(ChicagoTime.Zone, [W(DayOfWeek.Monday, 7, 11)]);

        schedule.AddWatch(W(DayOfWeek.Monday, 13, 17));
        Should.Throw<DomainException>(() => schedule.AddWatch(W(DayOfWeek.Monday, 10, 14))).Message.ShouldContain("Monday 07:00–11:00");
        Should.Throw<DomainException>(() => schedule.AddWatch(W(DayOfWeek.Monday, 13, 17))).Message.ShouldBe("The watch overlaps the Monday 13:00–17:00 watch.");
        schedule.Watches.Count.ShouldBe(2);
    }

    [Fact]
    public void Overlapping_watches_handed_to_the_constructor_are_refused()
    {
        Should.Throw<DomainException>(() => new DutySchedule(ChicagoTime.Zone, [W(DayOfWeek.Sunday, 22, 6), W(DayOfWeek.Monday, 5, 9)])).Message.ShouldBe("The watch overlaps the Sunday 22:00–06:00 watch.");
    }

    [Fact]
    public void A_check_in_of_exactly_sixteen_hours_is_accepted_and_a_minute_more_is_refused()
    {
        var checkIn = new DutyCheckIn(Noon, Noon.AddHours(16), "sgt.kowalski");

        checkIn.Window.Length.ShouldBe(TimeSpan.FromHours(16));
        checkIn.ConfirmedBy.ShouldBe("sgt.kowalski");
        Should.Throw<DomainException>(() => new DutyCheckIn(Noon, Noon.AddHours(16).AddMinutes(1), "sgt.kowalski")).Message.ShouldBe("A confirmed shift is at most 16 hours long.");
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Check_ins_and_overrides_in_anything_but_UTC_are_refused(DateTimeKind kind)
    {
        var start = DateTime.SpecifyKind(Noon, kind);

        Should.Throw<DomainException>(() => new DutyCheckIn(start, Noon.AddHours(1), "sgt.kowalski")).Message.ShouldContain("UTC");
        Should.Throw<DomainException>(() => new DutyOverride(Noon, DateTime.SpecifyKind(Noon.AddHours(1), kind), "cmdr.ortiz", "Storm")).Message.ShouldBe("Duty times are recorded in UTC.");
    }

    [Fact]
    public void A_check_in_needs_a_confirming_supervisor_and_an_end_after_its_start()
    {
        Should.Throw<DomainException>(() => new DutyCheckIn(Noon, Noon.AddHours(1), "  ")).Message.ShouldBe("A shift is confirmed by a sergeant or commander.");
        Should.Throw<DomainException>(() => new DutyCheckIn(Noon, Noon, "sgt.kowalski")).Message.ShouldContain("after the start");
    }

    [Fact]
    public void An_override_of_exactly_twenty_four_hours_is_accepted_and_its_reason_is_trimmed()
    {
        var grant = new DutyOverride(Noon, Noon.AddHours(24), "cmdr.ortiz", "  Marathon road closures \n");

        grant.Reason.ShouldBe("Marathon road closures");
        grant.GrantedBy.ShouldBe("cmdr.ortiz");
        grant.Window.EndUtc.ShouldBe(Noon.AddHours(24));
    }

    [Fact]
    public void An_override_reason_may_be_five_hundred_characters_but_not_more()
    {
        new DutyOverride(Noon, Noon.AddHours(1), "cmdr.ortiz", " " + new string('r', 500) + " ").Reason.Length.ShouldBe(500);
        Should.Throw<DomainException>(() => new DutyOverride(Noon, Noon.AddHours(1), "cmdr.ortiz", new string('r', 501))).Message.ShouldContain("500");
    }

    [Fact]
    public void An_override_needs_a_granting_commander_and_an_end_after_its_start()
    {
        Should.Throw<DomainException>(() => new DutyOverride(Noon, Noon.AddHours(1), "", "Storm")).Message.ShouldBe("An override is granted by a commander.");
        Should.Throw<DomainException>(() => new DutyOverride(Noon, Noon.AddHours(-1), "cmdr.ortiz", "Storm")).Message.ShouldBe("The end must come after the start.");
    }

    [Fact]
    public void The_status_is_asked_for_in_UTC_only()
    {
        Should.Throw<ArgumentException>(() => new DutySchedule(ChicagoTime.Zone).StatusAt(DateTime.SpecifyKind(Noon, DateTimeKind.Unspecified))).Message.ShouldBe("The time must be UTC. (Parameter 'utcNow')");
    }
}
