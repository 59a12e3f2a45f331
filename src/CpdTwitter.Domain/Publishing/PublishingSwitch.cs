namespace CpdTwitter.Domain.Publishing;

/// <summary>
/// A pause switch: a district's (its commander) or the department's (News Affairs or ISD). Paused posts wait in
/// the queue and nothing is lost; resuming sends them in order.
/// </summary>
public sealed class PublishingSwitch
{
    public const int DepartmentScope = 0;
    public const int ReasonMaxLength = 500;

    private PublishingSwitch()
    {
    }

    public PublishingSwitch(int scope)
    {
        Scope = scope;
    }

    /// <summary>A district number, or <see cref="DepartmentScope"/> for every district.</summary>
    public int Scope { get; private set; }

    public bool IsPaused => PausedAt is not null;

    public DateTime? PausedAt { get; private set; }

    public string? PausedBy { get; private set; }

    public string? PauseReason { get; private set; }

    /// <summary>The district requires its sergeant's approval for every post (off by default).</summary>
    public bool RequireSergeantApproval { get; private set; }

    /// <summary>Postings not reviewed within this many hours are overdue (V.B "regularly"); 72 by default.</summary>
    public int ReviewWithinHours { get; private set; } = Posts.ReviewSchedule.DefaultReviewWithinHours;

    public void Pause(string by, string reason, DateTime nowUtc)
    {
        if (IsPaused)
        {
            throw new DomainException($"Publishing is already paused (by {PausedBy}).");
        }

        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainException("Say why publishing is paused; everyone who sees the pause reads it.");
        }

        if (text.Length > ReasonMaxLength)
        {
            throw new DomainException($"Keep the reason under {ReasonMaxLength} characters.");
        }

        PausedAt = nowUtc;
        PausedBy = by;
        PauseReason = text;
    }

    public void Resume()
    {
        if (!IsPaused)
        {
            throw new DomainException("Publishing is not paused.");
        }

        PausedAt = null;
        PausedBy = null;
        PauseReason = null;
    }

    public void SetReviewWithin(int hours)
    {
        if (Scope == DepartmentScope)
        {
            throw new DomainException("The review period is a district setting.");
        }

        if (hours is < 1 or > 24 * 30)
        {
            throw new DomainException("Choose between 1 hour and 30 days (720 hours).");
        }

        ReviewWithinHours = hours;
    }

    public void RequireSergeant(bool required)
    {
        if (Scope == DepartmentScope)
        {
            throw new DomainException("Sergeant approval is a district setting.");
        }

        RequireSergeantApproval = required;
    }
}
