using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Drafts;

/// <summary>The district's posts for its representatives: what they are writing, what waits for approval or its time, what went out.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, CurrentMember member, PostDisplay display) : PageModel
{
    public const int RecentCount = 30;

    public IReadOnlyList<Post> InProgress { get; private set; } = [];

    public IReadOnlyList<Post> Recent { get; private set; } = [];

    public ActingDecision Acting { get; private set; } = ActingDecision.Yes;

    public PublishingHold? Hold { get; private set; }

    public bool Sandbox => display.Sandbox;

    public int District => member.OwnDistrict;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Acting = await member.ActingAsync(ActingPurpose.Draft, cancellationToken);
        Hold = await display.HoldAsync(District, cancellationToken);
        var done = PostStates.Finished;
        InProgress = await db.Posts.AsNoTracking().Within(member.Scope)
            .Where(p => !done.Contains(p.State))
            .OrderByDescending(p => p.UpdatedAt)
            .ToListAsync(cancellationToken);
        Recent = await db.Posts.AsNoTracking().Within(member.Scope)
            .Where(p => done.Contains(p.State))
            .OrderByDescending(p => p.UpdatedAt)
            .Take(RecentCount)
            .ToListAsync(cancellationToken);
    }
}
