using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Media;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Infrastructure.Responses;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// Drafting, submitting and deciding on posts. Each step commits the post, its audit event, any outbox message
/// and notifications together, then wakes the publisher. Whether the member may act for the district (appointment,
/// duty, device) is checked by the caller before calling in.
/// </summary>
public sealed class PostWorkflow(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Notifier notifier, PublisherSignal publisher, TimeProvider time)
{
    public async Task<PolicyLists> PolicyListsAsync(CancellationToken cancellationToken = default) =>
        PolicyTerm.ToLists(await db.PolicyTerms.AsNoTracking().ToListAsync(cancellationToken));

    public async Task<PolicyReview> ReviewAsync(string text, bool markedNotable, int district, CancellationToken cancellationToken = default) =>
        PostPolicy.Review(text, markedNotable, district, await PolicyListsAsync(cancellationToken));

    public const string AlreadySentMessage = "This form was already sent.";

    public const string StaleFormMessage = "This form is out of date: check the post below and send it again.";

    /// <summary>
    /// Creates a draft (no <paramref name="postId"/>) or saves a new revision of the author's draft. The form's one-time
    /// <paramref name="formToken"/> is stored with it; a token already used refuses the whole save (see <see cref="SentWithAsync"/>).
    /// </summary>
    public Task<Outcome> SaveAsync(Guid? postId, int district, Actor author, PostContent content, string formToken, Guid? corrects = null, CancellationToken cancellationToken = default) =>
        SaveAsync(postId, district, author, content, formToken, corrects, newlyStored: [], cancellationToken);

    /// <summary>
    /// As above, with images the author has just attached: the district's hold on each stored file is recorded with the
    /// revision that carries it (the files themselves are already in the media folder, named by their content).
    /// </summary>
    public Task<Outcome> SaveAsync(Guid? postId, int district, Actor author, PostContent content, string formToken, Guid? corrects, IReadOnlyList<PostImage> newlyStored, CancellationToken cancellationToken = default) =>
        SaveAsync(postId, district, author, content, formToken, corrects, newlyStored, template: null, cancellationToken);

    /// <summary>
    /// As above; a new draft with <paramref name="inReplyToMention"/> is a response to that mention of the district
    /// (<see cref="Post.DraftResponse"/>), audited on the mention too (issue 16). A response's later saves check that its
    /// mention is still open to its author.
    /// </summary>
    public Task<Outcome> SaveAsync(Guid? postId, int district, Actor author, PostContent content, string formToken, Guid? corrects, IReadOnlyList<PostImage> newlyStored, Guid? inReplyToMention, CancellationToken cancellationToken = default) =>
        SaveAsync(postId, district, author, content, formToken, corrects, newlyStored, template: null, cancellationToken, inReplyToMention);

    /// <summary>
    /// Starts a draft from one of News Affairs' templates: the template filled in with the representative's values, of
    /// the template's kind, recording the template and its version on the post. Like any new draft otherwise (the caller
    /// checks the acting rules first). A value missing or refused, or a filled text too long for X, comes back with the
    /// field's name (empty for the text as a whole); a retired template is refused.
    /// </summary>
    public async Task<Outcome> StartFromTemplateAsync(Guid templateId, int district, Actor author, IReadOnlyDictionary<string, string?> values, string formToken, CancellationToken cancellationToken = default)
    {
        var template = await db.PostTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null)
        {
            return Outcome.Fail(string.Empty, "That template no longer exists; choose another one.");
        }

        Domain.Templates.TemplateFilling filling;
        try
        {
            filling = template.Fill(values);
        }
        catch (DomainException ex)
        {
            return Outcome.Fail(string.Empty, ex.Message);
        }

        if (!filling.Succeeded)
        {
            return new Outcome(false, null, filling.Problems);
        }

        var content = new PostContent(template.Category, filling.Text, ScheduledForUtc: null, MarkedNotable: false, Justification: null);
        return await SaveAsync(null, district, author, content, formToken, corrects: null, newlyStored: [], template, cancellationToken);
    }

    private Task<Outcome> SaveAsync(Guid? postId, int district, Actor author, PostContent content, string formToken, Guid? corrects, IReadOnlyList<PostImage> newlyStored, Domain.Templates.PostTemplate? template, CancellationToken cancellationToken, Guid? inReplyToMention = null)
    {
        ArgumentNullException.ThrowIfNull(newlyStored);
        ArgumentNullException.ThrowIfNull(author);
        if (!FormToken.IsWellFormed(formToken))
        {
            return Task.FromResult(Outcome.Fail(string.Empty, StaleFormMessage));
        }

        return unitOfWork.CommitAsync(async () =>
        {
            var now = Now();
            if (await db.FormTokens.AnyAsync(t => t.Token == formToken, cancellationToken))
            {
                return Outcome.Fail(string.Empty, AlreadySentMessage);
            }

            await db.FormTokens.Where(t => t.UsedAt < now.AddDays(-FormToken.KeepDays)).ExecuteDeleteAsync(cancellationToken);
            foreach (var image in newlyStored.DistinctBy(i => i.Sha256))
            {
                if (!await db.StoredImages.AnyAsync(i => i.District == district && i.Sha256 == image.Sha256, cancellationToken))
                {
                    db.StoredImages.Add(new StoredImage(district, image, author.UserId, now));
                }
            }

            Post post;
            if (postId is null && inReplyToMention is { } mentionId)
            {
                var mention = await MentionAnswers.OfDistrictAsync(db, mentionId, district, cancellationToken);
                post = Post.DraftResponse(district, author, content, mention, now);
                db.Posts.Add(post);
                audit.Record(AuditActions.Post.Drafted, AuditSubjects.Post, post.Id.ToString(), district,
                    new { revision = post.RevisionNumber, category = post.Category.ToString(), images = ImagesForAudit(post), inReplyToMention = mention.Id, inReplyTo = mention.XPostId });
                audit.Record(AuditActions.Mentions.ResponseDrafted, AuditSubjects.Mention, mention.Id.ToString(), district,
                    new { post = post.Id, author = author.Name, inReplyTo = mention.XPostId });
            }
            else if (postId is null)
            {
                var original = corrects is null ? null : await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == corrects && p.District == district, cancellationToken);
                post = Post.Draft(district, author.UserId, author.Name, content, now, original, template);
                db.Posts.Add(post);
                audit.Record(AuditActions.Post.Drafted, AuditSubjects.Post, post.Id.ToString(), district, post.TemplateId is { } templateId
                    ? (object)new { revision = post.RevisionNumber, category = post.Category.ToString(), corrects = post.CorrectsPostId, images = ImagesForAudit(post), template = templateId, templateVersion = post.TemplateVersion }
                    : new { revision = post.RevisionNumber, category = post.Category.ToString(), corrects = post.CorrectsPostId, images = ImagesForAudit(post) });
            }
            else
            {
                post = await LoadAsync(postId.Value, district, cancellationToken);
                await MentionAnswers.RequireStillAnswerableAsync(db, post, author, cancellationToken);
                if (post.Revise(author.UserId, author.Name, content, now))
                {
                    audit.Record(AuditActions.Post.Revised, AuditSubjects.Post, post.Id.ToString(), district, new { revision = post.RevisionNumber, category = post.Category.ToString(), images = ImagesForAudit(post) });
                }
            }

            // The unique key on the token is the guard against a simultaneous second request (the check above only
            // spares the work for a later one): the second insert fails and rolls back everything that request made.
            db.FormTokens.Add(new FormToken(formToken, author.UserId, FormToken.Compose, post.Id.ToString(), now));
            return Outcome.Ok(post.Id.ToString());
        }, cancellationToken);
    }

    /// <summary>The post an earlier request with this one-time token made or saved, for this member; null when the token is unused.</summary>
    public async Task<Guid?> SentWithAsync(string? formToken, string userId, CancellationToken cancellationToken = default)
    {
        if (!FormToken.IsWellFormed(formToken))
        {
            return null;
        }

        var result = await db.FormTokens.AsNoTracking()
            .Where(t => t.Token == formToken && t.UserId == userId && t.Purpose == FormToken.Compose)
            .Select(t => t.ResultId).SingleOrDefaultAsync(cancellationToken);
        return Guid.TryParse(result, out var id) ? id : null;
    }

    /// <summary>Submits the author's post: routed for approval, or released to the publishing queue.</summary>
    public async Task<Outcome> SubmitAsync(Guid postId, int district, Actor author, CancellationToken cancellationToken = default)
    {
        var lists = await PolicyListsAsync(cancellationToken);
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, district, cancellationToken);
            await MentionAnswers.RequireStillAnswerableAsync(db, post, author, cancellationToken);
            var review = PostPolicy.Review(post.Text, post.MarkedNotable, district, lists);
            var settings = await db.PublishingSwitches.AsNoTracking().SingleOrDefaultAsync(s => s.Scope == district, cancellationToken);
            var state = post.Submit(author.UserId, review, settings?.RequireSergeantApproval ?? false, Now());
            audit.Record(AuditActions.Post.Submitted, AuditSubjects.Post, post.Id.ToString(), district,
                new { revision = post.RevisionNumber, state = state.ToString(), reasons = review.RoutingReasons });
            switch (state)
            {
                case PostState.AwaitingNewsAffairs:
                    await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, $"District {district:000} post awaits approval: {Summary(post)}", AppLinks.NewsAffairsApprovals, cancellationToken);
                    break;
                case PostState.AwaitingSergeant:
                    await notifier.NotifyRoleAsync(Roles.CommunityPolicingSergeant, district, $"A post awaits your approval: {Summary(post)}", AppLinks.SergeantApprovals, cancellationToken);
                    break;
                case PostState.Queued:
                    Enqueue(post);
                    break;
            }

            return Outcome.Ok(post.Id.ToString());
        }, cancellationToken);
        WakeIf(outcome);
        return outcome;
    }

    /// <summary>
    /// Approves (the post is queued), or — when the policy finds the text to be a matter for News Affairs after a
    /// district supervisor's edit — sends it on to News Affairs with the reasons (<see cref="Post.Approve"/>).
    /// </summary>
    public async Task<Outcome> ApproveAsync(Guid postId, PostApprover approver, PostContent? edited, string? note, CancellationToken cancellationToken = default)
    {
        var lists = await PolicyListsAsync(cancellationToken);
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, district: null, cancellationToken);
            var before = post.RevisionNumber;
            var state = post.Approve(approver, edited, note, lists, Now());
            var wasEdited = post.RevisionNumber != before;
            if (state == PostState.AwaitingNewsAffairs)
            {
                audit.Record(AuditActions.Post.SentToNewsAffairs, AuditSubjects.Post, post.Id.ToString(), post.District,
                    new { revision = post.RevisionNumber, edited = wasEdited, role = approver.Role, note, reasons = post.RoutingReasonList.ToList() });
                await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, $"District {post.District:000} post awaits approval: {Summary(post)}", AppLinks.NewsAffairsApprovals, cancellationToken);
                notifier.Notify(post.AuthorId, $"{approver.Name} {(wasEdited ? "edited your post and " : string.Empty)}sent it to the Office of News Affairs: {Summary(post)}", AppLinks.Post(post.Id));
                return post.Id.ToString();
            }

            audit.Record(AuditActions.Post.Approved, AuditSubjects.Post, post.Id.ToString(), post.District,
                new { revision = post.RevisionNumber, edited = wasEdited, role = approver.Role, note });
            notifier.Notify(post.AuthorId, $"{approver.Name} approved your post{(wasEdited ? " with edits" : string.Empty)}: {Summary(post)} It goes out {ChicagoTime.Format(post.DueAt)}.", AppLinks.Post(post.Id));
            Enqueue(post);
            return post.Id.ToString();
        }, cancellationToken);
        WakeIf(outcome);
        return outcome;
    }

    public Task<Outcome> ReturnAsync(Guid postId, PostApprover approver, string? comment, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return Task.FromResult(Outcome.Fail("Comment", "Tell the author what to change."));
        }

        return unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, district: null, cancellationToken);
            post.ReturnToAuthor(approver, comment, Now());
            audit.Record(AuditActions.Post.Returned, AuditSubjects.Post, post.Id.ToString(), post.District, new { revision = post.RevisionNumber, comment = post.DecisionComment });
            notifier.Notify(post.AuthorId, $"{approver.Name} returned your post: {post.DecisionComment}", AppLinks.Post(post.Id));
            return post.Id.ToString();
        }, cancellationToken);
    }

    public Task<Outcome> RejectAsync(Guid postId, PostApprover approver, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult(Outcome.Fail("Comment", "Give the reason for rejecting the post; it is kept with it."));
        }

        return unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, district: null, cancellationToken);
            post.Reject(approver, reason, Now());
            audit.Record(AuditActions.Post.Rejected, AuditSubjects.Post, post.Id.ToString(), post.District, new { revision = post.RevisionNumber, reason = post.DecisionComment });
            notifier.Notify(post.AuthorId, $"{approver.Name} rejected your post: {post.DecisionComment}", AppLinks.Post(post.Id));
            return post.Id.ToString();
        }, cancellationToken);
    }

    /// <summary>ISD found the post is not on X after an unknown outcome: it is queued to be sent again.</summary>
    public async Task<Outcome> RequeueUnknownAsync(Guid postId, Actor by, CancellationToken cancellationToken = default)
    {
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, district: null, cancellationToken);
            post.RequeueAfterUnknownOutcome(by, Now());
            await db.Outbox.Where(m => m.PostId == post.Id && m.CompletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.CompletedAt, Now()).SetProperty(m => m.LastError, "Superseded: ISD queued the post again."), cancellationToken);
            audit.Record(AuditActions.Post.Requeued, AuditSubjects.Post, post.Id.ToString(), post.District, new { reason = "not found on X; sent again by ISD" });
            Enqueue(post);
            return post.Id.ToString();
        }, cancellationToken);
        WakeIf(outcome);
        return outcome;
    }

    /// <summary>ISD found the post on X after an unknown outcome and records its id.</summary>
    public Task<Outcome> ResolvePublishedAsync(Guid postId, string? xPostId, Actor by, CancellationToken cancellationToken = default)
    {
        var id = xPostId?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > 64 || !id.All(char.IsAsciiDigit))
        {
            return Task.FromResult(Outcome.Fail("XPostId", "Enter the post's id on X: the digits at the end of its address (…/status/1234567890)."));
        }

        return unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, district: null, cancellationToken);
            var account = await db.XAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.District == post.District, cancellationToken);
            post.ResolveAsPublished(by, id, PostUrl(account?.Handle, id), account?.Handle, Now());
            await MentionAnswers.RecordPublishedAsync(db, audit, post, Now(), actorName: null, cancellationToken);
            await db.Outbox.Where(m => m.PostId == post.Id && m.CompletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.CompletedAt, Now()).SetProperty(m => m.LastError, "Resolved by ISD."), cancellationToken);
            audit.Record(AuditActions.Post.Reconciled, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = id, by = "ISD" });
            notifier.Notify(post.AuthorId, $"Your post is published on X: {Summary(post)}", AppLinks.Post(post.Id));
            return post.Id.ToString();
        }, cancellationToken);
    }

    public async Task<Outcome> PauseAsync(int scope, Actor by, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail("Reason", "Say why publishing is paused; everyone who sees the pause reads it.");
        }

        return await unitOfWork.CommitAsync(async () =>
        {
            var publishingSwitch = await SwitchAsync(scope, cancellationToken);
            publishingSwitch.Pause(by, reason, Now());
            audit.Record(AuditActions.Publishing.Paused, AuditSubjects.Publishing, scope.ToString(System.Globalization.CultureInfo.InvariantCulture), scope == PublishingSwitch.DepartmentScope ? null : scope, new { reason = publishingSwitch.PauseReason });
            return scope.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public async Task<Outcome> ResumeAsync(int scope, Actor by, CancellationToken cancellationToken = default)
    {
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var publishingSwitch = await SwitchAsync(scope, cancellationToken);
            publishingSwitch.Resume(by);
            audit.Record(AuditActions.Publishing.Resumed, AuditSubjects.Publishing, scope.ToString(System.Globalization.CultureInfo.InvariantCulture), scope == PublishingSwitch.DepartmentScope ? null : scope);
            return scope.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);
        WakeIf(outcome);
        return outcome;
    }

    public Task<Outcome> RequireSergeantApprovalAsync(int district, bool required, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var publishingSwitch = await SwitchAsync(district, cancellationToken);
            publishingSwitch.RequireSergeant(by, required);
            audit.Record(AuditActions.Publishing.SergeantApprovalChanged, AuditSubjects.Publishing, district.ToString(System.Globalization.CultureInfo.InvariantCulture), district, new { required });
            return district.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    public static string? PostUrl(string? handle, string xPostId) =>
        handle is null ? $"https://x.com/i/web/status/{xPostId}" : $"https://x.com/{handle}/status/{xPostId}";

    public static string Summary(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var text = post.Text.ReplaceLineEndings(" ");
        return text.Length <= 80 ? $"“{text}”" : $"“{text[..79]}…”";
    }

    private static List<object> ImagesForAudit(Post post) =>
        post.Images.Select(i => (object)new { sha256 = i.Sha256, kind = i.Kind.ToString(), altText = i.AltText }).ToList();

    private async Task<PublishingSwitch> SwitchAsync(int scope, CancellationToken cancellationToken)
    {
        var existing = await db.PublishingSwitches.SingleOrDefaultAsync(s => s.Scope == scope, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var created = new PublishingSwitch(scope);
        db.PublishingSwitches.Add(created);
        return created;
    }

    private void Enqueue(Post post) =>
        db.Outbox.Add(new OutboxMessage(OutboxKind.PublishPost, post.Id, post.District, post.DueAt, Now()));

    private async Task<Post> LoadAsync(Guid postId, int? district, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Revisions).Include(p => p.Decisions)
            .SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        return post is null || (district is not null && post.District != district)
            ? throw new DomainException("There is no such post in your district.")
            : post;
    }

    private void WakeIf(Outcome outcome)
    {
        if (outcome.Succeeded)
        {
            publisher.Wake();
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
