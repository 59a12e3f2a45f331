namespace CpdTwitter.Domain.Posts;

/// <summary>
/// A response: a district posting that answers a mention of the account on X (directive IV.D "entries/responses").
/// It is sent with <c>reply.in_reply_to_tweet_id</c> and otherwise follows every rule of a posting.
/// </summary>
public sealed partial class Post
{
    /// <summary>The mention this posting answers.</summary>
    public Guid? InReplyToMentionId { get; private set; }

    /// <summary>The X post id the response replies to (the mention's), fixed when the draft is started.</summary>
    public string? InReplyToXPostId { get; private set; }

    public bool IsResponse => InReplyToMentionId is not null;
}
