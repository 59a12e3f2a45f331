namespace CpdTwitter.Infrastructure.XApi;

/// <summary>The X API v2 calls the program makes for a district account (ADR 0001).</summary>
public interface IXClient
{
    Task<XResult> CreatePostAsync(OAuthCredentials credentials, string text, CancellationToken cancellationToken = default);

    Task<XResult> DeletePostAsync(OAuthCredentials credentials, string postId, CancellationToken cancellationToken = default);

    Task<(XResult Result, XAccount? Account)> GetMeAsync(OAuthCredentials credentials, CancellationToken cancellationToken = default);

    /// <summary>The account's most recent posts (GET /2/users/{id}/tweets), to reconcile a post whose outcome is unknown.</summary>
    Task<(XResult Result, IReadOnlyList<XPost> Posts)> GetRecentPostsAsync(OAuthCredentials credentials, string userId, CancellationToken cancellationToken = default);
}
