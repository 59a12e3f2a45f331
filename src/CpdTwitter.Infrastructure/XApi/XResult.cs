namespace CpdTwitter.Infrastructure.XApi;

/// <summary>How a call to X ended, in the terms the publisher must act on (ARCHITECTURE.md, publishing).</summary>
public enum XOutcome
{
    /// <summary>2xx: done.</summary>
    Succeeded,

    /// <summary>400/403/404…: X refused; <see cref="XResult.Message"/> says why. Not retried.</summary>
    Refused,

    /// <summary>401: the account's credentials are bad or revoked; the account needs reconnecting.</summary>
    Unauthorized,

    /// <summary>429: wait until <see cref="XResult.RetryAfterUtc"/>.</summary>
    RateLimited,

    /// <summary>Nothing reached X (connection refused, DNS): safe to retry with backoff.</summary>
    NotSent,

    /// <summary>Timeout or 5xx after the request was sent: X may or may not have acted. Reconcile; never resend blindly.</summary>
    Unknown,
}

public sealed record XResult(XOutcome Outcome, int? Status, string? PostId, string? Text, string? Message, DateTime? RetryAfterUtc)
{
    public bool Succeeded => Outcome == XOutcome.Succeeded;
}

public sealed record XAccount(string Id, string Name, string Username);

public sealed record XPost(string Id, string Text);

/// <summary>
/// Which page of a timeline to read: posts made at or after <paramref name="StartTimeUtc"/>, at most
/// <paramref name="MaxResults"/> (X accepts 5 to 100), after the page <paramref name="PaginationToken"/> names.
/// </summary>
public sealed record XTimelineQuery(DateTime StartTimeUtc, int MaxResults, string? PaginationToken = null);

/// <summary>A post of a timeline with the time X gives it.</summary>
public sealed record XTimelinePost(string Id, string Text, DateTime CreatedAtUtc);

/// <summary>One page of a timeline; <paramref name="NextToken"/> is null on the last page.</summary>
public sealed record XTimelinePage(IReadOnlyList<XTimelinePost> Posts, string? NextToken);

/// <summary>
/// Which page of an account's mentions to read (GET /2/users/:id/mentions): those after <paramref name="SinceId"/>
/// (all X still serves when null), at most <paramref name="MaxResults"/> a page (X accepts 5 to 100), after the page
/// <paramref name="PaginationToken"/> names.
/// </summary>
public sealed record XMentionsQuery(string? SinceId, int MaxResults, string? PaginationToken = null);

/// <summary>
/// A post that mentions the account, with what decides whether the account may reply to it: the users it @mentions
/// (entities) and the authors of the posts it quotes.
/// </summary>
public sealed record XMention(
    string Id,
    string Text,
    DateTime CreatedAtUtc,
    string? AuthorId,
    string? AuthorUsername,
    string? AuthorName,
    string? ConversationId,
    string? InReplyToPostId,
    IReadOnlyList<string> MentionedUserIds,
    IReadOnlyList<string> MentionedUsernames,
    IReadOnlyList<string> QuotedAuthorIds);

/// <summary>
/// One page of mentions, newest first; <paramref name="NextToken"/> is null on the last page. <paramref name="ResultCount"/>
/// is what X counts against the read budget.
/// </summary>
public sealed record XMentionsPage(IReadOnlyList<XMention> Mentions, string? NextToken, int ResultCount);
