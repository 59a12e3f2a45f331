using CpdTwitter.Domain.Publishing;

namespace CpdTwitter.Domain.Tests.Publishing;

public sealed class MonthlyPostCapTests
{
    [Theory]
    [InlineData(0, 0, CapLevel.NoCap)]
    [InlineData(5_000, 0, CapLevel.NoCap)]
    [InlineData(0, 100, CapLevel.Under)]
    [InlineData(79, 100, CapLevel.Under)]
    [InlineData(80, 100, CapLevel.Near)]
    [InlineData(99, 100, CapLevel.Near)]
    [InlineData(100, 100, CapLevel.Reached)]
    [InlineData(130, 100, CapLevel.Reached)]
    [InlineData(1_199, 1_500, CapLevel.Under)]
    [InlineData(1_200, 1_500, CapLevel.Near)]
    public void Warns_from_80_per_cent_and_says_when_the_cap_is_reached(int posts, int cap, CapLevel level) =>
        new MonthlyPostCap(posts, cap).Level.ShouldBe(level);

    [Fact]
    public void The_share_is_rounded_down_and_what_is_left_never_negative()
    {
        new MonthlyPostCap(1_199, 1_500).PercentUsed.ShouldBe(79);
        new MonthlyPostCap(130, 100).Left.ShouldBe(0);
        new MonthlyPostCap(30, 100).Left.ShouldBe(70);
        new MonthlyPostCap(30, 0).PercentUsed.ShouldBeNull();
    }
}
