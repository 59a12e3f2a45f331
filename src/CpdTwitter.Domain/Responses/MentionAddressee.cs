namespace CpdTwitter.Domain.Responses;

/// <summary>
/// Whether a post addresses the district account, so that X (since February 2026, on self-serve plans) accepts a reply
/// from it: the post @mentions the account (its id, or its handle when X gave no id) or quotes one of its posts.
/// </summary>
public static class MentionAddressee
{
    public static bool Addresses(string accountUserId, string? accountHandle, IEnumerable<string>? mentionedUserIds, IEnumerable<string>? mentionedUsernames, IEnumerable<string>? quotedAuthorIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountUserId);
        if ((mentionedUserIds ?? []).Contains(accountUserId, StringComparer.Ordinal) || (quotedAuthorIds ?? []).Contains(accountUserId, StringComparer.Ordinal))
        {
            return true;
        }

        var handle = (accountHandle ?? string.Empty).Trim().TrimStart('@');
        return handle.Length > 0 && (mentionedUsernames ?? []).Any(u => string.Equals(u.Trim().TrimStart('@'), handle, StringComparison.OrdinalIgnoreCase));
    }
}
