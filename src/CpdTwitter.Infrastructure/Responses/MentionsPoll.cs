using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Infrastructure.XApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Responses;

/// <summary>What one account's poll did (for tests and logs).</summary>
public sealed record AccountPoll(int District, int Pages, int Read, int Stored, int Flagged, bool GapNoticed, bool BudgetExhausted, string? StopReason);

/// <summary>
/// Reads each connected district account's mentions from X (GET /2/users/:id/mentions) after the last one seen, page by
/// page within the monthly read budget (<see cref="MentionPoll"/> holds the rules), and stores each new one as a
/// <see cref="Mention"/> of the account's district, flagged when it may be a media inquiry (<see cref="MediaInquirySignal"/>).
/// Each account is claimed with a lease; what it stored, flagged, used up or may have missed is committed with its audit
/// events in one transaction. A 429 or 401 stops that account's poll; nothing is retried until the next poll.
/// </summary>
public sealed partial class MentionsPoll(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<XOptions> xOptions,
    IOptions<MentionsPollOptions> options,
    ILogger<MentionsPoll> logger)
{
    public const string ActorName = "mentions poll";

    /// <summary>A loop guard: X serves at most 800 mentions, so a poll never needs this many pages.</summary>
    private const int MaxPagesPerPoll = 200;

    public string InstanceId { get; } = Truncate($"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}", 128);

    /// <summary>Polls every connected account that has an X id, is not waiting for ISD to reconnect it and is not held by X's rate limit.</summary>
    public async Task<IReadOnlyList<AccountPoll>> RunAsync(CancellationToken cancellationToken = default)
    {
        if (xOptions.Value.IsSandbox)
        {
            return [];
        }

        List<int> districts;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var now = Now();
            districts = await db.XAccounts.AsNoTracking()
                .Where(a => a.NeedsReconnectSince == null && a.XUserId != null && (a.RateLimitedUntil == null || a.RateLimitedUntil <= now))
                .Select(a => a.District).OrderBy(d => d).ToListAsync(cancellationToken);
            var known = await db.MentionPolls.Select(p => p.District).ToListAsync(cancellationToken);
            foreach (var district in districts.Except(known))
            {
                db.MentionPolls.Add(new MentionPoll(district));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (SaveConflict.IsConflict(ex))
            {
                // Another instance added the rows at the same moment; its rows serve as well.
            }
        }

        var results = new List<AccountPoll>();
        foreach (var district in districts)
        {
            if (await PollAccountAsync(district, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    private async Task<AccountPoll?> PollAccountAsync(int district, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CpdTwitterDbContext>();
        var audit = services.GetRequiredService<AuditTrail>();
        var budget = options.Value.MonthlyReadBudget;
        var poll = await db.MentionPolls.SingleAsync(p => p.District == district, cancellationToken);
        var now = Now();
        if (!poll.TryLease(InstanceId, now, TimeSpan.FromMinutes(options.Value.MentionsLeaseMinutes)))
        {
            return null;
        }

        poll.StartMonth(now);
        if (poll.NextPageSize(budget, now) is null)
        {
            // Nothing may be read this month: no request is made.
            var newly = poll.BudgetRanOut(budget, now);
            poll.ReleaseLease();
            var saved = await services.GetRequiredService<UnitOfWork>().CommitAsync(() =>
            {
                if (newly)
                {
                    BudgetAudit(audit, poll, budget);
                }

                return Task.FromResult("budget");
            }, cancellationToken);
            return saved.Succeeded ? new AccountPoll(district, 0, 0, 0, 0, false, true, poll.LastResult) : null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (SaveConflict.IsConflict(ex))
        {
            return null; // another instance took the lease at the same moment
        }

        var account = await db.XAccounts.SingleAsync(a => a.District == district, cancellationToken);
        var credentials = services.GetRequiredService<XAccountVault>().CredentialsFor(account);
        var reading = await ReadAsync(services.GetRequiredService<IXClient>(), credentials, account.XUserId!, poll, budget, cancellationToken);
        var pressList = (await db.PressContacts.AsNoTracking().Where(c => c.RemovedAt == null).Select(c => c.HandleKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        AccountPoll? result = null;
        var outcome = await services.GetRequiredService<UnitOfWork>().CommitAsync(async () =>
        {
            var (stored, unreadable) = await NewMentionsAsync(db, account, reading.Mentions, cancellationToken);
            var id = District(district);
            if (stored.Count > 0 || unreadable.Count > 0)
            {
                audit.Record(AuditActions.Mentions.Received, AuditSubjects.MentionPoll, id, district, new
                {
                    count = stored.Count,
                    read = reading.Mentions.Count,
                    requests = reading.Pages,
                    xPostIds = stored.Select(m => m.XPostId),
                    notStored = unreadable,
                }, ActorName);
            }

            var flagged = 0;
            foreach (var mention in stored)
            {
                if (MediaInquirySignal.Reason(mention.AuthorHandle, mention.Text, pressList) is { } reason)
                {
                    mention.Flag(reason);
                    audit.Record(AuditActions.Mentions.Flagged, AuditSubjects.Mention, mention.Id.ToString(), district, new { reason, xPostId = mention.XPostId, author = mention.AuthorHandle }, ActorName);
                    flagged++;
                }

                db.Mentions.Add(mention);
            }

            if (poll.NextPageSize(budget, Now()) is null)
            {
                reading.BudgetNewlyExhausted |= poll.BudgetRanOut(budget, Now());
            }

            if (reading.BudgetNewlyExhausted)
            {
                BudgetAudit(audit, poll, budget);
            }

            if (reading.Failure is { Outcome: XOutcome.Unauthorized } refused)
            {
                await NeedsReconnectAsync(services, audit, account, refused, cancellationToken);
            }

            var read = new MentionPollRead(reading.Pages, reading.Mentions.Count, reading.NewestId, reading.ReachedEnd, reading.StopReason);
            var sinceBefore = poll.SinceId;
            var gap = poll.Finish(read, stored.Count, flagged, Now());
            if (gap)
            {
                audit.Record(AuditActions.Mentions.GapNoticed, AuditSubjects.MentionPoll, id, district, new { lastSeenBefore = sinceBefore, read = read.Posts, window = MentionPoll.XWindow, newestRead = read.NewestId }, ActorName);
            }

            result = new AccountPoll(district, reading.Pages, reading.Mentions.Count, stored.Count, flagged, gap, poll.BudgetExhaustedIn(Now()), reading.StopReason);
            return "polled";
        }, cancellationToken);

        if (!outcome.Succeeded)
        {
            // The lease runs out on its own; the next poll reads these mentions again.
            LogPollFailed(logger, district, string.Join(" ", outcome.Errors.Select(e => e.Message)));
            return null;
        }

        return result;
    }

    /// <summary>Pages of mentions after the last seen id, newest first, while the budget allows; stops at the first answer that is not a page.</summary>
    private async Task<Reading> ReadAsync(IXClient client, OAuthCredentials credentials, string userId, MentionPoll poll, int budget, CancellationToken cancellationToken)
    {
        var reading = new Reading();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        while (reading.Pages < MaxPagesPerPoll)
        {
            if (poll.NextPageSize(budget, Now()) is not { } size)
            {
                reading.BudgetNewlyExhausted = poll.BudgetRanOut(budget, Now());
                reading.StopReason = MentionPoll.BudgetWords(budget, Now());
                return reading;
            }

            var (result, page) = await client.GetMentionsPageAsync(credentials, userId, new XMentionsQuery(poll.SinceId, size, token), cancellationToken);
            if (!result.Succeeded || page is null)
            {
                poll.RequestRefused(Now());
                reading.Failure = result;
                reading.StopReason = result.Outcome switch
                {
                    XOutcome.RateLimited => "X's rate limit for reading mentions was reached (HTTP 429); the next poll tries again"
                        + (result.RetryAfterUtc is { } reset ? string.Create(CultureInfo.InvariantCulture, $" after {reset:HH:mm} UTC.") : "."),
                    XOutcome.Unauthorized => "X refused the account's credentials (HTTP 401): ISD must reconnect the account.",
                    _ => $"X did not return the mentions: {result.Message ?? result.Outcome.ToString()}.",
                };
                return reading;
            }

            reading.Pages++;
            poll.PageRead(page.ResultCount, Now());
            foreach (var mention in page.Mentions.Where(m => seen.Add(m.Id)))
            {
                reading.Mentions.Add(mention);
                if (MentionPoll.IsNewer(mention.Id, reading.NewestId))
                {
                    reading.NewestId = mention.Id;
                }
            }

            if (page.NextToken is null)
            {
                reading.ReachedEnd = true;
                return reading;
            }

            if (!tokens.Add(page.NextToken))
            {
                reading.StopReason = "X handed back a page it had given before; the poll stopped there.";
                return reading;
            }

            token = page.NextToken;
        }

        reading.StopReason = $"The poll stopped after {MaxPagesPerPoll} requests.";
        return reading;
    }

    /// <summary>The mentions read that the district does not have yet (a re-read is not a duplicate), and why any could not be stored.</summary>
    private async Task<(List<Mention> Stored, List<string> Unreadable)> NewMentionsAsync(CpdTwitterDbContext db, XAccountConnection account, List<XMention> read, CancellationToken cancellationToken)
    {
        var stored = new List<Mention>();
        var unreadable = new List<string>();
        var district = account.District;
        foreach (var chunk in read.Chunk(100))
        {
            var ids = chunk.Select(m => m.Id).ToList();
            var known = (await db.Mentions.AsNoTracking().Where(m => m.District == district && ids.Contains(m.XPostId)).Select(m => m.XPostId).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var x in chunk.Where(m => !known.Contains(m.Id)))
            {
                var addresses = MentionAddressee.Addresses(account.XUserId!, account.Handle, x.MentionedUserIds, x.MentionedUsernames, x.QuotedAuthorIds);
                try
                {
                    stored.Add(Mention.Received(district, new XMentionFacts(x.Id, x.AuthorId, x.AuthorUsername, x.AuthorName, x.Text, x.CreatedAtUtc, x.ConversationId, x.InReplyToPostId, addresses), Now()));
                }
                catch (DomainException ex)
                {
                    LogMentionRefused(logger, district, ex.Message);
                    unreadable.Add(ex.Message);
                }
            }
        }

        return (stored, unreadable);
    }

    /// <summary>X refused the credentials: the account needs reconnecting, as when the publisher meets a 401.</summary>
    private async Task NeedsReconnectAsync(IServiceProvider services, AuditTrail audit, XAccountConnection account, XResult result, CancellationToken cancellationToken)
    {
        if (account.NeedsReconnect)
        {
            return;
        }

        account.Unauthorized(result.Message ?? "X answered 401 Unauthorized.", Now());
        audit.Record(AuditActions.XAccount.NeedsReconnect, AuditSubjects.XAccount, District(account.District), account.District, new { message = result.Message, during = "reading mentions" }, ActorName);
        var notifier = services.GetRequiredService<Notifier>();
        var held = $"District {account.District:000}'s X account needs reconnecting; its posts are held and its mentions are not read.";
        await notifier.NotifyRoleAsync(Roles.IsdAdministrator, null, held, AppLinks.XAccounts, cancellationToken);
        await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, held, AppLinks.NewsAffairsApprovals, cancellationToken);
    }

    private static void BudgetAudit(AuditTrail audit, MentionPoll poll, int budget) =>
        audit.Record(AuditActions.Mentions.BudgetExhausted, AuditSubjects.MentionPoll, District(poll.District), poll.District,
            new { budget, readsThisMonth = poll.ReadsThisMonth, requestsThisMonth = poll.RequestsThisMonth, month = poll.UsageMonth }, ActorName);

    private static string District(int district) => district.ToString(CultureInfo.InvariantCulture);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "Mentions of district {District} could not be saved: {Message}")]
    private static partial void LogPollFailed(ILogger logger, int district, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mention of district {District} could not be stored: {Message}")]
    private static partial void LogMentionRefused(ILogger logger, int district, string message);

    /// <summary>What the pages of one poll returned.</summary>
    private sealed class Reading
    {
        public List<XMention> Mentions { get; } = [];

        public int Pages { get; set; }

        public string? NewestId { get; set; }

        public bool ReachedEnd { get; set; }

        public string? StopReason { get; set; }

        public XResult? Failure { get; set; }

        public bool BudgetNewlyExhausted { get; set; }
    }
}
