using CpdTwitter.Domain.Records;

namespace CpdTwitter.Domain.Tests.Records;

public sealed class IllinoisHolidayTests
{
    [Theory]
    [InlineData(2026, 1, 19, "Dr. Martin Luther King, Jr.'s Birthday")]
    [InlineData(2026, 2, 12, "Lincoln's Birthday")]
    [InlineData(2026, 2, 16, "Presidents Day")]
    [InlineData(2026, 3, 2, "Casimir Pulaski Day")]
    [InlineData(2026, 5, 25, "Memorial Day")]
    [InlineData(2026, 6, 19, "Juneteenth National Freedom Day")]
    [InlineData(2026, 9, 7, "Labor Day")]
    [InlineData(2026, 10, 12, "Columbus Day")]
    [InlineData(2026, 11, 11, "Veterans Day")]
    [InlineData(2026, 11, 26, "Thanksgiving Day")]
    [InlineData(2026, 11, 27, "Day after Thanksgiving")]
    [InlineData(2026, 12, 25, "Christmas Day")]
    public void The_2026_calendar_has_each_State_holiday_on_its_day(int year, int month, int day, string name) =>
        IllinoisHolidays.For(year).ShouldContain((new DateOnly(year, month, day), name));

    [Fact]
    public void A_Sunday_holiday_is_observed_the_following_Monday_and_a_Saturday_one_is_not_moved()
    {
        // July 4, 2027 is a Sunday; Lincoln's Birthday 2028 (Feb 12) is a Saturday.
        IllinoisHolidays.IsHoliday(new DateOnly(2027, 7, 5)).ShouldBeTrue();
        IllinoisHolidays.IsHoliday(new DateOnly(2027, 7, 4)).ShouldBeFalse();
        IllinoisHolidays.IsBusinessDay(new DateOnly(2028, 2, 11)).ShouldBeTrue();
        IllinoisHolidays.IsBusinessDay(new DateOnly(2028, 2, 14)).ShouldBeTrue();
    }

    [Fact]
    public void Five_business_days_skip_the_weekend()
    {
        // Received Wednesday Nov 4, 2026: Thu 5, Fri 6, Mon 9, Tue 10, Thu 12 (Nov 11 is Veterans Day).
        IllinoisHolidays.AddBusinessDays(new DateOnly(2026, 11, 4), 5).ShouldBe(new DateOnly(2026, 11, 12));
    }

    [Fact]
    public void Five_business_days_over_Thanksgiving_skip_both_days()
    {
        // Received Tue Nov 24, 2026: Wed 25, (Thu 26, Fri 27 holidays), Mon 30, Tue Dec 1, Wed 2, Thu 3.
        IllinoisHolidays.AddBusinessDays(new DateOnly(2026, 11, 24), 5).ShouldBe(new DateOnly(2026, 12, 3));
    }

    [Fact]
    public void Business_days_run_across_the_new_year()
    {
        // Received Wed Dec 23, 2026: Thu 24, (Fri 25 Christmas), Mon 28, Tue 29, Wed 30, Thu 31.
        IllinoisHolidays.AddBusinessDays(new DateOnly(2026, 12, 23), 5).ShouldBe(new DateOnly(2026, 12, 31));

        // Received Wed Dec 29, 2027: Thu 30, Fri 31, (Sat Jan 1, 2028 not moved), Mon 3, Tue 4, Wed 5.
        IllinoisHolidays.AddBusinessDays(new DateOnly(2027, 12, 29), 5).ShouldBe(new DateOnly(2028, 1, 5));

        // New Year's Day 2023 was a Sunday, observed Monday Jan 2.
        IllinoisHolidays.IsBusinessDay(new DateOnly(2023, 1, 2)).ShouldBeFalse();
    }

    [Fact]
    public void A_request_received_on_a_weekend_counts_from_the_next_business_day()
    {
        // Received Saturday Feb 27, 2027: Mon Mar 1 (Pulaski Day), so Tue 2, Wed 3, Thu 4, Fri 5, Mon 8.
        IllinoisHolidays.AddBusinessDays(new DateOnly(2027, 2, 27), 5).ShouldBe(new DateOnly(2027, 3, 8));
    }

    [Fact]
    public void Business_days_between_counts_after_the_first_day_up_to_the_last()
    {
        IllinoisHolidays.BusinessDaysBetween(new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 12)).ShouldBe(5);
    }
}
