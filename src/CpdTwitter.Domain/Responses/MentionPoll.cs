namespace CpdTwitter.Domain.Responses;

/// <summary>
/// Where the mentions poll of one district account stands: the newest mention seen (the next poll reads after it), the
/// reads used in the current month against the budget, and whether the last poll found a gap (X serves only the 800
/// most recent mentions, so a poll that reaches back to nothing seen before may have missed some).
/// </summary>
public sealed partial class MentionPoll : Districts.IDistrictOwned
{
    public const int ResultMaxLength = 500;

    private MentionPoll()
    {
    }

    public MentionPoll(int district)
    {
        if (district <= 0)
        {
            throw new DomainException("A mentions poll belongs to a district.");
        }

        District = district;
    }

    public int District { get; private set; }

    /// <summary>The newest mention id seen; the next poll asks X for mentions after it.</summary>
    public string? SinceId { get; private set; }

    public DateTime? LastPolledAt { get; private set; }

    /// <summary>What the last poll did, in words for ISD and the Publishing page.</summary>
    public string? LastResult { get; private set; }

    /// <summary>When a poll last found no overlap with what was read before: some mentions may have been missed.</summary>
    public DateTime? GapNoticedAt { get; private set; }

    /// <summary>The UTC month <see cref="ReadsThisMonth"/> counts (its first day).</summary>
    public DateOnly? UsageMonth { get; private set; }

    /// <summary>Posts read from X in <see cref="UsageMonth"/>: what X bills and caps.</summary>
    public int ReadsThisMonth { get; private set; }

    /// <summary>Requests made to X in <see cref="UsageMonth"/>.</summary>
    public int RequestsThisMonth { get; private set; }

    /// <summary>When the budget ran out this month; polling stops until the next month.</summary>
    public DateTime? BudgetExhaustedAt { get; private set; }

    /// <summary>Which app instance polls now, so two never read the same account at once.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAt { get; private set; }

    public int Version { get; private set; }
}
