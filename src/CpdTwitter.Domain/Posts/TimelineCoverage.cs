namespace CpdTwitter.Domain.Posts;

/// <summary>
/// The stretch of time a read of a district's X timeline proves complete: a posting published in it that the read did
/// not return is no longer on X. Only a read that reached the timeline's end proves anything — one cut short by the
/// page limit or a refusal proves nothing — and X serves only an account's most recent 3,200 posts, so a read that got
/// that many covers only back to the oldest it got. A margin at both ends allows for the seconds between X's time of a
/// post and ours, and for a post too new to be in the timeline yet.
/// </summary>
public sealed record TimelineCoverage(DateTime FromUtc, DateTime ToUtc)
{
    /// <summary>X's timeline endpoint returns at most this many of an account's most recent posts.</summary>
    public const int TimelineCap = 3200;

    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    /// <returns>Null when the read proves nothing (it did not reach the end).</returns>
    public static TimelineCoverage? Of(bool reachedEnd, int postsRead, DateTime windowStartUtc, DateTime? oldestReadUtc, DateTime readStartedUtc)
    {
        if (!reachedEnd)
        {
            return null;
        }

        var from = postsRead >= TimelineCap && oldestReadUtc is { } oldest && oldest > windowStartUtc ? oldest : windowStartUtc;
        var coverage = new TimelineCoverage(from + Margin, readStartedUtc - Margin);
        return coverage.FromUtc < coverage.ToUtc ? coverage : null;
    }

    public bool Covers(DateTime publishedAtUtc) => publishedAtUtc >= FromUtc && publishedAtUtc <= ToUtc;
}
