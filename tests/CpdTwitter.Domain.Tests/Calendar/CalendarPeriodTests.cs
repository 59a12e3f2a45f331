using CpdTwitter.Domain.Calendar;

namespace CpdTwitter.Domain.Tests.Calendar;

public sealed class CalendarPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static CalendarPeriod Read(string? month = null, string? week = null, string? day = null) =>
        CalendarPeriod.Parse(month, week, day, Today).Period ?? throw new InvalidOperationException("not read");

    [Fact]
    public void A_month_is_shown_in_whole_weeks_from_sunday_to_saturday_across_the_year_end()
    {
        var january = Read(month: "2026-01");

        january.First.ShouldBe(new DateOnly(2025, 12, 28));
        january.First.DayOfWeek.ShouldBe(DayOfWeek.Sunday);
        january.Last.ShouldBe(new DateOnly(2026, 1, 31));
        january.Days.Count.ShouldBe(35);
        january.ListedDays.First().ShouldBe(new DateOnly(2026, 1, 1));
        january.ListedDays.Count.ShouldBe(31);
        january.InMonth(new DateOnly(2025, 12, 31)).ShouldBeFalse();
    }

    [Fact]
    public void A_february_that_starts_on_a_sunday_is_exactly_four_weeks()
    {
        var february = Read(month: "2026-02");

        february.Days.Count.ShouldBe(28);
        february.Last.ShouldBe(new DateOnly(2026, 2, 28));
        february.Previous.Value.ShouldBe("2026-01");
        february.Next.Value.ShouldBe("2026-03");
    }

    [Fact]
    public void A_week_is_the_sunday_to_saturday_around_the_day_named()
    {
        var week = Read(week: "2026-03-11");

        week.First.ShouldBe(new DateOnly(2026, 3, 8));
        week.Last.ShouldBe(new DateOnly(2026, 3, 14));
        week.Value.ShouldBe("2026-03-08");
        week.Next.Value.ShouldBe("2026-03-15");
        week.Previous.Value.ShouldBe("2026-03-01");
        week.Title.ShouldBe("Week of 8 March 2026");
    }

    [Fact]
    public void The_day_clocks_spring_forward_is_23_hours_and_the_day_they_fall_back_25()
    {
        var spring = new DateOnly(2026, 3, 8);
        var fall = new DateOnly(2026, 11, 1);

        (CalendarPeriod.StartUtc(spring.AddDays(1)) - CalendarPeriod.StartUtc(spring)).ShouldBe(TimeSpan.FromHours(23));
        (CalendarPeriod.StartUtc(fall.AddDays(1)) - CalendarPeriod.StartUtc(fall)).ShouldBe(TimeSpan.FromHours(25));
        CalendarPeriod.StartUtc(spring).ShouldBe(new DateTime(2026, 3, 8, 6, 0, 0, DateTimeKind.Utc));
        CalendarPeriod.StartUtc(spring.AddDays(1)).ShouldBe(new DateTime(2026, 3, 9, 5, 0, 0, DateTimeKind.Utc));
        CalendarPeriod.StartUtc(fall.AddDays(1)).ShouldBe(new DateTime(2026, 11, 2, 6, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_dst_week_spans_its_days_in_chicago_not_seven_times_24_hours()
    {
        var week = Read(week: "2026-03-08");

        week.FromUtc.ShouldBe(new DateTime(2026, 3, 8, 6, 0, 0, DateTimeKind.Utc));
        week.UntilUtc.ShouldBe(new DateTime(2026, 3, 15, 5, 0, 0, DateTimeKind.Utc));
        (week.UntilUtc - week.FromUtc).ShouldBe(TimeSpan.FromHours((7 * 24) - 1));
    }

    [Fact]
    public void Nothing_named_means_this_month_and_the_day_wins_over_the_week_and_the_month()
    {
        var parsed = CalendarPeriod.Parse(null, null, null, Today);
        parsed.Period.ShouldBe(new CalendarPeriod(CalendarView.Month, Today));

        Read(month: "2026-03", week: "2026-03-08", day: "2026-03-10").View.ShouldBe(CalendarView.Day);
        Read(month: "2026-03", week: "2026-03-10").View.ShouldBe(CalendarView.Week);
    }

    [Theory]
    [InlineData("13", null, null, "month", "like 2026-03")]
    [InlineData("2026-13", null, null, "month", "months 01 to 12")]
    [InlineData(null, "garbage", null, "week", "like 2026-03-08")]
    [InlineData(null, "2026-02-30", null, "week", "like 2026-03-08")]
    [InlineData(null, null, "tomorrow", "day", "like 2026-03-08")]
    [InlineData("1999-12", null, null, "month", "between 1 January 2000")]
    [InlineData(null, null, "9999-12-31", "day", "between 1 January 2000")]
    public void A_period_not_understood_names_its_field_and_says_what_to_enter(string? month, string? week, string? day, string field, string message)
    {
        var parsed = CalendarPeriod.Parse(month, week, day, Today);

        parsed.Period.ShouldBeNull();
        parsed.Field.ShouldBe(field);
        parsed.Error.ShouldNotBeNull().ShouldContain(message);
    }
}
