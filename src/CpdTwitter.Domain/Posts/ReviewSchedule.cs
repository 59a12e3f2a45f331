namespace CpdTwitter.Domain.Posts;

/// <summary>
/// How regularly postings are reviewed (V.B): a posting is overdue once it has waited longer than the district's
/// "review within" hours; an event posting may be stale once its event date (Chicago) has passed; the district's
/// watermark is the time up to which every posting has been reviewed.
/// </summary>
public static class ReviewSchedule
{
    public const int DefaultReviewWithinHours = 72;

    public static bool IsOverdue(DateTime publishedAtUtc, DateTime nowUtc, int reviewWithinHours) =>
        nowUtc - publishedAtUtc > TimeSpan.FromHours(reviewWithinHours);

    /// <summary>
    /// <see cref="IsOverdue"/> as a time bound a query can use on an index: a waiting posting is overdue exactly when it
    /// was published before this instant.
    /// </summary>
    public static DateTime OverdueIfPublishedBefore(DateTime nowUtc, int reviewWithinHours) =>
        nowUtc - TimeSpan.FromHours(reviewWithinHours);

    /// <summary>An event posting whose event day (in Chicago) is before today (in Chicago).</summary>
    public static bool MayBeStale(PostCategory category, DateOnly? eventDate, DateTime nowUtc) =>
        category.IsEvent() && eventDate is { } day && day < ChicagoTime.DateOf(nowUtc);

    /// <summary>
    /// The publishing time of the last posting in the unbroken run of dealt-with postings (reviewed, discontinued) from the
    /// oldest; null while the oldest posting still waits. Reviews done out of order do not move it past a gap. Of postings
    /// published at the same instant, a waiting one counts first.
    /// </summary>
    public static DateTime? ReviewedThrough(IEnumerable<(DateTime PublishedAt, bool DealtWith)> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        DateTime? through = null;
        foreach (var (publishedAt, dealtWith) in postings.OrderBy(p => p.PublishedAt).ThenBy(p => p.DealtWith))
        {
            if (!dealtWith)
            {
                break;
            }

            through = publishedAt;
        }

        return through;
    }

    /// <summary>
    /// <see cref="ReviewedThrough(IEnumerable{ValueTuple{DateTime, bool}})"/> from two indexed look-ups instead of every
    /// posting: the watermark is the latest dealt-with posting published strictly before this bound, where the bound is the
    /// oldest waiting posting's publishing time (no bound while nothing waits). Everything published before the oldest
    /// waiting posting is dealt with, so the unbroken run from the oldest ends at the latest of them.
    /// </summary>
    public static DateTime WatermarkBound(DateTime? oldestWaitingPublishedAt) =>
        oldestWaitingPublishedAt ?? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
}
