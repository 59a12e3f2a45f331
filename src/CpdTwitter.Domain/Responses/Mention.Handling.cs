using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Responses;

/// <summary>
/// How people handle a mention in the inbox. The district's representatives, sergeant and commander and News Affairs
/// handle it; ISD sees every district's inbox but does not act in it. A mention flagged as a possible media inquiry is
/// answered only by News Affairs (directive IV.F).
/// </summary>
public sealed partial class Mention
{
    /// <summary>Whether <paramref name="by"/> may close, reopen or escalate this mention.</summary>
    public bool MayBeHandledBy(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return by.Is(Roles.NewsAffairs)
            || (by.District == District && (by.Is(Roles.Representative) || by.Is(Roles.CommunityPolicingSergeant) || by.Is(Roles.Commander)));
    }

    /// <summary>Why <paramref name="by"/> may not answer this mention on X now, in words for the inbox; null when they may.</summary>
    public string? WhyNotAnswerableBy(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State != MentionState.New)
        {
            return $"This mention is {State.DisplayName().ToLowerInvariant()}; it is not waiting for an answer.";
        }

        if (!AddressesAccount)
        {
            return "X accepts a reply from the district account only to a post that mentions or quotes it, and this post does neither, so it cannot be answered on X.";
        }

        if (FlaggedAsMedia && !by.Is(Roles.NewsAffairs))
        {
            return "This may be a media inquiry: only News Affairs answers it (S02-03-10 IV.F). Send it to News Affairs instead.";
        }

        if (!(by.District == District && by.Is(Roles.Representative)) && !by.Is(Roles.NewsAffairs))
        {
            return "Only the district's representatives answer its mentions on X.";
        }

        return null;
    }

    /// <summary>The poll found it may be a media inquiry: from a press-list handle, or asking for comment or a statement.</summary>
    public void Flag(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        FlaggedAsMedia = true;
        FlagReason = reason.Length > FlagReasonMaxLength ? reason[..FlagReasonMaxLength] : reason;
    }

    public void CloseWithoutResponse(Actor by, string? reason, DateTime nowUtc)
    {
        RequireHandler(by, "close");
        RequireState(MentionState.New, "closed");
        var trimmed = (reason ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw DomainException.For("Reason", "Say why no response is needed (for example: thanks only, already answered, spam).");
        }

        if (trimmed.Length > ReasonMaxLength)
        {
            throw DomainException.For("Reason", TextRules.TooLong("The reason", ReasonMaxLength, trimmed.Length));
        }

        if (TextRules.Problem(trimmed) is { } problem)
        {
            throw DomainException.For("Reason", TextRules.Message("The reason", problem));
        }

        NoResponseReason = trimmed;
        Handled(by, MentionState.NoResponseNeeded, nowUtc);
    }

    /// <summary>Back to New after it was closed without a response (closed by mistake, or the author asked again).</summary>
    public void Reopen(Actor by, DateTime nowUtc)
    {
        RequireHandler(by, "reopen");
        RequireState(MentionState.NoResponseNeeded, "reopened");
        NoResponseReason = null;
        State = MentionState.New;
        HandledAt = null;
        HandledById = HandledByName = null;
        Touch(nowUtc);
    }

    /// <summary>Handed to News Affairs as the media inquiry <paramref name="inquiryId"/> (which links back to this mention).</summary>
    public void Escalate(Actor by, Guid inquiryId, DateTime nowUtc)
    {
        RequireHandler(by, "send to News Affairs");
        if (State is not (MentionState.New or MentionState.NoResponseNeeded))
        {
            throw new DomainException($"This mention is {State.DisplayName().ToLowerInvariant()}; it cannot become a media inquiry now.");
        }

        MediaInquiryId = inquiryId;
        NoResponseReason = null;
        Handled(by, MentionState.Escalated, nowUtc);
    }

    /// <summary>A response to it was published on X. The answer is what counts, so this holds whatever the inbox said before.</summary>
    public void MarkResponded(string authorId, string authorName, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
        // A reason for not responding no longer holds once it has been answered.
        NoResponseReason = null;
        State = MentionState.Responded;
        HandledAt = nowUtc;
        HandledById = authorId;
        HandledByName = authorName;
        Touch(nowUtc);
    }

    private void Handled(Actor by, MentionState state, DateTime nowUtc)
    {
        State = state;
        HandledAt = nowUtc;
        HandledById = by.UserId;
        HandledByName = by.Name;
        Touch(nowUtc);
    }

    private void RequireHandler(Actor by, string verb)
    {
        if (!MayBeHandledBy(by))
        {
            throw new DomainException($"Only the district's representatives, sergeant and commander, or News Affairs, may {verb} a mention.");
        }
    }

    private void RequireState(MentionState state, string verb)
    {
        if (State != state)
        {
            throw new DomainException($"This mention is {State.DisplayName().ToLowerInvariant()}; it cannot be {verb}.");
        }
    }
}
