using CpdTwitter.Infrastructure.XApi;

namespace CpdTwitter.Infrastructure.Records.Capture;

/// <summary>What one read of an account's timeline returned, and whether it reached the end of the window.</summary>
public sealed record TimelineRead(IReadOnlyList<XTimelinePost> Posts, int Pages, bool ReachedEnd, XResult? StoppedBy, string? StopReason)
{
    public DateTime? OldestUtc => Posts.Count == 0 ? null : Posts.Min(p => p.CreatedAtUtc);
}

/// <summary>
/// Reads an account's timeline page by page, newest first, within the configured page limit. It never loops: it stops
/// at the last page, at the limit, at the first answer that is not a page (a 429 included — the next run tries again,
/// nothing is retried now), or when X hands back a page token it gave before.
/// </summary>
public static class TimelineReader
{
    public static async Task<TimelineRead> ReadAsync(IXClient client, OAuthCredentials credentials, string userId, DateTime windowStartUtc, CaptureOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        var posts = new List<XTimelinePost>();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var pages = 0;
        var maxPages = Math.Max(1, options.CaptureMaxPagesPerAccount);
        while (pages < maxPages)
        {
            var (result, page) = await client.GetTimelinePageAsync(credentials, userId, new XTimelineQuery(windowStartUtc, options.CaptureMaxResultsPerPage, token), cancellationToken);
            if (!result.Succeeded || page is null)
            {
                return new TimelineRead(posts, pages, false, result, result.Outcome switch
                {
                    XOutcome.RateLimited => $"X's read limit was reached (HTTP 429); the next run reads again after {result.RetryAfterUtc:yyyy-MM-dd HH:mm} UTC.",
                    XOutcome.Unauthorized => "X refused the account's credentials (HTTP 401): ISD must reconnect the account.",
                    _ => $"X did not return the timeline: {result.Message ?? result.Outcome.ToString()}",
                });
            }

            pages++;
            posts.AddRange(page.Posts);
            if (page.NextToken is null)
            {
                return new TimelineRead(posts, pages, true, null, null);
            }

            if (!tokens.Add(page.NextToken))
            {
                return new TimelineRead(posts, pages, false, null, "X handed back a page it had given before; the read stopped there.");
            }

            token = page.NextToken;
        }

        return new TimelineRead(posts, pages, false, null, $"The page limit ({maxPages} per account, X:CaptureMaxPagesPerAccount) was reached before the end of the window.");
    }
}
