using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>The mention a response answers, as lists and the record show it (issue 16).</summary>
public sealed record AnsweredMention(Guid Id, string XPostId, string AuthorHandle, string AuthorName, string Text, DateTime PostedAt)
{
    public string XUrl => AuthorHandle.Length > 0 ? $"https://x.com/{AuthorHandle}/status/{XPostId}" : $"https://x.com/i/web/status/{XPostId}";

    public string Handle => AuthorHandle.Length > 0 ? "@" + AuthorHandle : "a post on X";
}

/// <summary>
/// Loads the mentions that a page of postings answers, for the "Response to @handle" marks: one query by primary key for
/// the page's responses, and none when the page has no response. A response answers a mention of its own district
/// (<see cref="Post.DraftResponse"/>), so the district is checked again here rather than trusted.
/// </summary>
public static class AnsweredMentions
{
    /// <summary>The key lists put the answered mentions under in ViewData for <c>_ResponseMark</c>.</summary>
    public const string ViewDataKey = "AnsweredMentions";

    public static async Task<IReadOnlyDictionary<Guid, AnsweredMention>> ForAsync(CpdTwitterDbContext db, IEnumerable<Post> posts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = posts.Where(p => p.InReplyToMentionId is not null).DistinctBy(p => p.Id).Select(p => (Post: p.Id, Mention: p.InReplyToMentionId!.Value, p.District)).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, AnsweredMention>();
        }

        var ids = wanted.Select(w => w.Mention).Distinct().ToList();
        var mentions = await db.Mentions.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.District, Answered = new AnsweredMention(m.Id, m.XPostId, m.AuthorHandle, m.AuthorName, m.Text, m.PostedAt) })
            .ToListAsync(cancellationToken);
        return wanted
            .Select(w => (w.Post, Found: mentions.FirstOrDefault(m => m.Answered.Id == w.Mention && m.District == w.District)?.Answered))
            .Where(x => x.Found is not null)
            .ToDictionary(x => x.Post, x => x.Found!);
    }

    public static async Task<AnsweredMention?> ForAsync(CpdTwitterDbContext db, Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        return (await ForAsync(db, [post], cancellationToken)).GetValueOrDefault(post.Id);
    }
}
