namespace CpdTwitter.Domain.Duty;

/// <summary>An irregular shift, confirmed by the district's sergeant or commander; it expires at its end.</summary>
public sealed record DutyCheckIn
{
    public static readonly TimeSpan MaximumLength = TimeSpan.FromHours(16);

    public DutyCheckIn(DateTime startUtc, DateTime endUtc, string confirmedBy)
    {
        Guard.Utc(startUtc, endUtc);
        if (endUtc - startUtc > MaximumLength)
        {
            throw new DomainException("A confirmed shift is at most 16 hours long.");
        }

        if (string.IsNullOrWhiteSpace(confirmedBy))
        {
            throw new DomainException("A shift is confirmed by a sergeant or commander.");
        }

        Window = new DutyWindow(startUtc, endUtc);
        ConfirmedBy = confirmedBy;
    }

    public DutyWindow Window { get; }

    public string ConfirmedBy { get; }
}

/// <summary>A commander's time-boxed permission to act outside duty hours, with the reason kept.</summary>
public sealed record DutyOverride
{
    public const int ReasonMaxLength = 500;
    public static readonly TimeSpan MaximumLength = TimeSpan.FromHours(24);

    public DutyOverride(DateTime fromUtc, DateTime untilUtc, string grantedBy, string reason)
    {
        Guard.Utc(fromUtc, untilUtc);
        if (untilUtc - fromUtc > MaximumLength)
        {
            throw new DomainException("An override lasts at most 24 hours.");
        }

        if (string.IsNullOrWhiteSpace(grantedBy))
        {
            throw new DomainException("An override is granted by a commander.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            throw new DomainException($"Give the reason for the override (at most {ReasonMaxLength} characters).");
        }

        Window = new DutyWindow(fromUtc, untilUtc);
        GrantedBy = grantedBy;
        Reason = reason.Trim();
    }

    public DutyWindow Window { get; }

    public string GrantedBy { get; }

    public string Reason { get; }
}

internal static class Guard
{
    public static void Utc(DateTime start, DateTime end)
    {
        if (start.Kind != DateTimeKind.Utc || end.Kind != DateTimeKind.Utc)
        {
            throw new DomainException("Duty times are recorded in UTC.");
        }

        if (end <= start)
        {
            throw new DomainException("The end must come after the start.");
        }
    }
}
