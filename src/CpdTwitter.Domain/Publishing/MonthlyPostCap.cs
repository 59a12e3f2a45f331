namespace CpdTwitter.Domain.Publishing;

public enum CapLevel
{
    /// <summary>No cap is configured (<c>X:MonthlyPostCap</c> 0 or unset).</summary>
    NoCap = 0,
    Under = 1,

    /// <summary>At least <see cref="MonthlyPostCap.WarnAtPercent"/> % of the cap used.</summary>
    Near = 2,

    /// <summary>The cap is used up: X refuses further posts until the month ends.</summary>
    Reached = 3,
}

/// <summary>This month's posts against the X plan's monthly post cap (the plan counts every post created, deleted ones too).</summary>
public sealed record MonthlyPostCap(int Posts, int Cap)
{
    public const int WarnAtPercent = 80;

    public CapLevel Level =>
        Cap <= 0 ? CapLevel.NoCap
        : Posts >= Cap ? CapLevel.Reached
        : (long)Posts * 100 >= (long)Cap * WarnAtPercent ? CapLevel.Near
        : CapLevel.Under;

    /// <summary>The share of the cap used, in whole per cent (rounded down, so 79.9 % is not yet "80 %"); null without a cap.</summary>
    public int? PercentUsed => Cap <= 0 ? null : (int)Math.Min(int.MaxValue, (long)Posts * 100 / Cap);

    public int? Left => Cap <= 0 ? null : Math.Max(0, Cap - Posts);
}
