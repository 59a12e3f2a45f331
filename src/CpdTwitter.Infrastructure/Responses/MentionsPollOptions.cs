namespace CpdTwitter.Infrastructure.Responses;

/// <summary>
/// The mentions poll's settings, in the <c>X</c> section next to the account settings (docs/operations.md, "Mentions
/// polling and the read budget").
/// </summary>
public sealed class MentionsPollOptions
{
    public const string Section = "X";

    /// <summary>Runs the poll in this instance (a lease keeps each account to one instance at a time).</summary>
    public bool MentionsPollEnabled { get; set; } = true;

    /// <summary>Seconds between two polls of every connected account.</summary>
    public int MentionsPollSeconds { get; set; } = 900;

    /// <summary>
    /// Posts each account may read from X in a UTC month, counted as X bills reads: the posts returned (an empty page
    /// costs a request, no reads). When it is used up, the account's mentions are not read again until the next month.
    /// </summary>
    public int MonthlyReadBudget { get; set; } = 1000;

    /// <summary>How long one instance holds an account's poll before another may take it over.</summary>
    public int MentionsLeaseMinutes { get; set; } = 10;
}
