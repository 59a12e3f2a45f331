using System.Security.Claims;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>
/// One post's record: where it stands, why it was routed, who decided what, every revision, and the texts
/// submitted, approved and sent side by side. Readable by the district's members, News Affairs and ISD.
/// </summary>
public sealed class ViewModel(CpdTwitterDbContext db, PostDisplay display) : PageModel
{
    public Post Post { get; private set; } = null!;

    public PostPreview Preview { get; private set; } = null!;

    public PublishingHold? Hold { get; private set; }

    public DateTime? NextAttemptUtc { get; private set; }

    public bool IsAuthor => Post.AuthorId == User.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool CanDecide => Post.State switch
    {
        PostState.AwaitingNewsAffairs => User.IsInRole(Roles.NewsAffairs),
        PostState.AwaitingSergeant => User.IsInRole(Roles.NewsAffairs) || PostAccess.ApproverOf(User)?.SupervisesDistrict == Post.District,
        _ => false,
    };

    /// <summary>The frozen texts, shown side by side when they differ.</summary>
    public IReadOnlyList<(string Label, string Text)> Frozen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Revisions).Include(p => p.Decisions)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null || !PostAccess.CanRead(User, post))
        {
            return NotFound();
        }

        Post = post;
        Preview = await display.PreviewAsync(post.District, post.SentText ?? post.Text, post.PublishedAt ?? post.ScheduledFor, cancellationToken);
        if (post.State == PostState.Queued)
        {
            Hold = await display.HoldAsync(post.District, cancellationToken);
            NextAttemptUtc = await db.Outbox.AsNoTracking().Where(m => m.PostId == post.Id && m.CompletedAt == null)
                .Select(m => (DateTime?)m.DueAt).FirstOrDefaultAsync(cancellationToken);
        }

        var frozen = new List<(string, string)>();
        if (post.SubmittedText is { } submitted)
        {
            frozen.Add(("Submitted", submitted));
        }

        if (post.ApprovedText is { } approved)
        {
            frozen.Add(("Approved", approved));
        }

        if (post.SentText is { } sent)
        {
            frozen.Add(("Sent", sent));
        }

        Frozen = frozen;
        return Page();
    }

    public bool FrozenTextsDiffer => Frozen.Select(f => f.Text).Distinct(StringComparer.Ordinal).Count() > 1;
}
