using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Inbox;

/// <summary>A response posting to a mention, as the inbox shows it.</summary>
public sealed record MentionResponse(Guid PostId, Guid MentionId, PostState State, string AuthorName, DateTime UpdatedAt)
{
    /// <summary>Out on X (or was, and was discontinued since): the mention has had its answer.</summary>
    public bool WentOut => State is PostState.Published or PostState.Reviewed or PostState.Discontinuing or PostState.Discontinued;
}

/// <summary>The response postings (<c>Post.InReplyToMentionId</c>) of a page of mentions, read in one query.</summary>
public static class MentionResponses
{
    public static async Task<ILookup<Guid, MentionResponse>> ForAsync(CpdTwitterDbContext db, CurrentMember member, IReadOnlyCollection<Guid> mentionIds, CancellationToken cancellationToken)
    {
        if (mentionIds.Count == 0)
        {
            return Array.Empty<MentionResponse>().ToLookup(r => r.MentionId);
        }

        var rows = await db.Posts.AsNoTracking().Within(member.Scope)
            .Where(p => p.InReplyToMentionId != null && mentionIds.Contains(p.InReplyToMentionId.Value))
            .Select(p => new MentionResponse(p.Id, p.InReplyToMentionId!.Value, p.State, p.AuthorName, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.UpdatedAt).ToLookup(r => r.MentionId);
    }

    /// <summary>"Responded", "Response in progress", or null when no response was started (or every one was stopped).</summary>
    public static string? Summary(IEnumerable<MentionResponse> responses)
    {
        var list = responses.ToList();
        return list.Any(r => r.WentOut) ? "Responded"
            : list.Any(r => !r.State.IsFinished()) ? "Response in progress"
            : null;
    }
}
