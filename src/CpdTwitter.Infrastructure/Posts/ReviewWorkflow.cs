using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// The sergeant's review of published postings and the discontinuing of a posting (directive V.B). Each step commits
/// the post, its audit event, any deletion for the outbox and the notifications together. Cancelling a post that
/// has not gone out is <see cref="QueuedPostChanges.CancelAsync"/>, which must win against the publisher first.
/// </summary>
public sealed class ReviewWorkflow(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Notifier notifier, PublisherSignal publisher, TimeProvider time)
{
    public Task<Outcome> ReviewAsync(Guid postId, PostApprover reviewer, ReviewOutcome outcome, ReviewChecklist checks, string? note, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, cancellationToken);
            Review(post, reviewer, outcome, checks, note);
            return post.Id.ToString();
        }, cancellationToken);

    /// <summary>Marks several postings Reviewed at once (every check ticked), one audit event each; all or none.</summary>
    public Task<Outcome> ReviewManyAsync(IReadOnlyCollection<Guid> postIds, PostApprover reviewer, CancellationToken cancellationToken = default)
    {
        if (postIds.Count == 0)
        {
            return Task.FromResult(Outcome.Fail(string.Empty, "Select the postings you have checked."));
        }

        return unitOfWork.CommitAsync(async () =>
        {
            var posts = await db.Posts.Include(p => p.Revisions).Where(p => postIds.Contains(p.Id)).ToListAsync(cancellationToken);
            if (posts.Count != postIds.Count)
            {
                throw new DomainException("One of the selected postings is no longer in your queue. Reload the page.");
            }

            foreach (var post in posts.OrderBy(p => p.PublishedAt))
            {
                Review(post, reviewer, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null);
            }

            return posts.Count.ToString(CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    /// <summary>Discontinues a live posting: it is deleted on X through the outbox and kept here with its reason.</summary>
    public async Task<Outcome> DiscontinueAsync(Guid postId, PostApprover by, DiscontinueReason? reason, string? note, CancellationToken cancellationToken = default)
    {
        if (reason is null)
        {
            return Outcome.Fail("Reason", "Choose the reason for discontinuing the posting.");
        }

        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var post = await LoadAsync(postId, cancellationToken);
            post.Discontinue(by, reason.Value, note, Now());
            db.Outbox.Add(new OutboxMessage(OutboxKind.DeletePost, post.Id, post.District, Now(), Now()));
            audit.Record(AuditActions.Post.Discontinuing, AuditSubjects.Post, post.Id.ToString(), post.District,
                new { reason = reason.Value.ToString(), note = post.DiscontinueNote, xPostId = post.XPostId, sentText = post.SentText, publishedAt = post.PublishedAt, approvedBy = post.ApprovedByName, reviewedBy = post.ReviewedByName });
            await NotifyDiscontinuedAsync(post, by, "discontinued", cancellationToken);
            return post.Id.ToString();
        }, cancellationToken);
        if (outcome.Succeeded)
        {
            publisher.Wake();
        }

        return outcome;
    }

    public async Task<Outcome> SetReviewWithinAsync(int district, int? hours, Actor by, CancellationToken cancellationToken = default)
    {
        if (hours is null)
        {
            return Outcome.Fail("Hours", "Enter the number of hours.");
        }

        return await unitOfWork.CommitAsync(async () =>
        {
            var settings = await db.PublishingSwitches.SingleOrDefaultAsync(s => s.Scope == district, cancellationToken);
            if (settings is null)
            {
                settings = new PublishingSwitch(district);
                db.PublishingSwitches.Add(settings);
            }

            settings.SetReviewWithin(by, hours.Value);
            audit.Record(AuditActions.Publishing.ReviewPeriodChanged, AuditSubjects.Publishing, district.ToString(CultureInfo.InvariantCulture), district, new { hours });
            return district.ToString(CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    private void Review(Post post, PostApprover reviewer, ReviewOutcome outcome, ReviewChecklist checks, string? note)
    {
        var review = post.Review(reviewer, outcome, checks, note, Now());
        audit.Record(AuditActions.Post.Reviewed, AuditSubjects.Post, post.Id.ToString(), post.District,
            new { outcome = outcome.ToString(), review = review.Id, checks, note = review.Note });
        // A post made outside the app has no author here to tell (Post.OutsideAppAuthorId cannot sign in).
        if (outcome == ReviewOutcome.NeedsCorrection && !post.MadeOutsideApp)
        {
            notifier.Notify(post.AuthorId, $"{reviewer.Name} asks for a correction of your post {PostWorkflow.Summary(post)}: {review.Note}", AppLinks.Correction(post.Id));
        }
    }

    private async Task NotifyDiscontinuedAsync(Post post, PostApprover by, string what, CancellationToken cancellationToken)
    {
        var text = $"{by.Name} {what} a district {post.District:000} post ({post.DiscontinueReason!.Value.DisplayName()}): {PostWorkflow.Summary(post)}"
            + (post.DiscontinueNote is { } note ? $" Note: {note}" : string.Empty);
        if (!post.MadeOutsideApp)
        {
            notifier.Notify(post.AuthorId, text, AppLinks.Post(post.Id));
        }

        await notifier.NotifyRoleAsync(Roles.Commander, post.District, text, AppLinks.Post(post.Id), cancellationToken);
        await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, text, AppLinks.Post(post.Id), cancellationToken);
    }

    private async Task<Post> LoadAsync(Guid postId, CancellationToken cancellationToken) =>
        await db.Posts.Include(p => p.Revisions).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken)
            ?? throw new DomainException("There is no such post.");

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
