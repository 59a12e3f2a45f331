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

    /// <summary>An event posting whose event day (in Chicago) is before today (in Chicago).</summary>
    public static bool MayBeStale(PostCategory category, DateOnly? eventDate, DateTime nowUtc) =>
        category.IsEvent() && eventDate is { } day && day < ChicagoTime.DateOf(nowUtc);

    /// <summary>
    /// The publishing time of the last posting in the unbroken run of dealt-with postings (reviewed, discontinued) from the
    /// oldest; null while the oldest posting still waits. Reviews done out of order do not move it past a gap.
    /// </summary>
    public static DateTime? ReviewedThrough(IEnumerable<(DateTime PublishedAt, bool DealtWith)> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        DateTime? through = null;
        foreach (var (publishedAt, dealtWith) in postings.OrderBy(p => p.PublishedAt))
        {
            if (!dealtWith)
            {
                break;
            }

            through = publishedAt;
        }

        return through;
    }
}
