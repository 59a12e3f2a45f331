using CpdTwitter.Domain.Statistics;

namespace CpdTwitter.Domain.Tests.Statistics;

public sealed class PercentileTests
{
    private static TimeSpan[] Hours(params int[] hours) => [.. hours.Select(h => TimeSpan.FromHours(h))];

    [Theory]
    [InlineData(50, 1, 1)]
    [InlineData(90, 1, 1)]
    [InlineData(50, 2, 1)]
    [InlineData(50, 10, 5)]
    [InlineData(90, 10, 9)]
    [InlineData(90, 11, 10)]
    [InlineData(50, 11, 6)]
    [InlineData(100, 7, 7)]
    [InlineData(1, 7, 1)]
    public void The_rank_is_the_smallest_whole_number_at_least_p_percent_of_n(int percentile, int count, int rank) =>
        Percentile.Rank(percentile, count).ShouldBe(rank);

    [Fact]
    public void The_percentile_is_one_of_the_values_never_an_average_of_two()
    {
        var waits = Hours(4, 1, 3, 2);

        Percentile.NearestRank(waits, 50).ShouldBe(TimeSpan.FromHours(2));
        Percentile.NearestRank(waits, 90).ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public void Ten_values_give_the_fifth_and_the_ninth()
    {
        var waits = Hours(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

        Percentile.NearestRank(waits, 50).ShouldBe(TimeSpan.FromHours(5));
        Percentile.NearestRank(waits, 90).ShouldBe(TimeSpan.FromHours(9));
    }

    [Fact]
    public void One_value_is_every_percentile_and_no_values_have_none()
    {
        Percentile.NearestRank(Hours(3), 50).ShouldBe(TimeSpan.FromHours(3));
        Percentile.NearestRank(Hours(3), 90).ShouldBe(TimeSpan.FromHours(3));
        Percentile.NearestRank([], 50).ShouldBeNull();
    }

    [Fact]
    public void A_percentile_outside_1_to_100_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Percentile.Rank(0, 5));
        Should.Throw<ArgumentOutOfRangeException>(() => Percentile.Rank(101, 5));
    }
}
