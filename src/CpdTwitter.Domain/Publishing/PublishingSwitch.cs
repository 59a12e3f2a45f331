using CpdTwitter.Domain.People;

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

    /// <summary>The account id of who paused it.</summary>
    public string? PausedById { get; private set; }

    public string? PausedByName { get; private set; }

    public string? PauseReason { get; private set; }

    /// <summary>The district requires its sergeant's approval for every post (off by default).</summary>
    public bool RequireSergeantApproval { get; private set; }

    /// <summary>Postings not reviewed within this many hours are overdue (V.B "regularly"); 72 by default.</summary>
    public int ReviewWithinHours { get; private set; } = Posts.ReviewSchedule.DefaultReviewWithinHours;

    /// <summary>
    /// Who may switch: the district's commander for a district; News Affairs (who oversee every transmission) or ISD
    /// (who run them) for the department.
    /// </summary>
    public bool MayBeSwitchedBy(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return Scope == DepartmentScope
            ? by.Is(Roles.NewsAffairs) || by.Is(Roles.IsdAdministrator)
            : by.IsCommanderOf(Scope);
    }

    public void Pause(Actor by, string reason, DateTime nowUtc)
    {
        RequireSwitcher(by);
        if (IsPaused)
        {
            throw new DomainException($"Publishing is already paused (by {PausedByName}).");
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
        PausedById = by.UserId;
        PausedByName = by.Name;
        PauseReason = text;
    }

    public void Resume(Actor by)
    {
        RequireSwitcher(by);
        if (!IsPaused)
        {
            throw new DomainException("Publishing is not paused.");
        }

        PausedAt = null;
        PausedById = null;
        PausedByName = null;
        PauseReason = null;
    }

    public void SetReviewWithin(Actor by, int hours)
    {
        RequireSwitcher(by);
        if (Scope == DepartmentScope)
        {
            throw new DomainException("The review period is a district setting.");
        }

        if (hours is < 1 or > 24 * 30)
        {
            throw DomainException.For("Hours", "Choose between 1 hour and 30 days (720 hours).");
        }

        ReviewWithinHours = hours;
    }

    public void RequireSergeant(Actor by, bool required)
    {
        RequireSwitcher(by);
        if (Scope == DepartmentScope)
        {
            throw new DomainException("Sergeant approval is a district setting.");
        }

        RequireSergeantApproval = required;
    }

    private void RequireSwitcher(Actor by)
    {
        if (!MayBeSwitchedBy(by))
        {
            throw new DomainException(Scope == DepartmentScope
                ? "Only the Office of News Affairs or ISD switches publishing for the whole department."
                : $"Only district {Scope:000}'s commander changes its publishing settings.");
        }
    }
}
