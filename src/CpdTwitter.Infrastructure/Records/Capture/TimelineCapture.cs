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
using CpdTwitter.Infrastructure.XApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Records.Capture;

/// <summary>What one district's read found and recorded.</summary>
public sealed record DistrictCapture(int District, int Pages, bool ReachedEnd, int Captured, int DeletedOutside, string? StopReason);

/// <summary>
/// The capture of what happens on the district accounts outside the app (directive V.D.2, issue 15): each connected
/// account's own timeline is read (<see cref="TimelineReader"/>) and every post the app did not make is recorded as a
/// published posting of its district (<see cref="Post.CapturedFromX"/>); a live posting the read should have returned
/// but did not is marked deleted outside the app — only when the read reached the end of its window
/// (<see cref="TimelineCoverage"/>). Each district is claimed with a lease and committed with its audit events in one
/// transaction; News Affairs and ISD get one notification per run.
/// </summary>
public sealed partial class TimelineCapture(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<XOptions> xOptions,
    IOptions<CaptureOptions> options,
    ILogger<TimelineCapture> logger)
{
    public const string ActorName = "capture";
    public const string NotificationPrefix = "Capture of the district accounts";

    public string InstanceId { get; } = Truncate($"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}", 128);

    /// <summary>Reads every connected account whose last read is at least the interval old (all of them when <paramref name="force"/>).</summary>
    public async Task<IReadOnlyList<DistrictCapture>> RunAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        if (xOptions.Value.IsSandbox)
        {
            return [];
        }

        List<int> districts;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var accounts = await db.XAccounts.AsNoTracking().Where(a => a.NeedsReconnectSince == null).Select(a => a.District).ToListAsync(cancellationToken);
            var known = await db.TimelineCaptureRuns.Select(r => r.District).ToListAsync(cancellationToken);
            foreach (var district in accounts.Except(known))
            {
                db.TimelineCaptureRuns.Add(new TimelineCaptureRun(district));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (SaveConflict.IsConflict(ex))
            {
                // Another instance added the rows at the same moment; its rows serve as well.
            }

            districts = accounts;
        }

        var results = new List<DistrictCapture>();
        foreach (var district in districts.Order())
        {
            if (await ClaimAsync(district, force, cancellationToken) is { } startedAt)
            {
                results.Add(await CaptureDistrictAsync(district, startedAt, cancellationToken));
            }
        }

        await NotifyAsync(results, cancellationToken);
        return results;
    }

    private async Task<DateTime?> ClaimAsync(int district, bool force, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = Now();
        var dueBefore = force ? now : now.AddHours(-options.Value.CaptureIntervalHours);
        var leaseUntil = now.AddMinutes(options.Value.CaptureLeaseMinutes);
        var claimed = await db.TimelineCaptureRuns
            .Where(r => r.District == district && (r.LeaseUntil == null || r.LeaseUntil < now) && (r.LastStartedAt == null || r.LastStartedAt <= dueBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseOwner, InstanceId).SetProperty(r => r.LeaseUntil, leaseUntil).SetProperty(r => r.LastStartedAt, now), cancellationToken);
        return claimed == 1 ? now : null;
    }

    private async Task<DistrictCapture> CaptureDistrictAsync(int district, DateTime startedAt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CpdTwitterDbContext>();
        var account = await db.XAccounts.SingleAsync(a => a.District == district, cancellationToken);
        var credentials = services.GetRequiredService<XAccountVault>().CredentialsFor(account);
        var client = services.GetRequiredService<IXClient>();
        if (account.XUserId is null)
        {
            var (me, who) = await client.GetMeAsync(credentials, cancellationToken);
            if (!me.Succeeded || who is null)
            {
                return await FinishAsync(db, new DistrictCapture(district, 0, false, 0, 0, $"The account's X id could not be learnt: {me.Message ?? me.Outcome.ToString()}"), cancellationToken);
            }

            account.Verified(who.Id, who.Username, Now());
        }

        var windowStart = startedAt.AddDays(-Math.Max(1, options.Value.CaptureWindowDays));
        var read = await TimelineReader.ReadAsync(client, credentials, account.XUserId!, windowStart, options.Value, cancellationToken);
        await OutsideAppAuthor.EnsureAsync(db, Now(), cancellationToken);
        var coverage = TimelineCoverage.Of(read.ReachedEnd, read.Posts.Count, windowStart, read.OldestUtc, startedAt);
        var audit = services.GetRequiredService<AuditTrail>();
        DistrictCapture? capture = null;
        var outcome = await services.GetRequiredService<UnitOfWork>().CommitAsync(async () =>
        {
            var captured = await RecordOutsidePostsAsync(db, audit, account, read, startedAt, cancellationToken);
            var deleted = coverage is null ? 0 : await FlagDeletedAsync(db, audit, district, read, coverage, cancellationToken);
            capture = new DistrictCapture(district, read.Pages, read.ReachedEnd, captured, deleted, read.StopReason);
            audit.Record(AuditActions.XAccount.TimelineRead, AuditSubjects.XAccount, district.ToString(CultureInfo.InvariantCulture), district, new
            {
                pages = read.Pages,
                postsRead = read.Posts.Count,
                reachedEnd = read.ReachedEnd,
                windowStartUtc = windowStart,
                coveredFromUtc = coverage?.FromUtc,
                coveredToUtc = coverage?.ToUtc,
                captured,
                deletedOutsideApp = deleted,
                stoppedBecause = read.StopReason,
            }, ActorName);
            Remember(db, capture, Now());
            return "captured";
        }, cancellationToken);
        if (!outcome.Succeeded)
        {
            var why = string.Join(" ", outcome.Errors.Select(e => e.Message));
            LogCaptureFailed(logger, district, why);
            await using var retry = scopes.CreateAsyncScope();
            return await FinishAsync(retry.ServiceProvider.GetRequiredService<CpdTwitterDbContext>(), new DistrictCapture(district, read.Pages, read.ReachedEnd, 0, 0, "Nothing was recorded: " + why), cancellationToken);
        }

        return capture!;
    }

    /// <summary>Posts on X that no posting of the district carries: each becomes a record of its own, with its audit event.</summary>
    private async Task<int> RecordOutsidePostsAsync(CpdTwitterDbContext db, AuditTrail audit, XAccountConnection account, TimelineRead read, DateTime startedAt, CancellationToken cancellationToken)
    {
        var district = account.District;
        // A post whose sending had an unknown outcome may be on X already: reconciling finds it; it is not someone else's.
        var unsettled = await db.Posts.AsNoTracking()
            .Where(p => p.District == district && p.State == PostState.OutcomeUnknown)
            .Select(p => p.SentText ?? p.Text).ToListAsync(cancellationToken);
        var captured = 0;
        // Too new to judge: the publisher may not have recorded the id of a post it has just sent.
        var settledBefore = startedAt - TimelineCoverage.Margin;
        foreach (var chunk in read.Posts.Where(p => p.CreatedAtUtc <= settledBefore).DistinctBy(p => p.Id).Chunk(100))
        {
            var ids = chunk.Select(p => p.Id).ToList();
            var known = await db.Posts.AsNoTracking().Where(p => p.District == district && p.XPostId != null && ids.Contains(p.XPostId)).Select(p => p.XPostId!).ToListAsync(cancellationToken);
            foreach (var x in chunk.Where(p => !known.Contains(p.Id, StringComparer.Ordinal) && !unsettled.Any(t => SameText(t, p.Text))))
            {
                var post = Post.CapturedFromX(district, x.Id, x.Text, account.Handle, x.CreatedAtUtc, Now());
                db.Posts.Add(post);
                audit.Record(AuditActions.Post.CapturedOutsideApp, AuditSubjects.Post, post.Id.ToString(), district, new { xPostId = x.Id, postedAtUtc = x.CreatedAtUtc, text = x.Text, handle = account.Handle }, ActorName);
                captured++;
            }
        }

        return captured;
    }

    /// <summary>Live postings of the covered time that the read did not return: deleted on X by someone, not through the app.</summary>
    private async Task<int> FlagDeletedAsync(CpdTwitterDbContext db, AuditTrail audit, int district, TimelineRead read, TimelineCoverage coverage, CancellationToken cancellationToken)
    {
        var onX = read.Posts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var expected = await db.Posts
            .Where(p => p.District == district && !p.Sandbox && p.XPostId != null && p.DeletedOutsideAppAt == null
                && (p.State == PostState.Published || p.State == PostState.Reviewed)
                && p.PublishedAt >= coverage.FromUtc && p.PublishedAt <= coverage.ToUtc)
            .ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var post in expected.Where(p => !onX.Contains(p.XPostId!)))
        {
            if (post.MarkDeletedOutsideApp(Now()))
            {
                audit.Record(AuditActions.Post.DeletedOutsideApp, AuditSubjects.Post, post.Id.ToString(), district, new { xPostId = post.XPostId, publishedAtUtc = post.PublishedAt, coveredFromUtc = coverage.FromUtc, coveredToUtc = coverage.ToUtc }, ActorName);
                deleted++;
            }
        }

        return deleted;
    }

    private async Task<DistrictCapture> FinishAsync(CpdTwitterDbContext db, DistrictCapture capture, CancellationToken cancellationToken)
    {
        Remember(db, capture, Now());
        await db.SaveChangesAsync(cancellationToken);
        return capture;
    }

    private static void Remember(CpdTwitterDbContext db, DistrictCapture capture, DateTime nowUtc)
    {
        var run = db.TimelineCaptureRuns.Local.FirstOrDefault(r => r.District == capture.District);
        if (run is null)
        {
            run = new TimelineCaptureRun(capture.District);
            db.TimelineCaptureRuns.Attach(run);
        }

        run.LastFinishedAt = nowUtc;
        run.LeaseOwner = null;
        run.LeaseUntil = null;
        var result = $"{Plural.Count(capture.Pages, "page")} read{(capture.ReachedEnd ? " to the end of the window" : ", not to the end")}; "
            + $"{Plural.Count(capture.Captured, "post")} made outside the app captured, {Plural.Count(capture.DeletedOutside, "posting")} found deleted outside the app."
            + (capture.StopReason is { } reason ? " " + reason : string.Empty);
        run.LastResult = result.Length <= TimelineCaptureRun.ResultMaxLength ? result : result[..TimelineCaptureRun.ResultMaxLength];
        db.Entry(run).Property(r => r.LastFinishedAt).IsModified = true;
        db.Entry(run).Property(r => r.LeaseOwner).IsModified = true;
        db.Entry(run).Property(r => r.LeaseUntil).IsModified = true;
        db.Entry(run).Property(r => r.LastResult).IsModified = true;
    }

    /// <summary>One notification per run to each active News Affairs and ISD member, when the run found anything.</summary>
    private async Task NotifyAsync(IReadOnlyList<DistrictCapture> results, CancellationToken cancellationToken)
    {
        var found = results.Where(r => r.Captured > 0 || r.DeletedOutside > 0).ToList();
        if (found.Count == 0)
        {
            return;
        }

        var text = $"{NotificationPrefix}: " + string.Join("; ", found.Select(r =>
            $"district {r.District:000}: {Plural.Count(r.Captured, "post")} made outside the app, {Plural.Count(r.DeletedOutside, "posting")} deleted outside the app")) + ".";
        if (text.Length > Domain.Notifications.Notification.TextMaxLength)
        {
            text = $"{NotificationPrefix}: {Plural.Count(found.Sum(r => r.Captured), "post")} made and {Plural.Count(found.Sum(r => r.DeletedOutside), "posting")} deleted outside the app in {Plural.Count(found.Count, "district")}.";
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, text, AppLinks.OutsideAppPostings, cancellationToken);
        await notifier.NotifyRoleAsync(Roles.IsdAdministrator, null, text, AppLinks.OutsideAppPostings, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool SameText(string a, string b) =>
        string.Equals(a.ReplaceLineEndings("\n").Trim(), b.ReplaceLineEndings("\n").Trim(), StringComparison.Ordinal);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "Capture of district {District}'s timeline could not be saved: {Message}")]
    private static partial void LogCaptureFailed(ILogger logger, int district, string message);
}
