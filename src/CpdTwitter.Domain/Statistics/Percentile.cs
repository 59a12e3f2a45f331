namespace CpdTwitter.Domain.Statistics;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n values is the value at rank ⌈p/100 × n⌉ of the values
/// in ascending order (rank 1 the smallest). It is always one of the values, never an interpolation, so "p90 = 5 h" means
/// nine in ten took at most 5 hours. No values, no percentile.
/// </summary>
public static class Percentile
{
    public static int Rank(int percentile, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        // Integer arithmetic: ⌈p × n / 100⌉ without floating-point rounding (0.9 × 10 is 9.000000000000002 in doubles).
        return (int)((((long)percentile * count) + 99) / 100);
    }

    public static TimeSpan? NearestRank(IEnumerable<TimeSpan> values, int percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted[Rank(percentile, sorted.Count) - 1];
    }
}
