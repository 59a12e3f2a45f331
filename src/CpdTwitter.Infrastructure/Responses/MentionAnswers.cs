using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Responses;

/// <summary>
/// The mention side of a response (issue 16): the mention it answers must still be open to its author when it is
/// started, saved or submitted, and it is marked Responded in the same unit of work as the response's publication.
/// </summary>
public static class MentionAnswers
{
    public const string NoSuchMention = "There is no such mention in your district's inbox.";

    /// <summary>The mention <paramref name="mentionId"/> of <paramref name="district"/> (tracked), or a refusal a user can read.</summary>
    public static async Task<Mention> OfDistrictAsync(CpdTwitterDbContext db, Guid mentionId, int district, CancellationToken cancellationToken) =>
        await db.Mentions.SingleOrDefaultAsync(m => m.Id == mentionId && m.District == district, cancellationToken)
            ?? throw new Domain.DomainException(NoSuchMention);

    /// <summary>Refuses to go on with a response whose mention was closed, escalated or answered since it was started.</summary>
    public static async Task RequireStillAnswerableAsync(CpdTwitterDbContext db, Post post, Actor author, CancellationToken cancellationToken)
    {
        if (post.InReplyToMentionId is { } mentionId)
        {
            post.RequireStillAnswerable(author, await OfDistrictAsync(db, mentionId, post.District, cancellationToken));
        }
    }

    /// <summary>After <see cref="Post.MarkPublished"/>: the mention the response answers is Responded, audited with it.</summary>
    public static async Task RecordPublishedAsync(CpdTwitterDbContext db, AuditTrail audit, Post post, DateTime nowUtc, string? actorName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(audit);
        if (post.InReplyToMentionId is not { } mentionId)
        {
            return;
        }

        var mention = await db.Mentions.SingleOrDefaultAsync(m => m.Id == mentionId, cancellationToken);
        if (mention is null)
        {
            return;
        }

        var before = mention.State;
        mention.MarkResponded(post.AuthorId, post.AuthorName, nowUtc);
        audit.Record(AuditActions.Mentions.Responded, AuditSubjects.Mention, mentionId.ToString(), post.District,
            new { post = post.Id, xPostId = post.XPostId, inReplyTo = post.InReplyToXPostId, sandbox = post.Sandbox, author = post.AuthorName, before = before.ToString() }, actorName);
    }
}
