using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Records;

/// <summary>
/// A legal hold placed by ISD (litigation, investigation, audit): while it is in force, the records it covers cannot be
/// disposed of, whatever their retention. It is released, never deleted, and always with a reason.
/// </summary>
public sealed class LegalHold
{
    public const int ReasonMaxLength = 1000;

    private LegalHold()
    {
        Reason = PlacedBy = PlacedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public int? District { get; private set; }

    public DateOnly? FromDate { get; private set; }

    public DateOnly? ToDate { get; private set; }

    public Guid? PostId { get; private set; }

    /// <summary>The person whose records are held (the author of postings).</summary>
    public string? PersonId { get; private set; }

    public string? PersonName { get; private set; }

    public string Reason { get; private set; }

    public string PlacedBy { get; private set; }

    public string PlacedByName { get; private set; }

    public DateTime PlacedAt { get; private set; }

    public DateTime? ReleasedAt { get; private set; }

    public string? ReleasedBy { get; private set; }

    public string? ReleasedByName { get; private set; }

    public string? ReleaseReason { get; private set; }

    public bool InForce => ReleasedAt is null;

    public HoldScope Scope => new(District, FromDate, ToDate, PostId, PersonId);

    public static LegalHold Place(int? district, DateOnly? from, DateOnly? to, Guid? postId, (string Id, string Name)? person, string? reason, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RetentionSchedule.RequireIsd(by);
        HoldScope.RequireRange(from, to, nameof(ToDate));
        var hold = new LegalHold
        {
            Id = Guid.NewGuid(),
            District = district,
            FromDate = from,
            ToDate = to,
            PostId = postId,
            PersonId = person?.Id,
            PersonName = person?.Name,
            Reason = RequireReason(reason, nameof(Reason)),
            PlacedBy = by.UserId,
            PlacedByName = by.Name,
            PlacedAt = nowUtc,
        };
        if (hold.Scope.IsEmpty)
        {
            throw DomainException.For(nameof(District), "Say what the hold covers: a district, a date range, a posting or a person.");
        }

        return hold;
    }

    public void Release(string? reason, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RetentionSchedule.RequireIsd(by);
        if (!InForce)
        {
            throw new DomainException("This hold was already released.");
        }

        ReleaseReason = RequireReason(reason, nameof(ReleaseReason));
        ReleasedAt = nowUtc;
        ReleasedBy = by.UserId;
        ReleasedByName = by.Name;
    }

    public bool Covers(HeldRecord record) => InForce && Scope.Covers(record);

    private static string RequireReason(string? reason, string field)
    {
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw DomainException.For(field, "Give the reason.");
        }

        if (text.Length > ReasonMaxLength)
        {
            throw DomainException.For(field, $"The reason can have at most {ReasonMaxLength} characters.");
        }

        return text;
    }
}
