using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Domain.Posts;

/// <summary>
/// A response: a district posting that answers a mention of the account on X (directive IV.D "entries/responses").
/// It is sent with <c>reply.in_reply_to_tweet_id</c> and otherwise follows every rule of a posting. Its kind is always
/// <see cref="PostCategory.CommunityResponse"/> (ADR 0010).
/// </summary>
public sealed partial class Post
{
    /// <summary>The mention this posting answers.</summary>
    public Guid? InReplyToMentionId { get; private set; }

    /// <summary>The X post id the response replies to (the mention's), fixed when the draft is started.</summary>
    public string? InReplyToXPostId { get; private set; }

    public bool IsResponse => InReplyToMentionId is not null;

    /// <summary>
    /// Starts a response to <paramref name="mention"/>: only to a mention of the same district that <paramref name="author"/>
    /// may answer now (<see cref="Mention.WhyNotAnswerableBy"/>: it is New, it mentions or quotes the account, a possible
    /// media inquiry only by News Affairs, otherwise the district's representatives). Whatever kind the content names, a
    /// response is a <see cref="PostCategory.CommunityResponse"/> without an event date.
    /// </summary>
    public static Post DraftResponse(int district, Actor author, PostContent content, Mention mention, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(content);
        RequireAnswerable(district, author, mention);
        var post = new Post(district, author.UserId, author.Name, nowUtc)
        {
            InReplyToMentionId = mention.Id,
            InReplyToXPostId = mention.XPostId,
        };
        post.Apply(AsResponse(content).Normalized(), RevisionKind.Saved, author.UserId, author.Name, nowUtc);
        return post;
    }

    /// <summary>
    /// The mention a response answers must still be open to this author when they save or submit it: closed, escalated to
    /// News Affairs or answered by another response in the meantime, the response stops there.
    /// </summary>
    public void RequireStillAnswerable(Actor author, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (!IsResponse)
        {
            return;
        }

        if (mention.Id != InReplyToMentionId)
        {
            throw new ArgumentException("That is not the mention this response answers.", nameof(mention));
        }

        RequireAnswerable(District, author, mention);
    }

    private static void RequireAnswerable(int district, Actor author, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.District != district)
        {
            throw new DomainException($"That mention is not one of district {district:000}'s; a district answers only its own mentions.");
        }

        if (mention.WhyNotAnswerableBy(author) is { } why)
        {
            throw new DomainException(why);
        }
    }

    private static PostContent AsResponse(PostContent content) =>
        content with { Category = PostCategory.CommunityResponse, EventDate = null };
}
