using System.Globalization;

namespace CpdTwitter.Domain.Responses;

/// <summary>
/// What one poll read from X: pages, posts, the newest id among them, whether it reached the end (X gave its last
/// page: every mention after <see cref="MentionPoll.SinceId"/> that X still serves was read), and why it stopped early
/// (budget, 429, 401, an unreadable answer) in plain words — null when it reached the end.
/// </summary>
public sealed record MentionPollRead(int Pages, int Posts, string? NewestId, bool ReachedEnd, string? StopReason);

/// <summary>
/// The poll's rules: the monthly read budget (counted as X bills it — the posts returned — in UTC months, as X's
/// billing months run), the lease that keeps one account to one app instance, and when the last seen id advances.
/// It advances only when everything after it that X still serves was read; when what was not read is out of X's
/// reach (X serves only the <see cref="XWindow"/> most recent mentions) the gap is recorded, never skipped silently.
/// </summary>
public sealed partial class MentionPoll
{
    /// <summary>X serves only this many of an account's most recent mentions.</summary>
    public const int XWindow = 800;

    /// <summary>X's smallest and largest pages of mentions (<c>max_results</c>).</summary>
    public const int SmallestPage = 5;

    public const int LargestPage = 100;

    /// <summary>The first day of the UTC month <paramref name="nowUtc"/> falls in.</summary>
    public static DateOnly MonthOf(DateTime nowUtc) => new(nowUtc.Year, nowUtc.Month, 1);

    /// <summary>Posts read in the month of <paramref name="nowUtc"/> (none when the stored count is of an earlier month).</summary>
    public int ReadsIn(DateTime nowUtc) => UsageMonth == MonthOf(nowUtc) ? ReadsThisMonth : 0;

    public int RequestsIn(DateTime nowUtc) => UsageMonth == MonthOf(nowUtc) ? RequestsThisMonth : 0;

    /// <summary>Whether the budget ran out in the month of <paramref name="nowUtc"/>.</summary>
    public bool BudgetExhaustedIn(DateTime nowUtc) => UsageMonth == MonthOf(nowUtc) && BudgetExhaustedAt is not null;

    /// <summary>The posts the budget still allows this month.</summary>
    public int ReadsLeft(int monthlyBudget, DateTime nowUtc) => Math.Max(0, monthlyBudget - ReadsIn(nowUtc));

    /// <summary>
    /// How many posts the next page may ask for, or null when the budget does not allow a page now: X may return as many
    /// as it is asked for, so a page never asks for more than is left, and X's smallest page is <see cref="SmallestPage"/>.
    /// </summary>
    public int? NextPageSize(int monthlyBudget, DateTime nowUtc)
    {
        var left = ReadsLeft(monthlyBudget, nowUtc);
        return left < SmallestPage ? null : Math.Min(LargestPage, left);
    }

    /// <summary>A new UTC month starts the count again.</summary>
    public void StartMonth(DateTime nowUtc)
    {
        var month = MonthOf(nowUtc);
        if (UsageMonth == month)
        {
            return;
        }

        UsageMonth = month;
        ReadsThisMonth = 0;
        RequestsThisMonth = 0;
        BudgetExhaustedAt = null;
        Touch();
    }

    /// <summary>One request to X answered with a page of <paramref name="posts"/> posts (an empty page costs a request, no reads).</summary>
    public void PageRead(int posts, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(posts);
        StartMonth(nowUtc);
        ReadsThisMonth += posts;
        RequestsThisMonth++;
        Touch();
    }

    /// <summary>A request X did not answer with a page (429, 401, an error): it counts as a request, not as reads.</summary>
    public void RequestRefused(DateTime nowUtc)
    {
        StartMonth(nowUtc);
        RequestsThisMonth++;
        Touch();
    }

    /// <summary>
    /// The budget does not allow another page this month: remembered once a month (true the first time, for the audit)
    /// and said in <see cref="LastResult"/>.
    /// </summary>
    public bool BudgetRanOut(int monthlyBudget, DateTime nowUtc)
    {
        StartMonth(nowUtc);
        if (BudgetExhaustedAt is not null)
        {
            return false;
        }

        BudgetExhaustedAt = nowUtc;
        LastResult = Fit(BudgetWords(monthlyBudget, nowUtc));
        Touch();
        return true;
    }

    /// <summary>The plain words for a used-up budget: how much, and when polling resumes.</summary>
    public static string BudgetWords(int monthlyBudget, DateTime nowUtc)
    {
        var next = MonthOf(nowUtc).AddMonths(1);
        return string.Create(CultureInfo.InvariantCulture,
            $"The monthly read budget ({monthlyBudget:N0} posts, X:MonthlyReadBudget) is used up: mentions are not read again until {next:d MMMM yyyy} (UTC).");
    }

    /// <summary>Takes the lease for <paramref name="owner"/> when nobody holds it or it has expired; false when another instance polls.</summary>
    public bool TryLease(string owner, DateTime nowUtc, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (LeaseOwner is not null && LeaseOwner != owner && LeaseExpiresAt > nowUtc)
        {
            return false;
        }

        LeaseOwner = owner.Length > 128 ? owner[..128] : owner;
        LeaseExpiresAt = nowUtc + duration;
        Touch();
        return true;
    }

    public void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
        Touch();
    }

    /// <summary>Whether a poll that read <paramref name="read"/> after <see cref="SinceId"/> may have missed mentions X no longer serves.</summary>
    public bool LeavesGap(MentionPollRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return SinceId is not null && read.Posts >= XWindow;
    }

    /// <summary>
    /// A poll ended: the last seen id advances to the newest read only when nothing after the old one is left unread
    /// that X still serves (the read reached the end, or it read the whole window). Records the gap when it read the
    /// whole window without reaching back to the last seen id; says what happened in <see cref="LastResult"/> and
    /// releases the lease. True when a gap was noticed (for the audit).
    /// </summary>
    public bool Finish(MentionPollRead read, int stored, int flagged, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(read);
        var gap = LeavesGap(read);
        var firstPoll = SinceId is null;
        var readAllItCan = read.ReachedEnd || read.Posts >= XWindow;
        if (readAllItCan && read.NewestId is not null && IsNewer(read.NewestId, SinceId))
        {
            SinceId = read.NewestId;
        }

        if (gap)
        {
            GapNoticedAt = nowUtc;
        }

        LastPolledAt = nowUtc;
        var words = $"{Plural.Count(read.Posts, "mention")} read in {Plural.Count(read.Pages, "request")}; {Plural.Count(stored, "new mention")} stored"
            + (flagged > 0 ? $", {flagged} flagged as a possible media inquiry" : string.Empty) + ".";
        if (gap)
        {
            words += $" X serves only the {XWindow} most recent mentions and this poll did not reach back to the last one read before: some mentions may have been missed.";
        }
        else if (firstPoll && read.Posts >= XWindow)
        {
            words += $" First poll: read the {XWindow} most recent mentions X serves.";
        }

        if (read.StopReason is { } reason)
        {
            words += " " + reason + (readAllItCan ? string.Empty : " Older unread mentions are read by the next poll.");
        }

        if (BudgetExhaustedIn(nowUtc) && read.StopReason is null)
        {
            words += " The monthly read budget is now used up.";
        }

        LastResult = Fit(words);
        ReleaseLease();
        return gap;
    }

    /// <summary>Whether X id <paramref name="id"/> is newer than <paramref name="than"/> (decimal snowflakes: longer is larger).</summary>
    public static bool IsNewer(string id, string? than)
    {
        ArgumentNullException.ThrowIfNull(id);
        return than is null || id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);
    }

    private static string Fit(string words) => words.Length <= ResultMaxLength ? words : words[..ResultMaxLength];

    private void Touch() => Version++;
}
