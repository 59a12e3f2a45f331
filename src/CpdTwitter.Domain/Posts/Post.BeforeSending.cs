namespace CpdTwitter.Domain.Posts;

/// <summary>What changed in a queued post before it went out.</summary>
/// <param name="TextChanged">The text changed: a new revision.</param>
/// <param name="Rescheduled">The go-out time changed.</param>
/// <param name="PreviousScheduleUtc">The go-out time before the change (null: as soon as released).</param>
/// <param name="State">Queued, or back with News Affairs or the sergeant when the changed text needs their approval again.</param>
public sealed record QueuedChange(bool TextChanged, bool Rescheduled, DateTime? PreviousScheduleUtc, PostState State);

/// <summary>
/// Changing or cancelling an approved (queued) post before it is sent (issue #13). Only while it is queued: once the
/// publisher has claimed it, the infrastructure refuses the change (the outbox lease), and after it is sent it can only be
/// discontinued. The author (on duty, on a Department device, as for submitting: checked by the caller) or the district's
/// sergeant or commander may act.
/// </summary>
public sealed partial class Post
{
    public const string NotQueuedMessage = "It is too late to change or cancel this post: it is no longer waiting to go out.";

    /// <summary>The author, or the district's sergeant or commander, may change or cancel the post while it is queued.</summary>
    public bool MayBeChangedBeforeSendingBy(string userId, PostApprover? approver) =>
        State == PostState.Queued && MayChangeBeforeSending(userId, approver);

    /// <summary>
    /// Changes the go-out time and/or the text of a queued post. A new text is a new revision and is checked again: it goes
    /// back to News Affairs when the new text is a matter for them or News Affairs approved the post before, and to the
    /// sergeant when the district requires their approval. A new go-out time alone keeps the approval.
    /// </summary>
    public QueuedChange ChangeBeforeSending(string userId, string name, PostApprover? approver, string text, DateTime? scheduledForUtc, PolicyReview review, bool districtRequiresSergeant, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(review);
        RequireMayChangeBeforeSending(userId, approver, "change");
        var newText = PostContent.NormalizeText(text);
        var textChanged = !string.Equals(newText, Text, StringComparison.Ordinal);
        var rescheduled = scheduledForUtc != ScheduledFor;
        if (!textChanged && !rescheduled)
        {
            throw new DomainException("Nothing was changed: change the text or the go-out time.");
        }

        if (rescheduled && scheduledForUtc is { } at && at <= nowUtc)
        {
            throw DomainException.For(nameof(ScheduledFor), "That time has passed. Choose a later time, or leave it empty to send the post now.");
        }

        var previous = ScheduledFor;
        if (!textChanged)
        {
            ScheduledFor = scheduledForUtc;
            Touch(nowUtc);
            return new QueuedChange(false, true, previous, State);
        }

        if (string.IsNullOrWhiteSpace(newText))
        {
            throw DomainException.For(nameof(PostContent.Text), "Write the post; to stop it, cancel it instead.");
        }

        var measure = TweetText.Measure(newText);
        if (!measure.IsValid)
        {
            throw DomainException.For(nameof(PostContent.Text), measure.WeightedLength > TweetText.MaxWeightedLength
                ? $"The post is {measure.WeightedLength} characters as X counts them; the limit is {TweetText.MaxWeightedLength}."
                : "The post contains a character X does not accept (such as U+FFFE or U+FEFF); remove it.");
        }

        if (review.NeedsJustification && string.IsNullOrWhiteSpace(Justification))
        {
            throw DomainException.For(nameof(PostContent.Text), "The new text links off the allowed sites or uses promotional wording: take it out, or cancel this post and write a new one with a justification.");
        }

        var byAuthor = string.Equals(userId, AuthorId, StringComparison.Ordinal);
        var wasNewsAffairs = string.Equals(ApprovedByRole, PostApprover.NewsAffairsRole, StringComparison.Ordinal) || RoutingReasons.Length > 0;
        Apply(new PostContent(Category, newText, scheduledForUtc, MarkedNotable, Justification, EventDate), byAuthor ? RevisionKind.Saved : RevisionKind.ApproverEdit, userId, name, nowUtc);
        if (review.RoutesToNewsAffairs || MarkedNotable || wasNewsAffairs)
        {
            RoutingReasons = string.Join('\n', review.RoutingReasons.DefaultIfEmpty("The text changed after the Office of News Affairs approved it."));
            SendBackForApproval(PostState.AwaitingNewsAffairs, nowUtc);
        }
        else if (districtRequiresSergeant)
        {
            SendBackForApproval(PostState.AwaitingSergeant, nowUtc);
        }

        return new QueuedChange(true, rescheduled, previous, State);
    }

    /// <summary>The author withdraws their queued post before it goes out (a supervisor uses <see cref="Cancel"/>).</summary>
    public void CancelBeforeSending(string userId, string name, PostApprover? approver, DiscontinueReason reason, string? note, DateTime nowUtc)
    {
        if (!string.Equals(userId, AuthorId, StringComparison.Ordinal) && approver is not null)
        {
            Cancel(approver, reason, note, nowUtc);
            return;
        }

        RequireMayChangeBeforeSending(userId, approver, "cancel");
        RequireReason(reason, note);

        DiscontinueReason = reason;
        DiscontinueNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DiscontinuedBy = userId;
        DiscontinuedByName = name;
        DiscontinuedAt = nowUtc;
        TakenDownAt = nowUtc;
        State = PostState.Cancelled;
        Touch(nowUtc);
    }

    private bool MayChangeBeforeSending(string userId, PostApprover? approver) =>
        string.Equals(userId, AuthorId, StringComparison.Ordinal) || approver?.SupervisesDistrict == District;

    private void RequireMayChangeBeforeSending(string userId, PostApprover? approver, string verb)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!MayChangeBeforeSending(userId, approver))
        {
            throw new DomainException($"Only the post's author, {AuthorName}, or district {District:000}'s sergeant or commander can {verb} it before it goes out.");
        }

        if (State != PostState.Queued)
        {
            throw new DomainException(State.IsLive() || State is PostState.OutcomeUnknown
                ? $"{NotQueuedMessage} It has been sent to X; the district's sergeant can discontinue it."
                : $"{NotQueuedMessage} It is {State.DisplayName().ToLowerInvariant()}.");
        }
    }

    private void SendBackForApproval(PostState state, DateTime nowUtc)
    {
        SubmittedAt = nowUtc;
        SubmittedRevision = RevisionNumber;
        SubmittedText = Text;
        ApprovedAt = null;
        ApprovedBy = ApprovedByName = ApprovedByRole = ApprovedText = null;
        ApprovedRevision = null;
        ReleasedAt = null;
        State = state;
        Touch(nowUtc);
    }
}
