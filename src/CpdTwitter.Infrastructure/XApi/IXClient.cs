namespace CpdTwitter.Infrastructure.XApi;

/// <summary>The X API v2 calls the program makes for a district account (ADR 0001).</summary>
public interface IXClient
{
    Task<XResult> CreatePostAsync(OAuthCredentials credentials, string text, CancellationToken cancellationToken = default);

    Task<XResult> DeletePostAsync(OAuthCredentials credentials, string postId, CancellationToken cancellationToken = default);

    Task<(XResult Result, XAccount? Account)> GetMeAsync(OAuthCredentials credentials, CancellationToken cancellationToken = default);

    /// <summary>The account's most recent posts (GET /2/users/{id}/tweets), to reconcile a post whose outcome is unknown.</summary>
    Task<(XResult Result, IReadOnlyList<XPost> Posts)> GetRecentPostsAsync(OAuthCredentials credentials, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the account's own timeline, newest first (GET /2/users/{id}/tweets with <c>start_time</c>,
    /// <c>max_results</c>, <c>pagination_token</c> and <c>tweet.fields=created_at</c>), for the capture of posts made or
    /// deleted outside the app.
    /// </summary>
    Task<(XResult Result, XTimelinePage? Page)> GetTimelinePageAsync(OAuthCredentials credentials, string userId, XTimelineQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a post carrying the media X issued (<c>media.media_ids</c>); a response names the post it answers
    /// (<c>reply.in_reply_to_tweet_id</c>).
    /// </summary>
    Task<XResult> CreatePostAsync(OAuthCredentials credentials, string text, IReadOnlyList<string> mediaIds, string? inReplyToPostId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the posts that mention the account, newest first (GET /2/users/{id}/mentions with <c>since_id</c>,
    /// <c>max_results</c>, <c>pagination_token</c>, the author expansion and the fields a mention record keeps).
    /// </summary>
    Task<(XResult Result, XMentionsPage? Page)> GetMentionsPageAsync(OAuthCredentials credentials, string userId, XMentionsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Uploads a photo (POST /2/media/upload, tweet_image).</summary>
    Task<(XResult Result, XMedia? Media)> UploadImageAsync(OAuthCredentials credentials, byte[] content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Uploads an animated GIF in chunks (initialize, append, finalize, STATUS).</summary>
    Task<(XResult Result, XMedia? Media)> UploadGifAsync(OAuthCredentials credentials, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>Sets the alt text of an uploaded image (POST /2/media/metadata).</summary>
    Task<XResult> SetAltTextAsync(OAuthCredentials credentials, string mediaId, string altText, CancellationToken cancellationToken = default);
}
