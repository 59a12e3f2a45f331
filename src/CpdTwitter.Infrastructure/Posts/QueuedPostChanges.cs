using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// Changing the go-out time or text of a queued post, or cancelling it, before it is sent (issue #13). The post's
/// outbox message is changed in the same transaction with one conditional UPDATE that matches only while no publisher
/// holds its lease and no attempt has begun: if the publisher claimed it first, nothing changes and the member reads
/// <see cref="TooLateMessage"/>; if the change commits first, the publisher's claim (which re-checks the due time and
/// completion) finds nothing to send before the new time, or nothing at all after a cancel. So exactly one send happens,
/// at the new time, or none. Whether the author may act now (duty, device) is checked by the caller, as for submitting.
/// </summary>
public sealed class QueuedPostChanges(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Notifier notifier, PublisherSignal publisher, TimeProvider time)
{
    public const string TooLateMessage = "Too late: the post is being sent to X right now, so it can no longer be changed or cancelled. Once it is published, the district's sergeant can discontinue it.";

    /// <summary>Changes the go-out time and/or text. <paramref name="scheduledForUtc"/> null sends it as soon as possible.</summary>
    public async Task<Outcome> ChangeAsync(Guid postId, Actor by, string? text, DateTime? scheduledForUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var lists = PolicyTerm.ToLists(await db.PolicyTerms.AsNoTracking().ToListAsync(cancellationToken));
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var now = Now();
            var post = await LoadAsync(postId, by, cancellationToken);
            var newText = PostContent.NormalizeText(text);
            var review = PostPolicy.Review(newText, post.MarkedNotable, post.District, lists);
            var settings = await db.PublishingSwitches.AsNoTracking().SingleOrDefaultAsync(s => s.Scope == post.District, cancellationToken);
            var change = post.ChangeBeforeSending(by.UserId, by.Name, PostApprover.From(by), newText, scheduledForUtc, review, settings?.RequireSergeantApproval ?? false, now);
            var id = post.Id.ToString();
            if (change.State == PostState.Queued)
            {
                var dueAt = post.DueAt;
                await TakeBackAsync(post.Id, now, s => s.SetProperty(m => m.DueAt, dueAt), cancellationToken);
            }
            else
            {
                await TakeBackAsync(post.Id, now, s => s.SetProperty(m => m.CompletedAt, now).SetProperty(m => m.LastError, "Superseded: the text changed and the post went back for approval."), cancellationToken);
            }

            if (change.Rescheduled)
            {
                audit.Record(AuditActions.Post.Rescheduled, AuditSubjects.Post, id, post.District, new { from = change.PreviousScheduleUtc, to = post.ScheduledFor, dueAt = post.DueAt });
            }

            if (change.TextChanged)
            {
                audit.Record(AuditActions.Post.ChangedBeforeSending, AuditSubjects.Post, id, post.District,
                    new { revision = post.RevisionNumber, state = change.State.ToString(), reasons = post.RoutingReasonList.ToList() });
            }

            await NotifyAsync(post, by, change, cancellationToken);
            return id;
        }, cancellationToken);
        if (outcome.Succeeded)
        {
            publisher.Wake();
        }

        return outcome;
    }

    /// <summary>Cancels the queued post: its author, or the district's sergeant or commander, or News Affairs (unless they wrote it).</summary>
    public Task<Outcome> CancelAsync(Guid postId, Actor by, DiscontinueReason? reason, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (reason is null)
        {
            return Task.FromResult(Outcome.Fail("Reason", "Choose the reason for cancelling the post."));
        }

        return unitOfWork.CommitAsync(async () =>
        {
            var now = Now();
            var post = await LoadAsync(postId, by, cancellationToken);
            post.CancelBeforeSending(by.UserId, by.Name, PostApprover.From(by), reason.Value, note, now);
            await TakeBackAsync(post.Id, now, s => s.SetProperty(m => m.CompletedAt, now).SetProperty(m => m.LastError, "Cancelled before it went out."), cancellationToken);
            audit.Record(AuditActions.Post.Cancelled, AuditSubjects.Post, post.Id.ToString(), post.District, new { reason = reason.Value.ToString(), note = post.DiscontinueNote, byAuthor = post.DiscontinuedBy == post.AuthorId });
            var text = $"{by.Name} cancelled a district {post.District:000} post before it went out ({reason.Value.DisplayName()}): {PostWorkflow.Summary(post)}";
            if (post.AuthorId != by.UserId)
            {
                notifier.Notify(post.AuthorId, text, AppLinks.Post(post.Id));
            }

            await notifier.NotifyRoleAsync(Roles.Commander, post.District, text, AppLinks.Post(post.Id), cancellationToken);
            if (post.AuthorId != by.UserId || post.ApprovedByRole == PostApprover.NewsAffairsRole)
            {
                await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, text, AppLinks.Post(post.Id), cancellationToken);
            }

            return post.Id.ToString();
        }, cancellationToken);
    }

    /// <summary>
    /// Changes the post's unsent publish message only while no publisher holds it: no live lease, no attempt begun. The
    /// UPDATE takes the row's lock until this transaction ends, so a publisher claiming it at the same moment waits and
    /// then sees the change. Nothing matched means the publisher has it (or it is gone): the whole change rolls back.
    /// </summary>
    private async Task TakeBackAsync(Guid postId, DateTime now, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set, CancellationToken cancellationToken)
    {
        var changed = await db.Outbox
            .Where(m => m.PostId == postId && m.Kind == OutboxKind.PublishPost && m.CompletedAt == null && m.AttemptStartedAt == null
                && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(set, cancellationToken);
        if (changed == 0)
        {
            throw new DomainException(TooLateMessage);
        }
    }

    private async Task NotifyAsync(Post post, Actor by, QueuedChange change, CancellationToken cancellationToken)
    {
        var link = AppLinks.Post(post.Id);
        switch (change.State)
        {
            case PostState.AwaitingNewsAffairs:
                await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, $"A queued district {post.District:000} post was changed and awaits approval again: {PostWorkflow.Summary(post)}", AppLinks.NewsAffairsApprovals, cancellationToken);
                break;
            case PostState.AwaitingSergeant:
                await notifier.NotifyRoleAsync(Roles.CommunityPolicingSergeant, post.District, $"A queued post was changed and awaits your approval again: {PostWorkflow.Summary(post)}", AppLinks.SergeantApprovals, cancellationToken);
                break;
        }

        if (post.AuthorId != by.UserId)
        {
            var what = change.TextChanged ? "changed the text of" : "changed the go-out time of";
            var when = change.State == PostState.Queued ? $" It goes out {ChicagoTime.Format(post.DueAt)}." : " It awaits approval again.";
            notifier.Notify(post.AuthorId, $"{by.Name} {what} your queued post {PostWorkflow.Summary(post)}.{when}", link);
        }
    }

    private async Task<Post> LoadAsync(Guid postId, Actor by, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Revisions).Include(p => p.Decisions).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        return post is null || !(by.District == post.District || by.Is(Roles.NewsAffairs))
            ? throw new DomainException("There is no such post in your district.")
            : post;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
