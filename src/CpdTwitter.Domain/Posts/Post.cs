using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Posts;

/// <summary>
/// A district post from its first draft to X (ARCHITECTURE.md, post lifecycle). Every transition checks who
/// acts and from which state; the text submitted, approved and sent are frozen copies, and every save is a revision.
/// </summary>
public sealed partial class Post : Districts.IDistrictOwned
{
    public const int PublishingGraceMinutes = 1;
    private readonly List<PostRevision> _revisions = [];
    private readonly List<PostDecision> _decisions = [];
    private readonly List<PostReview> _reviews = [];

    private Post()
    {
        AuthorId = AuthorName = Text = RoutingReasons = string.Empty;
    }

    private Post(int district, string authorId, string authorName, DateTime nowUtc)
        : this()
    {
        Id = Guid.NewGuid();
        District = district;
        AuthorId = authorId;
        AuthorName = authorName;
        CreatedAt = nowUtc;
        UpdatedAt = nowUtc;
    }

    public Guid Id { get; private set; }

    public int District { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public PostState State { get; private set; }

    public PostCategory Category { get; private set; }

    public string Text { get; private set; }

    public DateTime? ScheduledFor { get; private set; }

    public bool MarkedNotable { get; private set; }

    public string? Justification { get; private set; }

    public int RevisionNumber { get; private set; }

    /// <summary>The current revision's images with their alt text; the approved and sent revision's once it is approved.</summary>
    public IReadOnlyList<Media.PostImage> Images { get; private set; } = [];

    /// <summary>Why the post was routed for approval, one reason a line, as shown to the author and the approver.</summary>
    public string RoutingReasons { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public int? SubmittedRevision { get; private set; }

    public string? SubmittedText { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public string? ApprovedByName { get; private set; }

    public string? ApprovedByRole { get; private set; }

    public int? ApprovedRevision { get; private set; }

    public string? ApprovedText { get; private set; }

    /// <summary>The last return or rejection comment, shown to the author.</summary>
    public string? DecisionComment { get; private set; }

    /// <summary>When the post was released to the publishing queue.</summary>
    public DateTime? ReleasedAt { get; private set; }

    public string? SentText { get; private set; }

    public string? XPostId { get; private set; }

    public string? XPostUrl { get; private set; }

    public string? AccountHandle { get; private set; }

    /// <summary>Published by the sandbox publisher: never sent to X.</summary>
    public bool Sandbox { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>X's answer when it refused the post, or what is known about an unknown outcome.</summary>
    public string? PublishingMessage { get; private set; }

    /// <summary>For event postings: the day of the event (after it, the posting may be stale).</summary>
    public DateOnly? EventDate { get; private set; }

    /// <summary>The posting this one corrects or follows up (after a review asked for a correction).</summary>
    public Guid? CorrectsPostId { get; private set; }

    /// <summary>The News Affairs template the draft was started from, if any (<see cref="Templates.PostTemplate"/>).</summary>
    public Guid? TemplateId { get; private set; }

    /// <summary>The version of <see cref="TemplateId"/> it was started from: later changes to the template do not touch it.</summary>
    public int? TemplateVersion { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedByName { get; private set; }

    public ReviewOutcome? LastReviewOutcome { get; private set; }

    public DiscontinueReason? DiscontinueReason { get; private set; }

    public string? DiscontinueNote { get; private set; }

    public string? DiscontinuedBy { get; private set; }

    public string? DiscontinuedByName { get; private set; }

    public DateTime? DiscontinuedAt { get; private set; }

    /// <summary>When X confirmed the deletion (or the post was cancelled before it went out).</summary>
    public DateTime? TakenDownAt { get; private set; }

    /// <summary>Optimistic concurrency: two people acting on one post at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<PostRevision> Revisions => _revisions;

    public IReadOnlyList<PostDecision> Decisions => _decisions;

    public IReadOnlyList<PostReview> Reviews => _reviews;

    /// <summary>The time the post is meant to go out: its schedule, or as soon as it is released.</summary>
    public DateTime DueAt => ScheduledFor is { } at && ReleasedAt is { } released && at > released ? at : ReleasedAt ?? ScheduledFor ?? CreatedAt;

    public IEnumerable<string> RoutingReasonList => RoutingReasons.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static Post Draft(int district, string authorId, string authorName, PostContent content, DateTime nowUtc, Post? corrects = null, Templates.PostTemplate? template = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
        ArgumentNullException.ThrowIfNull(content);
        if (corrects is not null && (corrects.District != district || !(corrects.State.IsLive() || corrects.State is PostState.Discontinued or PostState.Discontinuing)))
        {
            throw new DomainException("A correction follows up a published posting of the same district.");
        }

        if (template is { Retired: true })
        {
            throw new DomainException($"The template “{template.Name}” has been retired by News Affairs; choose another one.");
        }

        var post = new Post(district, authorId, authorName, nowUtc) { CorrectsPostId = corrects?.Id, TemplateId = template?.Id, TemplateVersion = template?.Version };
        post.Apply(content.Normalized(), RevisionKind.Saved, authorId, authorName, nowUtc);
        return post;
    }

    /// <summary>The author saves a change; unchanged content makes no new revision.</summary>
    public bool Revise(string editorId, string editorName, PostContent content, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        RequireAuthor(editorId, "change");
        if (!State.IsEditable())
        {
            throw new DomainException($"This post is {State.DisplayName().ToLowerInvariant()} and can no longer be changed.");
        }

        var normalized = (IsResponse ? AsResponse(content) : content).Normalized();
        if (SameAsCurrent(normalized))
        {
            return false;
        }

        Apply(normalized, RevisionKind.Saved, editorId, editorName, nowUtc);
        if (State == PostState.Failed)
        {
            State = PostState.Draft;
        }

        return true;
    }

    /// <summary>
    /// The author submits: to News Affairs when the policy review routed it (IV.A.1, IV.E), to the sergeant when
    /// the district requires it, otherwise straight to the publishing queue — the directive needs no approval then.
    /// </summary>
    public PostState Submit(string authorId, PolicyReview review, bool districtRequiresSergeant, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(review);
        RequireAuthor(authorId, "submit");
        if (!State.IsEditable())
        {
            throw new DomainException($"This post is {State.DisplayName().ToLowerInvariant()}; it cannot be submitted again.");
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            throw new DomainException("Write the post before submitting it.");
        }

        var measure = TweetText.Measure(Text);
        if (!measure.IsValid)
        {
            throw new DomainException(measure.WeightedLength > TweetText.MaxWeightedLength
                ? $"The post is {measure.WeightedLength} characters as X counts them; the limit is {TweetText.MaxWeightedLength}."
                : "The post contains a character X does not accept (such as U+FFFE or U+FEFF); remove it.");
        }

        if (Media.PostImages.MissingAltText(Images) is [var missing, ..])
        {
            throw DomainException.For(missing.Field, missing.Message);
        }

        if (ScheduledFor is { } at && at < nowUtc.AddMinutes(-PublishingGraceMinutes))
        {
            throw new DomainException("The scheduled time has passed. Choose a later time or clear it to post now.");
        }

        if (review.NeedsJustification && string.IsNullOrWhiteSpace(Justification))
        {
            throw DomainException.For(nameof(Justification), "Explain why the link or promotional wording is needed; News Affairs reads it before approving.");
        }

        SubmittedAt = nowUtc;
        SubmittedRevision = RevisionNumber;
        SubmittedText = Text;
        RoutingReasons = string.Join('\n', review.RoutingReasons);
        DecisionComment = null;
        PublishingMessage = null;
        State = review.RoutesToNewsAffairs ? PostState.AwaitingNewsAffairs
            : districtRequiresSergeant ? PostState.AwaitingSergeant
            : PostState.Queued;
        if (State == PostState.Queued)
        {
            ReleasedAt = nowUtc;
        }

        Touch(nowUtc);
        return State;
    }

    /// <summary>
    /// Approves a routed post, optionally with the approver's own edit (a revision in their name). The post policy runs
    /// again on the text being approved (issue #11, finding 1): when a district supervisor's edit (or a change of the
    /// lists since it was submitted) makes it a matter for News Affairs, it is not approved but sent on to News Affairs
    /// with the reasons, as the author's draft would have been; a link off the allowed list or promotional wording needs
    /// a reason in the comment then, as the author's needs a justification. News Affairs decides notable posts, but their
    /// own edit may not bring in a link or promotional wording that the author did not justify.
    /// </summary>
    /// <returns><see cref="PostState.Queued"/> when approved; <see cref="PostState.AwaitingNewsAffairs"/> when sent on.</returns>
    public PostState Approve(PostApprover approver, PostContent? edited, string? note, PolicyLists lists, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(lists);
        RequireApprover(approver, "approve");
        var comment = Clean(note);
        var before = PostPolicy.Review(Text, MarkedNotable, District, lists);
        PostContent? edit = null;
        if (edited is not null)
        {
            var normalized = edited.Normalized() with { MarkedNotable = MarkedNotable, Justification = Justification, EventDate = EventDate, Images = Images };
            if (!SameAsCurrent(normalized))
            {
                var measure = TweetText.Measure(normalized.Text);
                if (!measure.IsValid)
                {
                    throw DomainException.For(nameof(PostContent.Text), $"The edited text is {measure.WeightedLength} characters as X counts them; the limit is {TweetText.MaxWeightedLength}.");
                }

                edit = normalized;
            }
        }

        var review = edit is null ? before : PostPolicy.Review(edit.Text, MarkedNotable, District, lists);
        if (!approver.IsNewsAffairs && review.RoutesToNewsAffairs)
        {
            if (review.NeedsJustification && Justification is null && comment is null)
            {
                throw DomainException.For("Comment", "The text links off the allowed sites or uses promotional wording: say in the comment why it is needed. News Affairs reads it before deciding.");
            }

            if (edit is not null)
            {
                Apply(edit with { Justification = Justification ?? (review.NeedsJustification ? comment : null) }, RevisionKind.ApproverEdit, approver.UserId, approver.Name, nowUtc);
            }

            _decisions.Add(new PostDecision(Id, DecisionKind.SentToNewsAffairs, approver, RevisionNumber, comment, nowUtc));
            RoutingReasons = string.Join('\n', review.RoutingReasons);
            State = PostState.AwaitingNewsAffairs;
            Touch(nowUtc);
            return State;
        }

        if (approver.IsNewsAffairs && edit is not null)
        {
            var added = review.AdvertisingReasons.Except(before.AdvertisingReasons, StringComparer.Ordinal).ToList();
            if (added.Count > 0)
            {
                throw DomainException.For(nameof(PostContent.Text), $"Your edit brings in what the link and advertising rules stop: {string.Join(" ", added)} Take it out, or return the post to its author, who must justify it.");
            }
        }

        if (edit is not null)
        {
            Apply(edit, RevisionKind.ApproverEdit, approver.UserId, approver.Name, nowUtc);
        }

        _decisions.Add(new PostDecision(Id, DecisionKind.Approved, approver, RevisionNumber, comment, nowUtc));
        ApprovedAt = nowUtc;
        ApprovedBy = approver.UserId;
        ApprovedByName = approver.Name;
        ApprovedByRole = approver.Role;
        ApprovedRevision = RevisionNumber;
        ApprovedText = Text;
        DecisionComment = comment;
        State = PostState.Queued;
        ReleasedAt = nowUtc;
        Touch(nowUtc);
        return State;
    }

    /// <summary>Sends the post back to its author with a comment; they may edit and submit again.</summary>
    public void ReturnToAuthor(PostApprover approver, string comment, DateTime nowUtc)
    {
        RequireApprover(approver, "return");
        var text = Clean(comment) ?? throw new DomainException("Tell the author what to change.");
        _decisions.Add(new PostDecision(Id, DecisionKind.Returned, approver, RevisionNumber, text, nowUtc));
        DecisionComment = text;
        State = PostState.Draft;
        Touch(nowUtc);
    }

    /// <summary>Refuses the post for good; it is kept with the reason.</summary>
    public void Reject(PostApprover approver, string reason, DateTime nowUtc)
    {
        RequireApprover(approver, "reject");
        var text = Clean(reason) ?? throw new DomainException("Give the reason for rejecting the post; it is kept with it.");
        _decisions.Add(new PostDecision(Id, DecisionKind.Rejected, approver, RevisionNumber, text, nowUtc));
        DecisionComment = text;
        State = PostState.Rejected;
        Touch(nowUtc);
    }

    /// <summary>X (or the sandbox) accepted the post.</summary>
    public void MarkPublished(string xPostId, string? url, string sentText, string? handle, bool sandbox, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(xPostId);
        RequireState("record as published", PostState.Queued, PostState.OutcomeUnknown);
        XPostId = xPostId;
        XPostUrl = url;
        SentText = sentText;
        AccountHandle = handle;
        Sandbox = sandbox;
        PublishedAt = nowUtc;
        PublishingMessage = null;
        State = PostState.Published;
        Touch(nowUtc);
    }

    /// <summary>X refused the post (duplicate, policy): the author sees X's words and can edit and resubmit.</summary>
    public void MarkFailed(string message, DateTime nowUtc)
    {
        RequireState("record as failed", PostState.Queued, PostState.OutcomeUnknown);
        PublishingMessage = message;
        State = PostState.Failed;
        Touch(nowUtc);
    }

    /// <summary>The request may have reached X; what was sent is kept for reconciling.</summary>
    public void MarkOutcomeUnknown(string sentText, string message, DateTime nowUtc)
    {
        RequireState("record an unknown outcome", PostState.Queued);
        SentText = sentText;
        PublishingMessage = message;
        State = PostState.OutcomeUnknown;
        Touch(nowUtc);
    }

    /// <summary>ISD has checked the account and found the post is on X after all: its id there is recorded.</summary>
    public void ResolveAsPublished(Actor by, string xPostId, string? url, string? handle, DateTime nowUtc)
    {
        RequireIsd(by);
        RequireState("record as published", PostState.OutcomeUnknown);
        MarkPublished(xPostId, url, SentText ?? Text, handle, sandbox: false, nowUtc);
    }

    /// <summary>ISD has checked the account and found the post is not on X: it goes back to the queue.</summary>
    public void RequeueAfterUnknownOutcome(Actor by, DateTime nowUtc)
    {
        RequireIsd(by);
        RequireState("send again", PostState.OutcomeUnknown);
        PublishingMessage = null;
        SentText = null;
        State = PostState.Queued;
        ReleasedAt = nowUtc;
        Touch(nowUtc);
    }

    /// <summary>
    /// The district's sergeant (or commander) reviews a published posting (V.B): "Reviewed" needs every check of the
    /// checklist; "Needs correction" needs a comment for the author, who may post a correction linked to this one.
    /// </summary>
    public PostReview Review(PostApprover reviewer, ReviewOutcome outcome, ReviewChecklist checks, string? note, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(checks);
        if (reviewer.SupervisesDistrict != District)
        {
            throw new DomainException($"Only district {District:000}'s sergeant or commander reviews its postings.");
        }

        if (WasWrittenBy(reviewer.UserId))
        {
            throw new DomainException($"Nobody reviews a posting they wrote or edited: district {District:000}'s other sergeant or its commander reviews this one.");
        }

        RequireState("review", PostState.Published);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > PostReview.NoteMaxLength })
        {
            throw new DomainException($"Keep the note under {PostReview.NoteMaxLength} characters.");
        }

        if (outcome == ReviewOutcome.Reviewed && !checks.All)
        {
            throw new DomainException("Tick every check (category, current, correct, valid, appropriate), or choose Needs correction or Discontinue.");
        }

        if (outcome == ReviewOutcome.NeedsCorrection && text is null)
        {
            throw new DomainException("Tell the author what needs correcting.");
        }

        var review = new PostReview(Id, District, outcome, checks, text, reviewer, nowUtc);
        _reviews.Add(review);
        ReviewedAt = nowUtc;
        ReviewedByName = reviewer.Name;
        LastReviewOutcome = outcome;
        State = PostState.Reviewed;
        Touch(nowUtc);
        return review;
    }

    /// <summary>
    /// Discontinues a live posting (V.B): the district's sergeant or commander, or News Affairs for any district. The
    /// deletion on X follows through the outbox; the record is kept.
    /// </summary>
    public void Discontinue(PostApprover by, DiscontinueReason reason, string? note, DateTime nowUtc)
    {
        RequireCanDiscontinue(by, reason, note);
        RequireState("discontinue", PostState.Published, PostState.Reviewed);
        RecordDiscontinuation(by, reason, note);
        DiscontinuedAt = nowUtc;
        State = PostState.Discontinuing;
        Touch(nowUtc);
    }

    /// <summary>Stops an approved or scheduled post that has not gone out yet.</summary>
    public void Cancel(PostApprover by, DiscontinueReason reason, string? note, DateTime nowUtc)
    {
        RequireCanDiscontinue(by, reason, note);
        RequireState("cancel", PostState.Queued);
        RecordDiscontinuation(by, reason, note);
        DiscontinuedAt = nowUtc;
        TakenDownAt = nowUtc;
        State = PostState.Cancelled;
        Touch(nowUtc);
    }

    /// <summary>X confirmed the deletion (or said the post was already gone).</summary>
    public void MarkDiscontinued(DateTime nowUtc)
    {
        RequireState("finish discontinuing", PostState.Discontinuing);
        TakenDownAt = nowUtc;
        State = PostState.Discontinued;
        Touch(nowUtc);
    }

    /// <summary>X refused to delete the post (other than "already gone"): ISD must remove it by hand; X's words are kept.</summary>
    public void DeletionRefused(string message, DateTime nowUtc)
    {
        RequireState("record a refused deletion", PostState.Discontinuing);
        PublishingMessage = message;
        Touch(nowUtc);
    }

    /// <summary>
    /// Whether the approver may decide on the post now: it awaits approval, they did not write it (<see cref="WasWrittenBy"/>),
    /// and a post routed to News Affairs is decided by News Affairs only; one awaiting the sergeant by the district's
    /// sergeant or commander or News Affairs.
    /// </summary>
    public bool MayBeDecidedBy(PostApprover approver)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return State.IsAwaitingApproval() && !WasWrittenBy(approver.UserId) && ApproverHasAuthority(approver);
    }

    /// <summary>
    /// News Affairs for any district, or the district's own sergeant or commander, may discontinue its postings (V.B),
    /// but nobody one they wrote or edited.
    /// </summary>
    public bool MayBeDiscontinuedBy(PostApprover by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return HasDiscontinueAuthority(by) && !WasWrittenBy(by.UserId);
    }

    /// <summary>The district's sergeant or commander reviews a published posting, unless they wrote or edited it.</summary>
    public bool MayBeReviewedBy(PostApprover reviewer)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        return State == PostState.Published && reviewer.SupervisesDistrict == District && !WasWrittenBy(reviewer.UserId);
    }

    /// <summary>
    /// Separation of duties (issue #11, finding 5): the author, and everyone whose edit is one of its revisions (an
    /// approver's edit included), wrote the posting, whatever other role they also hold; none of them approves, reviews or
    /// discontinues it. Needs the revisions loaded.
    /// </summary>
    public bool WasWrittenBy(string userId)
    {
        if (_revisions.Count < RevisionNumber)
        {
            throw new InvalidOperationException("Load the post's revisions before asking who wrote it.");
        }

        return string.Equals(userId, AuthorId, StringComparison.Ordinal)
            || _revisions.Any(r => string.Equals(r.EditedBy, userId, StringComparison.Ordinal));
    }

    private bool HasDiscontinueAuthority(PostApprover by) => by.IsNewsAffairs || by.SupervisesDistrict == District;

    private bool ApproverHasAuthority(PostApprover approver) =>
        State == PostState.AwaitingNewsAffairs ? approver.IsNewsAffairs : approver.IsNewsAffairs || approver.SupervisesDistrict == District;

    private void RequireCanDiscontinue(PostApprover by, DiscontinueReason reason, string? note)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!HasDiscontinueAuthority(by))
        {
            throw new DomainException($"Only district {District:000}'s sergeant or commander, or News Affairs, can discontinue its postings.");
        }

        if (WasWrittenBy(by.UserId))
        {
            throw new DomainException($"Nobody discontinues a posting they wrote or edited: district {District:000}'s other sergeant or its commander, or News Affairs, must do it.");
        }

        RequireReason(reason, note);
    }

    /// <summary>Why a post is discontinued or cancelled: a known reason, described when it is Other, in a note of bounded length.</summary>
    private static void RequireReason(DiscontinueReason reason, string? note)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Choose the reason.");
        }

        if (reason == Posts.DiscontinueReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Describe the reason when it is Other.");
        }

        if (note is { Length: > PostReview.NoteMaxLength })
        {
            throw new DomainException($"Keep the note under {PostReview.NoteMaxLength} characters.");
        }
    }

    private void RecordDiscontinuation(PostApprover by, DiscontinueReason reason, string? note)
    {
        DiscontinueReason = reason;
        DiscontinueNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DiscontinuedBy = by.UserId;
        DiscontinuedByName = by.Name;
    }

    /// <summary>Only ISD, who run the technical side (V.D), settle a post whose outcome on X is unknown.</summary>
    private static void RequireIsd(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.IsdAdministrator))
        {
            throw new DomainException("Only ISD settles a post whose outcome on X is unknown: they check the account by hand.");
        }
    }

    private void Apply(PostContent content, RevisionKind kind, string editorId, string editorName, DateTime nowUtc)
    {
        if (IsResponse ? content.Category != PostCategory.CommunityResponse : !PostCategories.IsDefined(content.Category))
        {
            throw DomainException.For(nameof(PostContent.Category), IsResponse ? "A response stays a response to the community." : "Choose the kind of posting.");
        }

        if (content.Text.Length > PostContent.TextMaxLength)
        {
            throw DomainException.For(nameof(PostContent.Text), "That is far more than X allows; shorten it.");
        }

        if (content.Justification is { Length: > PostContent.JustificationMaxLength })
        {
            throw DomainException.For(nameof(PostContent.Justification), $"Keep the justification under {PostContent.JustificationMaxLength} characters.");
        }

        Media.PostImages.Check(content.ImageList);
        Category = content.Category;
        Text = content.Text;
        Images = content.ImageList;
        ScheduledFor = content.ScheduledForUtc;
        MarkedNotable = content.MarkedNotable;
        Justification = content.Justification;
        EventDate = content.Category.IsEvent() ? content.EventDate : null;
        RevisionNumber++;
        _revisions.Add(new PostRevision(Id, RevisionNumber, content, kind, editorId, editorName, nowUtc));
        Touch(nowUtc);
    }

    private bool SameAsCurrent(PostContent content) =>
        RevisionNumber > 0 && content.Category == Category && string.Equals(content.Text, Text, StringComparison.Ordinal)
        && content.ScheduledForUtc == ScheduledFor && content.MarkedNotable == MarkedNotable
        && string.Equals(content.Justification, Justification, StringComparison.Ordinal)
        && (content.Category.IsEvent() ? content.EventDate : null) == EventDate
        && Media.PostImages.SameAs(content.ImageList, Images);

    private void RequireAuthor(string userId, string verb)
    {
        if (!string.Equals(userId, AuthorId, StringComparison.Ordinal))
        {
            throw new DomainException($"Only the post's author, {AuthorName}, can {verb} it.");
        }
    }

    private void RequireApprover(PostApprover approver, string verb)
    {
        ArgumentNullException.ThrowIfNull(approver);
        if (!State.IsAwaitingApproval())
        {
            throw new DomainException($"This post is {State.DisplayName().ToLowerInvariant()}; there is nothing to {verb}.");
        }

        if (WasWrittenBy(approver.UserId))
        {
            throw new DomainException("Nobody approves their own post, nor one whose text they edited: another approver must decide.");
        }

        if (!ApproverHasAuthority(approver))
        {
            throw new DomainException(State == PostState.AwaitingNewsAffairs
                ? "This post concerns a matter for the Office of News Affairs; only News Affairs can decide on it."
                : $"Only district {District:000}'s sergeant or commander, or News Affairs, can decide on this post.");
        }
    }

    private void RequireState(string verb, params PostState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new DomainException($"Cannot {verb}: the post is {State.DisplayName().ToLowerInvariant()}.");
        }
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= PostDecision.CommentMaxLength
            ? trimmed
            : throw new DomainException($"Keep the comment under {PostDecision.CommentMaxLength} characters.");
    }
}
