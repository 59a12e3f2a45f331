using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.XApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Publishing;

/// <summary>
/// Sends due outbox messages to X, one at a time per instance. A message is claimed with an atomic lease (one
/// UPDATE … WHERE the lease is free), so several instances never send the same post; the attempt is committed
/// before X is called, so a crash or timeout afterwards leads to reconciliation, never a blind second POST.
/// </summary>
public sealed partial class Publisher(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<XOptions> xOptions,
    IOptions<PublishingOptions> options,
    ILogger<Publisher> logger)
{
    public const string ActorName = "publisher";
    private const int CandidateBatch = 20;
    private const int MediaRetries = 3;

    public string InstanceId { get; } = Truncate($"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}", 128);

    /// <summary>Processes due messages until none is left; returns how many it handled.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        while (!cancellationToken.IsCancellationRequested && await RunOnceAsync(cancellationToken))
        {
            handled++;
        }

        return handled;
    }

    /// <summary>Claims and handles one due message; false when there is nothing this instance may take now.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = Now();
        var holds = await HoldsAsync(db, now, cancellationToken);
        var candidates = await db.Outbox.AsNoTracking()
            .Where(m => m.CompletedAt == null && m.DueAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.DueAt).ThenBy(m => m.CreatedAt)
            .Select(m => new { m.Id, m.District, m.Kind })
            .Take(CandidateBatch)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates.Where(c => !holds.Holds(c.Kind, c.District)))
        {
            var leaseUntil = now.AddSeconds(options.Value.LeaseSeconds);
            // The due time is checked again in the claim: a post rescheduled (or cancelled) since it was listed is not taken.
            var claimed = await db.Outbox
                .Where(m => m.Id == candidate.Id && m.CompletedAt == null && m.DueAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, InstanceId).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
            if (claimed == 1)
            {
                await using var work = scopes.CreateAsyncScope();
                await HandleAsync(work.ServiceProvider, candidate.Id, cancellationToken);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What waits now: pauses hold publishing (not deletions: a discontinued post comes down even while paused);
    /// an account that is not connected, needs reconnecting or is rate limited holds both.
    /// </summary>
    private async Task<QueueHolds> HoldsAsync(CpdTwitterDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var switches = await db.PublishingSwitches.AsNoTracking().ToListAsync(cancellationToken);
        var departmentPaused = switches.Any(s => s.Scope == PublishingSwitch.DepartmentScope && s.IsPaused);
        var paused = switches.Where(s => s.IsPaused).Select(s => s.Scope).ToHashSet();
        var accountHeld = new HashSet<int>();
        if (!xOptions.Value.IsSandbox)
        {
            var accounts = await db.XAccounts.AsNoTracking().ToListAsync(cancellationToken);
            var connected = accounts.Where(a => PublishingHold.For(null, null, a, sandbox: false, now) is null).Select(a => a.District).ToHashSet();
            var waiting = await db.Outbox.AsNoTracking().Where(m => m.CompletedAt == null).Select(m => m.District).Distinct().ToListAsync(cancellationToken);
            accountHeld.UnionWith(waiting.Where(d => !connected.Contains(d)));
        }

        return new QueueHolds(departmentPaused, paused, accountHeld);
    }

    private async Task HandleAsync(IServiceProvider services, Guid messageId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CpdTwitterDbContext>();
        var message = await db.Outbox.SingleAsync(m => m.Id == messageId, cancellationToken);
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == message.PostId, cancellationToken);
        var context = new Work(db, services.GetRequiredService<AuditTrail>(), services.GetRequiredService<Notifier>(), message, post);
        try
        {
            if (message.Kind == OutboxKind.DeletePost)
            {
                await HandleDeletionAsync(services, context, cancellationToken);
                return;
            }

            if (post is null || post.State is not (PostState.Queued or PostState.OutcomeUnknown))
            {
                await CompleteAsync(context, $"Nothing to send: the post is {post?.State.DisplayName().ToLowerInvariant() ?? "gone"}.", cancellationToken);
                return;
            }

            if (post.State == PostState.Queued && message.AttemptStartedAt is not null)
            {
                // An earlier attempt began and never recorded X's answer (the instance stopped mid-call).
                await UnknownAsync(context, post.Text, "The publisher stopped while sending; the post may or may not be on X.", cancellationToken);
                return;
            }

            // A pause may have started after the message was claimed.
            var paused = await db.PublishingSwitches.AsNoTracking()
                .AnyAsync(s => (s.Scope == PublishingSwitch.DepartmentScope || s.Scope == message.District) && s.PausedAt != null, cancellationToken);
            if (paused)
            {
                await ReleaseAsync(context, cancellationToken);
                return;
            }

            if (xOptions.Value.IsSandbox)
            {
                await SandboxAsync(context, cancellationToken);
                return;
            }

            var account = await db.XAccounts.SingleOrDefaultAsync(a => a.District == message.District, cancellationToken);
            if (account is null || PublishingHold.For(null, null, account, sandbox: false, Now()) is not null)
            {
                await ReleaseAsync(context, cancellationToken);
                return;
            }

            var client = services.GetRequiredService<IXClient>();
            var credentials = services.GetRequiredService<XAccountVault>().CredentialsFor(account);
            if (post.State == PostState.OutcomeUnknown)
            {
                await ReconcileAsync(context, client, credentials, account, cancellationToken);
            }
            else
            {
                await SendAsync(context, client, credentials, account, services.GetRequiredService<Media.ImageStore>(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Security.Cryptography.CryptographicException)
        {
            LogHandlingFailed(logger, ex, messageId);
            db.ChangeTracker.Clear();
            await db.Outbox.Where(m => m.Id == messageId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, Now().AddMinutes(1)).SetProperty(m => m.LastError, ex.GetType().Name), CancellationToken.None);
        }
    }

    private async Task HandleDeletionAsync(IServiceProvider services, Work work, CancellationToken cancellationToken)
    {
        var (db, audit, notifier, message, post) = work;
        if (post is null || post.State != PostState.Discontinuing)
        {
            await CompleteAsync(work, $"Nothing to delete: the post is {post?.State.DisplayName().ToLowerInvariant() ?? "gone"}.", cancellationToken);
            return;
        }

        if (post.Sandbox || post.XPostId is null)
        {
            post.MarkDiscontinued(Now());
            audit.Record(AuditActions.Post.Discontinued, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = post.XPostId, sandbox = true }, ActorName);
            await CompleteAsync(work, null, cancellationToken);
            return;
        }

        var account = await db.XAccounts.SingleOrDefaultAsync(a => a.District == message.District, cancellationToken);
        if (xOptions.Value.IsSandbox || account is null || PublishingHold.For(null, null, account, sandbox: false, Now()) is not null)
        {
            await ReleaseAsync(work, cancellationToken);
            return;
        }

        var credentials = services.GetRequiredService<XAccountVault>().CredentialsFor(account);
        message.Attempts++;
        var result = await services.GetRequiredService<IXClient>().DeletePostAsync(credentials, post.XPostId, CancellationToken.None);
        if (await AccountOutcomeAsync(work, account, result, cancellationToken))
        {
            return;
        }

        switch (result.Outcome)
        {
            case XOutcome.Succeeded:
            case XOutcome.Refused when result.Status == 404:
                post.MarkDiscontinued(Now());
                audit.Record(AuditActions.Post.Discontinued, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = post.XPostId, status = result.Status, alreadyGone = !result.Succeeded }, ActorName);
                await CompleteAsync(work, null, cancellationToken);
                break;
            case XOutcome.Refused:
                var reason = result.Message ?? $"X refused the deletion (HTTP {result.Status}).";
                post.DeletionRefused(reason, Now());
                audit.Record(AuditActions.Post.DeletionRefused, AuditSubjects.Post, post.Id.ToString(), post.District, new { status = result.Status, message = reason }, ActorName);
                await notifier.NotifyRoleAsync(Domain.People.Roles.IsdAdministrator, null, $"X refused to delete a discontinued district {post.District:000} post ({reason}); remove it by hand.", AppLinks.Post(post.Id), cancellationToken);
                await CompleteAsync(work, reason, cancellationToken);
                break;
            default:
                // Deleting is safe to repeat: if the first request did reach X, the next one answers 404, which completes the discontinuing.
                await RetryWithBackoffAsync(work, result.Message ?? "X gave no clear answer; the deletion will be tried again.", cancellationToken);
                break;
        }
    }

    private async Task SendAsync(Work work, IXClient client, OAuthCredentials credentials, XAccountConnection account, Media.ImageStore store, CancellationToken cancellationToken)
    {
        var (db, audit, _, message, post) = work;
        var text = post!.Text;
        var mediaIds = await MediaAsync(work, client, credentials, account, store, cancellationToken);
        if (mediaIds is null)
        {
            return;
        }

        message.Attempts++;
        message.AttemptStartedAt = Now();
        audit.Record(AuditActions.Post.SendAttempted, AuditSubjects.Post, post.Id.ToString(), post.District, new { attempt = message.Attempts, account = account.Handle }, ActorName);
        await db.SaveChangesAsync(cancellationToken);

        var result = await client.CreatePostAsync(credentials, text, mediaIds, post.InReplyToXPostId, CancellationToken.None);
        if (await AccountOutcomeAsync(work, account, result, cancellationToken))
        {
            return;
        }

        if (result.Outcome == XOutcome.Refused && mediaIds.Count > 0 && result.Status == 400 && message.Attempts <= MediaRetries
            && result.Message?.Contains("media", StringComparison.OrdinalIgnoreCase) == true)
        {
            // X no longer knows a media id (expired early, or lost): the post was not created, so upload again and retry.
            await db.XMediaUploads.Where(u => u.PostId == post.Id).ExecuteDeleteAsync(cancellationToken);
            await RetryWithBackoffAsync(work, $"X refused the images' ids ({result.Message}); they are uploaded again.", cancellationToken);
            return;
        }

        switch (result.Outcome)
        {
            case XOutcome.Succeeded:
                post.MarkPublished(result.PostId!, PostWorkflow.PostUrl(account.Handle, result.PostId!), text, account.Handle, sandbox: false, Now());
                audit.Record(AuditActions.Post.Published, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = result.PostId, account = account.Handle, sentText = text, inReplyTo = post.InReplyToXPostId }, ActorName);
                await MentionAnswers.RecordPublishedAsync(db, audit, post, Now(), ActorName, cancellationToken);
                work.Notifier.Notify(post.AuthorId, $"Your post is published on X: {PostWorkflow.Summary(post)}", AppLinks.Post(post.Id));
                await CompleteAsync(work, null, cancellationToken);
                break;
            case XOutcome.Refused:
                // A response X will not take as a reply (issue 16) is said in plain words; its mention stays New.
                var reason = (post.IsResponse ? ReplyRefusal.Explain(result.Status, result.Message) : null)
                    ?? result.Message ?? $"X refused the post (HTTP {result.Status}).";
                post.MarkFailed(reason, Now());
                audit.Record(AuditActions.Post.Failed, AuditSubjects.Post, post.Id.ToString(), post.District, new { status = result.Status, message = reason }, ActorName);
                work.Notifier.Notify(post.AuthorId, reason.StartsWith("X refused", StringComparison.Ordinal) ? reason : $"X refused your post: {reason} Edit it and submit it again.", AppLinks.Post(post.Id));
                await CompleteAsync(work, reason, cancellationToken);
                break;
            default:
                await UnknownAsync(work, text, result.Message ?? "X gave no clear answer; the post may or may not be on X.", cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Uploads the post's images before the post is created (issue 13), each recorded with its media id and expiry as soon
    /// as X issues it, so a retry after a failure uploads only what is missing or expired; the alt text is set on each.
    /// Nothing here creates a post, so an unclear answer is simply tried again. Null when this attempt stops here.
    /// </summary>
    private async Task<IReadOnlyList<string>?> MediaAsync(Work work, IXClient client, OAuthCredentials credentials, XAccountConnection account, Media.ImageStore store, CancellationToken cancellationToken)
    {
        var (db, audit, _, message, post) = work;
        if (post!.Images.Count == 0)
        {
            return [];
        }

        var uploads = await db.XMediaUploads.Where(u => u.PostId == post.Id).ToListAsync(cancellationToken);
        var ids = new List<string>();
        for (var i = 0; i < post.Images.Count; i++)
        {
            var image = post.Images[i];
            var upload = uploads.Where(u => u.Sha256 == image.Sha256 && u.UsableAt(Now())).MaxBy(u => u.ExpiresAt);
            if (upload is null)
            {
                message.Attempts++;
                var bytes = await store.ReadAsync(image.Sha256, cancellationToken);
                var (result, media) = image.Kind == Domain.Media.ImageKind.Gif
                    ? await client.UploadGifAsync(credentials, bytes, CancellationToken.None)
                    : await client.UploadImageAsync(credentials, bytes, image.ContentType, CancellationToken.None);
                if (!result.Succeeded || media is null)
                {
                    await MediaRefusedAsync(work, account, result, $"image {i + 1}", cancellationToken);
                    return null;
                }

                upload = new XMediaUpload(post.Id, post.District, image.Sha256, media.Id, media.ExpiresAtUtc, Now());
                db.XMediaUploads.Add(upload);
                audit.Record(AuditActions.Post.MediaUploaded, AuditSubjects.Post, post.Id.ToString(), post.District,
                    new { image = i + 1, sha256 = image.Sha256, mediaId = media.Id, expiresAt = media.ExpiresAtUtc }, ActorName);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (!string.Equals(upload.AltTextSet, image.AltText, StringComparison.Ordinal))
            {
                var alt = await client.SetAltTextAsync(credentials, upload.MediaId, image.AltText, CancellationToken.None);
                if (!alt.Succeeded)
                {
                    await MediaRefusedAsync(work, account, alt, $"the alt text of image {i + 1}", cancellationToken);
                    return null;
                }

                upload.AltTextSet = image.AltText;
                await db.SaveChangesAsync(cancellationToken);
            }

            ids.Add(upload.MediaId);
        }

        return ids;
    }

    /// <summary>An upload or alt text X did not take: the account answers as for a send; X's refusal fails the post with its words; anything unclear is tried again.</summary>
    private async Task MediaRefusedAsync(Work work, XAccountConnection account, XResult result, string what, CancellationToken cancellationToken)
    {
        if (await AccountOutcomeAsync(work, account, result, cancellationToken))
        {
            return;
        }

        var post = work.Post!;
        if (result.Outcome == XOutcome.Refused)
        {
            var reason = $"X refused {what}: {result.Message ?? $"HTTP {result.Status}"}";
            post.MarkFailed(reason, Now());
            work.Audit.Record(AuditActions.Post.Failed, AuditSubjects.Post, post.Id.ToString(), post.District, new { status = result.Status, message = reason }, ActorName);
            work.Notifier.Notify(post.AuthorId, $"{reason} Edit the post and submit it again.", AppLinks.Post(post.Id));
            await CompleteAsync(work, reason, cancellationToken);
            return;
        }

        // No post was created: uploading again is safe (an upload X did take but did not confirm simply expires unused).
        await RetryWithBackoffAsync(work, $"Uploading {what} to X did not finish ({result.Message ?? result.Outcome.ToString()}); it will be tried again.", cancellationToken);
    }

    /// <summary>
    /// X's answers about the account rather than the post, the same for a send and a deletion: 401 → the account needs
    /// reconnecting (audited; ISD and News Affairs told) and the district is held; 429 → held until X's reset (audited);
    /// nothing sent → tried again with backoff. False when the answer is about the post, for the caller to handle.
    /// </summary>
    private async Task<bool> AccountOutcomeAsync(Work work, XAccountConnection account, XResult result, CancellationToken cancellationToken)
    {
        var district = account.District.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (result.Outcome)
        {
            case XOutcome.Unauthorized:
                account.Unauthorized(result.Message ?? "X answered 401 Unauthorized.", Now());
                work.Audit.Record(AuditActions.XAccount.NeedsReconnect, AuditSubjects.XAccount, district, account.District, new { message = result.Message }, ActorName);
                var held = $"District {account.District:000}'s X account needs reconnecting; its posts are held.";
                await work.Notifier.NotifyRoleAsync(Domain.People.Roles.IsdAdministrator, null, held, AppLinks.XAccounts, cancellationToken);
                await work.Notifier.NotifyRoleAsync(Domain.People.Roles.NewsAffairs, null, held, AppLinks.NewsAffairsApprovals, cancellationToken);
                await RetryLaterAsync(work, Now(), "X refused the account's credentials (401); held until ISD reconnects it.", cancellationToken);
                return true;
            case XOutcome.RateLimited:
                var until = result.RetryAfterUtc ?? Now().AddMinutes(15);
                account.RateLimited(until);
                work.Audit.Record(AuditActions.XAccount.RateLimited, AuditSubjects.XAccount, district, account.District, new { until }, ActorName);
                await RetryLaterAsync(work, until, "X's rate limit (429); waiting for the reset.", cancellationToken);
                return true;
            case XOutcome.NotSent:
                await RetryWithBackoffAsync(work, result.Message ?? "X could not be reached; nothing was sent.", cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private Task RetryWithBackoffAsync(Work work, string reason, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(300, 5 * Math.Pow(2, Math.Min(work.Message.Attempts - 1, 6))));
        return RetryLaterAsync(work, Now() + backoff, reason, cancellationToken);
    }

    /// <summary>Looks for the post among the account's recent posts; found → Published, not found after a few tries → ISD decides.</summary>
    private async Task ReconcileAsync(Work work, IXClient client, OAuthCredentials credentials, XAccountConnection account, CancellationToken cancellationToken)
    {
        var (_, audit, notifier, message, post) = work;
        var sent = post!.SentText ?? post.Text;
        var userId = account.XUserId;
        if (userId is null)
        {
            var (me, who) = await client.GetMeAsync(credentials, CancellationToken.None);
            if (me.Succeeded && who is not null)
            {
                account.Verified(who.Id, who.Username, Now());
                userId = who.Id;
            }
        }

        var (result, posts) = userId is null ? (new XResult(XOutcome.NotSent, null, null, null, "The account's X id is unknown.", null), []) : await client.GetRecentPostsAsync(credentials, userId, CancellationToken.None);
        var match = posts.FirstOrDefault(p => SameText(p.Text, sent));
        message.Attempts++;
        if (match is not null)
        {
            post.MarkPublished(match.Id, PostWorkflow.PostUrl(account.Handle, match.Id), sent, account.Handle, sandbox: false, Now());
            audit.Record(AuditActions.Post.Reconciled, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = match.Id, found = true }, ActorName);
            await MentionAnswers.RecordPublishedAsync(work.Db, audit, post, Now(), ActorName, cancellationToken);
            notifier.Notify(post.AuthorId, $"Your post is published on X: {PostWorkflow.Summary(post)}", AppLinks.Post(post.Id));
            await CompleteAsync(work, null, cancellationToken);
            return;
        }

        if (message.Attempts < options.Value.ReconcileAttempts && result.Outcome != XOutcome.Unauthorized)
        {
            await RetryLaterAsync(work, Now().AddSeconds(options.Value.ReconcileDelaySeconds), $"Not yet found among the account's recent posts ({result.Outcome}).", cancellationToken);
            return;
        }

        audit.Record(AuditActions.Post.Reconciled, AuditSubjects.Post, post.Id.ToString(), post.District, new { found = false, handedTo = "ISD" }, ActorName);
        await notifier.NotifyRoleAsync(Domain.People.Roles.IsdAdministrator, null, $"A district {post.District:000} post's outcome on X is unknown and it was not found on the account: check it by hand.", AppLinks.Publishing, cancellationToken);
        await CompleteAsync(work, "Not found among the account's recent posts: ISD resolves it by hand.", cancellationToken);
    }

    private async Task SandboxAsync(Work work, CancellationToken cancellationToken)
    {
        var post = work.Post!;
        var id = "sandbox-" + Guid.NewGuid().ToString("N")[..16];
        post.MarkPublished(id, null, post.Text, "sandbox", sandbox: true, Now());
        work.Audit.Record(AuditActions.Post.Published, AuditSubjects.Post, post.Id.ToString(), post.District, new { xPostId = id, sandbox = true, sentText = post.Text }, ActorName);
        await MentionAnswers.RecordPublishedAsync(work.Db, work.Audit, post, Now(), ActorName, cancellationToken);
        work.Notifier.Notify(post.AuthorId, $"Your post is published (Sandbox — not sent to X): {PostWorkflow.Summary(post)}", AppLinks.Post(post.Id));
        await CompleteAsync(work, null, cancellationToken);
    }

    private async Task UnknownAsync(Work work, string sentText, string reason, CancellationToken cancellationToken)
    {
        var post = work.Post!;
        post.MarkOutcomeUnknown(sentText, reason, Now());
        work.Audit.Record(AuditActions.Post.OutcomeUnknown, AuditSubjects.Post, post.Id.ToString(), post.District, new { message = reason }, ActorName);
        work.Message.Attempts = 0;
        await RetryLaterAsync(work, Now().AddSeconds(options.Value.ReconcileDelaySeconds), reason, cancellationToken);
    }

    private static async Task RetryLaterAsync(Work work, DateTime dueAt, string reason, CancellationToken cancellationToken)
    {
        work.Message.DueAt = dueAt;
        work.Message.AttemptStartedAt = null;
        work.Message.LeaseUntil = null;
        work.Message.LeaseOwner = null;
        work.Message.LastError = Truncate(reason);
        await work.Db.SaveChangesAsync(cancellationToken);
    }

    private async Task ReleaseAsync(Work work, CancellationToken cancellationToken)
    {
        // Not before the next poll: the hold that stopped it is checked again then.
        work.Message.DueAt = Max(work.Message.DueAt, Now().AddSeconds(options.Value.PollSeconds));
        work.Message.LeaseUntil = null;
        work.Message.LeaseOwner = null;
        await work.Db.SaveChangesAsync(cancellationToken);
    }

    private async Task CompleteAsync(Work work, string? note, CancellationToken cancellationToken)
    {
        work.Message.CompletedAt = Now();
        work.Message.AttemptStartedAt = null;
        work.Message.LastError = note is null ? null : Truncate(note);
        await work.Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>X may shorten links to t.co, so links are compared by presence, the rest exactly.</summary>
    private static bool SameText(string onX, string sent)
    {
        if (string.Equals(onX, sent, StringComparison.Ordinal))
        {
            return true;
        }

        static string WithoutLinks(string text) =>
            string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("http", StringComparison.OrdinalIgnoreCase)));
        return string.Equals(WithoutLinks(onX), WithoutLinks(sent), StringComparison.Ordinal);
    }

    private static string Truncate(string value, int length = 1000) => value.Length <= length ? value : value[..length];

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private sealed record QueueHolds(bool DepartmentPaused, HashSet<int> Paused, HashSet<int> AccountHeld)
    {
        public bool Holds(OutboxKind kind, int district) =>
            AccountHeld.Contains(district) || (kind == OutboxKind.PublishPost && (DepartmentPaused || Paused.Contains(district)));
    }

    private sealed record Work(CpdTwitterDbContext Db, AuditTrail Audit, Notifier Notifier, OutboxMessage Message, Post? Post);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing outbox message {MessageId} failed; it will be retried.")]
    private static partial void LogHandlingFailed(ILogger logger, Exception exception, Guid messageId);
}
