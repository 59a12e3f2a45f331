using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Publishing;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// One post's life as the app would have recorded it: the author signs in, drafts and revises, submits; News Affairs
/// or a district supervisor decides when the post was routed; the publisher sends it; the sergeant reviews it within
/// the review period; now and then it is pulled. Each step writes the rows, notifications and audit events the
/// workflows write. A step that would lie in the future does not happen: recent posts stay where they are.
/// </summary>
internal sealed class PostHistory(VolumeStaff staff, PostTexts texts, Random random, SeedIds ids, AuditStream audit, DateTime now)
{
    private static readonly DateTime XEpoch = new(2010, 11, 4, 1, 42, 54, 657, DateTimeKind.Utc);
    private static readonly PostCategory[] Categories = PostCategories.All.ToArray();
    private static readonly DiscontinueReason[] PullReasons = DiscontinueReasons.All.ToArray();
    private const string Publisher = Publishing.Publisher.ActorName;

    public void Generate(DateTime createdAt, int district, PostFate fate, RowBatch batch)
    {
        var post = new PostRow(ids.Next(), district, staff.Author(district, createdAt), createdAt);
        var author = post.Author;
        var subject = post.Id.ToString();
        var routed = fate == PostFate.Rejected || random.Next(100) < 7;
        var category = Categories[random.Next(Categories.Length)];
        var eventDate = category.IsEvent() ? DateOnly.FromDateTime(createdAt.AddDays(random.Next(1, 15))) : (DateOnly?)null;
        var text = texts.Write(category, district, createdAt, eventDate);
        SignIn(author, createdAt.AddMinutes(-random.Next(1, 20)));

        var at = createdAt;
        post.Category = category;
        post.EventDate = eventDate;
        post.Notable = routed;
        Revise(post, text, at, batch);
        audit.Record(at, author.LogOnId, AuditActions.Post.Drafted, AuditSubjects.Post, subject, district, new { revision = 1, category = category.ToString(), corrects = (Guid?)null });
        var extra = random.Next(100) switch { < 40 => 0, < 75 => 1, < 95 => 2, _ => 3 };
        for (var r = 0; r < extra && Step(ref at, 2, 25); r++)
        {
            Revise(post, texts.Revise(post.Text), at, batch);
            audit.Record(at, author.LogOnId, AuditActions.Post.Revised, AuditSubjects.Post, subject, district, new { revision = post.Revision, category = category.ToString() });
        }

        if (fate == PostFate.Abandoned || !Step(ref at, 1, 10))
        {
            Finish(post, batch);
            return;
        }

        var decider = Submit(post, at, batch);
        if (decider is not null)
        {
            if (!Step(ref at, 10, routed ? 360 : 180))
            {
                Finish(post, batch);
                return;
            }

            if (fate == PostFate.Rejected)
            {
                Decide(post, decider, DecisionKind.Rejected, texts.RejectReason(), at, batch);
                Finish(post, batch);
                return;
            }

            if (random.Next(100) < 8)
            {
                Decide(post, decider, DecisionKind.Returned, texts.ReturnComment(), at, batch);
                if (!Step(ref at, 20, 240))
                {
                    Finish(post, batch);
                    return;
                }

                Revise(post, texts.Revise(post.Text), at, batch);
                audit.Record(at, author.LogOnId, AuditActions.Post.Revised, AuditSubjects.Post, subject, district, new { revision = post.Revision, category = category.ToString() });
                if (!Step(ref at, 1, 5) || Submit(post, at, batch) is null || !Step(ref at, 10, 240))
                {
                    Finish(post, batch);
                    return;
                }
            }

            Decide(post, decider, DecisionKind.Approved, null, at, batch);
        }

        Publish(post, ref at, batch);
        var published = at;
        var pullAt = fate == PostFate.Pulled ? published.AddMinutes(random.Next(60, 14 * 24 * 60)) : DateTime.MaxValue;
        if (fate is PostFate.Reviewed or PostFate.NeedsCorrection or PostFate.Pulled)
        {
            var reviewAt = published.AddMinutes(random.Next(30, 60 * 60));
            if (reviewAt <= now && reviewAt < pullAt)
            {
                Review(post, fate == PostFate.NeedsCorrection, reviewAt, batch);
                at = reviewAt;
            }
        }

        if (pullAt <= now)
        {
            Pull(post, pullAt, batch);
            at = post.UpdatedAt;
        }

        Finish(post, batch);
    }

    /// <summary>Moves <paramref name="at"/> on by a few minutes; false when that would pass the present.</summary>
    private bool Step(ref DateTime at, int minMinutes, int maxMinutes)
    {
        var next = at.AddSeconds(random.Next(minMinutes * 60, maxMinutes * 60));
        if (next > now)
        {
            return false;
        }

        at = next;
        return true;
    }

    private void SignIn(VolumeMember member, DateTime at)
    {
        if (random.Next(100) < 5)
        {
            audit.Record(at.AddSeconds(-40), member.LogOnId, AuditActions.SignIn.Failed, AuditSubjects.User, member.Id, member.District, new { reason = "wrong password", failedCount = 1 });
        }

        audit.Record(at, member.LogOnId, AuditActions.SignIn.Succeeded, AuditSubjects.User, member.Id, member.District, new { method = "password+totp" });
        if (random.Next(100) < 60)
        {
            var outAt = at.AddMinutes(random.Next(20, 240));
            if (outAt <= now)
            {
                audit.Record(outAt, member.LogOnId, AuditActions.SignIn.SignedOut, AuditSubjects.User, member.Id, member.District);
            }
        }
    }

    private void Revise(PostRow post, string text, DateTime at, RowBatch batch)
    {
        post.Text = text;
        post.Revision++;
        post.Touch(at);
        batch.Add(VolumeTable.Revisions, ids.Next(), post.Id, post.Revision, (int)post.Category, text, null, post.Notable, null,
            (int)RevisionKind.Saved, post.Author.Id, post.Author.Name, at);
    }

    /// <summary>Submits the post; returns who decides on it, or null when it went straight to the publishing queue.</summary>
    private VolumeMember? Submit(PostRow post, DateTime at, RowBatch batch)
    {
        var review = post.Notable ? PostPolicy.Review(post.Text, true, post.District, PolicyLists.Defaults) : PolicyReview.Clear;
        post.SubmittedAt = at;
        post.SubmittedRevision = post.Revision;
        post.SubmittedText = post.Text;
        post.RoutingReasons = string.Join('\n', review.RoutingReasons);
        post.DecisionComment = null;
        post.State = post.Notable ? PostState.AwaitingNewsAffairs
            : VolumeStaff.SergeantApproval.Contains(post.District) ? PostState.AwaitingSergeant : PostState.Queued;
        post.Touch(at);
        audit.Record(at, post.Author.LogOnId, AuditActions.Post.Submitted, AuditSubjects.Post, post.Id.ToString(), post.District,
            new { revision = post.Revision, state = post.State.ToString(), reasons = review.RoutingReasons });
        switch (post.State)
        {
            case PostState.AwaitingNewsAffairs:
                foreach (var news in staff.NewsAffairs)
                {
                    Notify(news, $"District {post.District:000} post awaits approval: {Summary(post.Text)}", AppLinks.NewsAffairsApprovals, at, batch);
                }

                return staff.NewsAffairs[random.Next(staff.NewsAffairs.Count)];
            case PostState.AwaitingSergeant:
                foreach (var sergeant in staff.Sergeants(post.District))
                {
                    Notify(sergeant, $"A post awaits your approval: {Summary(post.Text)}", AppLinks.SergeantApprovals, at, batch);
                }

                return staff.Sergeant(post.District);
            default:
                post.ReleasedAt = at;
                return null;
        }
    }

    private void Decide(PostRow post, VolumeMember by, DecisionKind kind, string? comment, DateTime at, RowBatch batch)
    {
        var role = VolumeStaff.ApproverRole(by);
        batch.Add(VolumeTable.Decisions, ids.Next(), post.Id, (int)kind, by.Id, by.Name, role, post.Revision, comment, at);
        post.DecisionComment = comment;
        post.Touch(at);
        var subject = post.Id.ToString();
        switch (kind)
        {
            case DecisionKind.Approved:
                post.State = PostState.Queued;
                post.ApprovedAt = at;
                post.ApprovedBy = by;
                post.ApprovedRevision = post.Revision;
                post.ApprovedText = post.Text;
                post.ReleasedAt = at;
                audit.Record(at, by.LogOnId, AuditActions.Post.Approved, AuditSubjects.Post, subject, post.District, new { revision = post.Revision, edited = false, role, note = (string?)null });
                Notify(post.Author, $"{by.Name} approved your post: {Summary(post.Text)}", AppLinks.Post(post.Id), at, batch);
                break;
            case DecisionKind.Returned:
                post.State = PostState.Draft;
                audit.Record(at, by.LogOnId, AuditActions.Post.Returned, AuditSubjects.Post, subject, post.District, new { revision = post.Revision, comment });
                Notify(post.Author, $"{by.Name} returned your post: {comment}", AppLinks.Post(post.Id), at, batch);
                break;
            default:
                post.State = PostState.Rejected;
                audit.Record(at, by.LogOnId, AuditActions.Post.Rejected, AuditSubjects.Post, subject, post.District, new { revision = post.Revision, reason = comment });
                Notify(post.Author, $"{by.Name} rejected your post: {comment}", AppLinks.Post(post.Id), at, batch);
                break;
        }
    }

    /// <summary>The publisher sends a released post within seconds; the present is never passed (nothing is left in the queue).</summary>
    private void Publish(PostRow post, ref DateTime at, RowBatch batch)
    {
        var released = at;
        var attempt = Min(released.AddSeconds(random.Next(1, 30)));
        var published = Min(attempt.AddMilliseconds(random.Next(200, 1500)));
        var handle = VolumeStaff.Handle(post.District);
        var xId = (((long)(published - XEpoch).TotalMilliseconds << 22) | (long)random.Next(1 << 22)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var subject = post.Id.ToString();
        audit.Record(attempt, Publisher, AuditActions.Post.SendAttempted, AuditSubjects.Post, subject, post.District, new { attempt = 1, account = handle });
        audit.Record(published, Publisher, AuditActions.Post.Published, AuditSubjects.Post, subject, post.District, new { xPostId = xId, account = handle, sentText = post.Text });
        batch.Add(VolumeTable.Outbox, ids.Next(), (int)OutboxKind.PublishPost, post.Id, post.District, released, released, 1, published);
        Notify(post.Author, $"Your post is published on X: {Summary(post.Text)}", AppLinks.Post(post.Id), published, batch);
        post.SentText = post.Text;
        post.XPostId = xId;
        post.XPostUrl = PostWorkflow.PostUrl(handle, xId);
        post.Handle = handle;
        post.PublishedAt = published;
        post.State = PostState.Published;
        post.Touch(published);
        at = published;
    }

    private void Review(PostRow post, bool needsCorrection, DateTime at, RowBatch batch)
    {
        var reviewer = random.Next(10) == 0 ? staff.Commander(post.District) : staff.Sergeant(post.District);
        SignIn(reviewer, at.AddMinutes(-random.Next(1, 30)));
        var outcome = needsCorrection ? ReviewOutcome.NeedsCorrection : ReviewOutcome.Reviewed;
        var note = needsCorrection ? texts.CorrectionNote() : null;
        var reviewId = ids.Next();
        batch.Add(VolumeTable.Reviews, reviewId, post.Id, post.District, (int)outcome, true, !needsCorrection, true, true, true, note, reviewer.Id, reviewer.Name, at);
        var checks = needsCorrection ? new ReviewChecklist(true, false, true, true, true) : ReviewChecklist.Complete;
        audit.Record(at, reviewer.LogOnId, AuditActions.Post.Reviewed, AuditSubjects.Post, post.Id.ToString(), post.District,
            new { outcome = outcome.ToString(), review = reviewId, checks, note });
        if (needsCorrection)
        {
            Notify(post.Author, $"{reviewer.Name} asks for a correction of your post {Summary(post.Text)}: {note}", AppLinks.Correction(post.Id), at, batch);
        }

        post.ReviewedAt = at;
        post.ReviewedByName = reviewer.Name;
        post.LastReviewOutcome = outcome;
        post.State = PostState.Reviewed;
        post.Touch(at);
    }

    private void Pull(PostRow post, DateTime at, RowBatch batch)
    {
        var by = random.Next(10) < 7 ? staff.Sergeant(post.District) : staff.NewsAffairs[random.Next(staff.NewsAffairs.Count)];
        var reason = PullReasons[random.Next(PullReasons.Length)];
        var note = reason == DiscontinueReason.Other ? "Superseded by a newer posting." : null;
        post.PullReason = reason;
        post.PullNote = note;
        post.PulledBy = by;
        post.DiscontinuedAt = at;
        audit.Record(at, by.LogOnId, AuditActions.Post.Discontinuing, AuditSubjects.Post, post.Id.ToString(), post.District,
            new { reason = reason.ToString(), note, xPostId = post.XPostId, sentText = post.SentText, publishedAt = post.PublishedAt, approvedBy = post.ApprovedBy?.Name, reviewedBy = post.ReviewedByName });
        var text = $"{by.Name} discontinued a district {post.District:000} post ({reason.DisplayName()}): {Summary(post.Text)}";
        Notify(post.Author, text, AppLinks.Post(post.Id), at, batch);
        Notify(staff.Commander(post.District), text, AppLinks.Post(post.Id), at, batch);
        foreach (var news in staff.NewsAffairs)
        {
            Notify(news, text, AppLinks.Post(post.Id), at, batch);
        }

        post.State = PostState.Discontinuing;
        post.Touch(at);
        var gone = Min(at.AddSeconds(random.Next(2, 30)));
        batch.Add(VolumeTable.Outbox, ids.Next(), (int)OutboxKind.DeletePost, post.Id, post.District, at, at, 1, gone);
        audit.Record(gone, Publisher, AuditActions.Post.Discontinued, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = post.XPostId, status = 200, alreadyGone = false });
        post.TakenDownAt = gone;
        post.State = PostState.Discontinued;
        post.Touch(gone);
    }

    private void Notify(VolumeMember to, string text, string link, DateTime at, RowBatch batch)
    {
        var clipped = text.Length > Domain.Notifications.Notification.TextMaxLength ? text[..(Domain.Notifications.Notification.TextMaxLength - 1)] + "…" : text;
        var read = at < now.AddDays(-7) || random.Next(2) == 0 ? Min(at.AddMinutes(random.Next(5, 600))) : (DateTime?)null;
        batch.Add(VolumeTable.Notifications, ids.Next(), to.Id, clipped, link, at, read, Min(at.AddMinutes(1)), 1);
    }

    private static void Finish(PostRow post, RowBatch batch)
    {
        batch.Add(VolumeTable.Posts, post.Id, post.District, post.Author.Id, post.Author.DisplayName, post.CreatedAt, post.UpdatedAt, (int)post.State,
            (int)post.Category, post.Text, null, post.Notable, null, post.Revision, post.RoutingReasons ?? string.Empty, post.SubmittedAt,
            post.SubmittedRevision, post.SubmittedText, post.ApprovedAt, post.ApprovedBy?.Id, post.ApprovedBy?.Name,
            post.ApprovedBy is null ? null : VolumeStaff.ApproverRole(post.ApprovedBy), post.ApprovedRevision, post.ApprovedText, post.DecisionComment,
            post.ReleasedAt, post.SentText, post.XPostId, post.XPostUrl, post.Handle, false, post.PublishedAt, null,
            post.EventDate, null, post.ReviewedAt, post.ReviewedByName, (int?)post.LastReviewOutcome, (int?)post.PullReason,
            post.PullNote, post.PulledBy?.Id, post.PulledBy?.Name, post.DiscontinuedAt, post.TakenDownAt, post.Version);
    }

    private DateTime Min(DateTime at) => at > now ? now : at;

    private static string Summary(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 80 ? $"“{flat}”" : $"“{flat[..79]}…”";
    }

    /// <summary>The post's columns as its story unfolds.</summary>
    private sealed class PostRow(Guid id, int district, VolumeMember author, DateTime createdAt)
    {
        public Guid Id { get; } = id;
        public int District { get; } = district;
        public VolumeMember Author { get; } = author;
        public DateTime CreatedAt { get; } = createdAt;
        public DateTime UpdatedAt { get; private set; } = createdAt;
        public int Version { get; private set; }
        public PostState State { get; set; } = PostState.Draft;
        public PostCategory Category { get; set; }
        public DateOnly? EventDate { get; set; }
        public bool Notable { get; set; }
        public string Text { get; set; } = string.Empty;
        public int Revision { get; set; }
        public string? RoutingReasons { get; set; }
        public DateTime? SubmittedAt { get; set; }
        public int? SubmittedRevision { get; set; }
        public string? SubmittedText { get; set; }
        public DateTime? ApprovedAt { get; set; }
        public VolumeMember? ApprovedBy { get; set; }
        public int? ApprovedRevision { get; set; }
        public string? ApprovedText { get; set; }
        public string? DecisionComment { get; set; }
        public DateTime? ReleasedAt { get; set; }
        public string? SentText { get; set; }
        public string? XPostId { get; set; }
        public string? XPostUrl { get; set; }
        public string? Handle { get; set; }
        public DateTime? PublishedAt { get; set; }
        public DateTime? ReviewedAt { get; set; }
        public string? ReviewedByName { get; set; }
        public ReviewOutcome? LastReviewOutcome { get; set; }
        public DiscontinueReason? PullReason { get; set; }
        public string? PullNote { get; set; }
        public VolumeMember? PulledBy { get; set; }
        public DateTime? DiscontinuedAt { get; set; }
        public DateTime? TakenDownAt { get; set; }

        public void Touch(DateTime at)
        {
            UpdatedAt = at;
            Version++;
        }
    }
}
