using CpdTwitter.Domain;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Review;

/// <summary>A posting in the review queue; Own: the reviewer wrote it or edited its text, so another supervisor reviews it.</summary>
/// <summary>InReplyTo: the mention a response answers (issue 16), shown for context.</summary>
public sealed record ReviewItem(Post Post, bool Overdue, bool MayBeStale, bool Own, Pages.Posts.AnsweredMention? InReplyTo = null);

/// <summary>
/// The community policing sergeant's review queue (V.B): the district's published postings not yet reviewed, oldest
/// first, a page of compact rows at a time; "Review" opens one posting's checklist (Reviewed, Needs correction,
/// Discontinue) above the queue, and ticked rows are marked reviewed together.
/// </summary>
public sealed class IndexModel(CpdTwitterDbContext db, ReviewWorkflow reviews, ReviewStatus status, CurrentMember member, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    private static readonly KeysetOrder<Post> OldestFirst = KeysetOrder.ByTime<Post>(p => p.PublishedAt!.Value, p => p.Id, newestFirst: false);

    /// <summary>This page's place in the queue (the shared pager's token).</summary>
    public string? Cursor => Request.Query["cursor"];

    /// <summary>The posting whose checklist is open (the row's "Review" link).</summary>
    [BindProperty(SupportsGet = true, Name = "review")]
    public string? Open { get; set; }

    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The posting shown with its full review form, if one is open and still waiting.</summary>
    public ReviewItem? Opened { get; private set; }

    public bool OpenedGone { get; private set; }

    public DistrictReviewStatus Status { get; private set; } = null!;

    public Guid? FailedId { get; private set; }

    public int District => member.OwnDistrict;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostReviewAsync(Guid id, bool category, bool current, bool correct, bool valid, bool appropriate, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, reviewer => reviews.ReviewAsync(id, reviewer, ReviewOutcome.Reviewed, new ReviewChecklist(category, current, correct, valid, appropriate), note, cancellationToken), "Marked reviewed.", cancellationToken);

    public Task<IActionResult> OnPostCorrectionAsync(Guid id, bool category, bool current, bool correct, bool valid, bool appropriate, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, reviewer => reviews.ReviewAsync(id, reviewer, ReviewOutcome.NeedsCorrection, new ReviewChecklist(category, current, correct, valid, appropriate), note, cancellationToken), "Sent back to the author for a correction.", cancellationToken);

    /// <summary>Confirmed: the form's "Yes, discontinue" box, ticked by the confirmation dialog or by hand without script.</summary>
    public async Task<IActionResult> OnPostDiscontinueAsync(Guid id, DiscontinueReason? reason, string? note, bool confirmed, CancellationToken cancellationToken)
    {
        var sandbox = await db.Posts.AsNoTracking().Within(member.Scope).Where(p => p.Id == id).Select(p => (bool?)p.Sandbox).SingleOrDefaultAsync(cancellationToken);
        if (sandbox is null)
        {
            return NotFound();
        }

        var confirm = ConfirmDialog.ForDiscontinue(string.Empty, notYetSent: false, sandbox.Value);
        return await ActAsync(id, reviewer => confirmed
                ? reviews.DiscontinueAsync(id, reviewer, reason, note, cancellationToken)
                : Task.FromResult(Outcome.Fail("Confirmed", confirm.Missing)),
            sandbox.Value ? "Discontinued: the sandbox posting is marked discontinued (it was never on X); its record is kept." : "Discontinued: the posting is being deleted from X; its record is kept.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewSelectedAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var mine = await db.Posts.AsNoTracking().Within(member.Scope).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (mine.Count != ids.Distinct().Count())
        {
            return NotFound();
        }

        var outcome = await reviews.ReviewManyAsync(mine, Reviewer, cancellationToken);
        return await AfterAsync(null, outcome, $"{Plural.Count(mine.Count, "posting")} marked reviewed.", cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Domain.Posts.PostApprover, Task<Outcome>> act, string success, CancellationToken cancellationToken)
    {
        if (!await db.Posts.Within(member.Scope).AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound();
        }

        return await AfterAsync(id, await act(Reviewer), success, cancellationToken);
    }

    private Domain.Posts.PostApprover Reviewer => member.Approver ?? throw new InvalidOperationException("The district supervisor policy admits only sergeants and commanders.");

    private Task<IActionResult> AfterAsync(Guid? id, Outcome outcome, string success, CancellationToken cancellationToken)
    {
        FailedId = outcome.Succeeded ? null : id;
        return this.AfterWorkflowAsync(outcome, success, () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Status = await status.ForDistrictAsync(District, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var waiting = db.Posts.AsNoTracking().Within(member.Scope).Where(p => p.State == PostState.Published);
        var page = await waiting.Include(p => p.Revisions).AsSplitQuery().PageAsync(OldestFirst, Cursor, PageSize, cancellationToken);
        ReviewItem Item(Post p) => new(p,
            ReviewSchedule.IsOverdue(p.PublishedAt!.Value, now, Status.ReviewWithinHours),
            ReviewSchedule.MayBeStale(p.Category, p.EventDate, now),
            !p.MayBeReviewedBy(Reviewer));
        Items = page.Items.Select(Item).ToList();
        Pager = Pager.For(page, "Review queue pages", "posting waiting for review", "postings waiting for review", "cursor");
        if ((FailedId ?? (Guid.TryParse(Open, out var asked) ? asked : null)) is { } open)
        {
            var post = Items.FirstOrDefault(i => i.Post.Id == open)?.Post
                ?? await waiting.Include(p => p.Revisions).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == open, cancellationToken);
            Opened = post is null ? null : Item(post);
            OpenedGone = post is null;
        }

        // Responses are marked with the mention they answer: one query by key, only when the page holds a response.
        var answered = await Pages.Posts.AnsweredMentions.ForAsync(db, Items.Select(i => i.Post).Concat(Opened is null ? [] : [Opened.Post]), cancellationToken);
        if (answered.Count > 0)
        {
            Items = Items.Select(i => i with { InReplyTo = answered.GetValueOrDefault(i.Post.Id) }).ToList();
            Opened = Opened is null ? null : Opened with { InReplyTo = answered.GetValueOrDefault(Opened.Post.Id) };
        }
    }
}
