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
    public const int PageSize = 25;

    private static readonly KeysetOrder<Post> LatestFirst = KeysetOrder.ByTime<Post>(p => p.UpdatedAt, p => p.Id, newestFirst: true);

    /// <summary>The positions of the two lists (the shared pager's tokens), paged separately.</summary>
    public string? ProgressCursor => Request.Query["progress"];

    public string? DoneCursor => Request.Query["done"];

    public IReadOnlyList<Post> InProgress { get; private set; } = [];

    public IReadOnlyList<Post> Recent { get; private set; } = [];

    public Pager InProgressPager { get; private set; } = null!;

    public Pager RecentPager { get; private set; } = null!;

    /// <summary>A list the home page links to (drafts, returned, corrections), shown alone; null shows both lists.</summary>
    public DraftsFilter? Show { get; private set; }

    public ActingDecision Acting { get; private set; } = ActingDecision.Yes;

    public PublishingHold? Hold { get; private set; }

    public bool Sandbox => display.Sandbox;

    public int District => member.OwnDistrict;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Acting = await member.ActingAsync(ActingPurpose.Draft, cancellationToken);
        Hold = await display.HoldAsync(District, cancellationToken);
        Show = DraftsFilters.Parse(Request.Query["show"]);
        if (Show is { } show)
        {
            var filtered = await show.Apply(db.Posts.AsNoTracking().Within(member.Scope), db.Posts)
                .PageAsync(LatestFirst, ProgressCursor, PageSize, cancellationToken);
            InProgress = filtered.Items;
            InProgressPager = Pager.For(filtered, $"Pages of {show.Title().ToLowerInvariant()}", "post", "posts", "progress");
            RecentPager = InProgressPager;
            await MarkResponsesAsync(cancellationToken);
            return;
        }

        var done = PostStates.Finished;
        var open = PostStates.InProgress;
        var inProgress = await db.Posts.AsNoTracking().Within(member.Scope)
            .Where(p => open.Contains(p.State))
            .PageAsync(LatestFirst, ProgressCursor, PageSize, cancellationToken);
        InProgress = inProgress.Items;
        InProgressPager = Pager.For(inProgress, "Pages of posts in progress", "post in progress", "posts in progress", "progress");
        var recent = await db.Posts.AsNoTracking().Within(member.Scope)
            .Where(p => done.Contains(p.State))
            .PageAsync(LatestFirst, DoneCursor, PageSize, cancellationToken);
        Recent = recent.Items;
        RecentPager = Pager.For(recent, "Pages of published, discontinued and rejected posts", "finished post", "finished posts", "done");
        await MarkResponsesAsync(cancellationToken);
    }

    /// <summary>"Response to @handle" on responses (issue 16): one query by key for both lists, none when neither holds a response.</summary>
    private async Task MarkResponsesAsync(CancellationToken cancellationToken) =>
        ViewData[AnsweredMentions.ViewDataKey] = await AnsweredMentions.ForAsync(db, InProgress.Concat(Recent), cancellationToken);
}
