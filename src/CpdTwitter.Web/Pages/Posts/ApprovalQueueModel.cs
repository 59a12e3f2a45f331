using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Posts;

public sealed record ApprovalItem(Post Post, PostPreview Preview, string? PreviousText, int? PreviousRevision);

/// <summary>
/// An approval queue, oldest first (IV.A.1): each post with why it was routed, its preview and what changed since it
/// was last returned. Approve (optionally with edits), return with a comment, or reject with a reason.
/// </summary>
public abstract class ApprovalQueueModel(CpdTwitterDbContext db, PostWorkflow workflow, PostDisplay display, CurrentMember member) : PageModel
{
    public const int PageSize = 25;

    private static readonly KeysetOrder<Post> OldestFirst = KeysetOrder.ByTime<Post>(p => p.SubmittedAt!.Value, p => p.Id, newestFirst: false);

    protected CurrentMember Member => member;

    /// <summary>This page's place in the queue (the shared pager's token).</summary>
    public string? Cursor => Request.Query["cursor"];

    public IReadOnlyList<ApprovalItem> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The signed-in approver, for whom the page hides the buttons on posts they may not decide (their own).</summary>
    public PostApprover? Approver => member.Approver;

    /// <summary>The post whose form failed, so its messages show next to its fields.</summary>
    public Guid? FailedId { get; private set; }

    public abstract string Heading { get; }

    protected abstract IQueryable<Post> Queue(IQueryable<Post> posts);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, string? text, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(id, async approver =>
        {
            var post = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            // An emptied text box (bound as null) is an edit to nothing, refused; only a form without the box approves as written.
            text ??= Request.HasFormContentType && Request.Form.ContainsKey("text") ? string.Empty : null;
            var edited = post is null || text is null ? null : new PostContent(post.Category, text, post.ScheduledFor, post.MarkedNotable, post.Justification);
            return await workflow.ApproveAsync(id, approver, edited, comment, cancellationToken);
        }, async () => await db.Posts.AsNoTracking().Where(p => p.Id == id).Select(p => p.State).SingleAsync(cancellationToken) == PostState.AwaitingNewsAffairs
            ? "Not approved: the text now concerns a matter for the Office of News Affairs, so it was sent to them with the reasons."
            : "Approved; it is queued for publishing.", cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(id, approver => workflow.ReturnAsync(id, approver, comment, cancellationToken), () => Task.FromResult("Returned to the author."), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(id, approver => workflow.RejectAsync(id, approver, comment, cancellationToken), () => Task.FromResult("Rejected; the post and the reason are kept."), cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, Func<PostApprover, Task<Outcome>> decide, Func<Task<string>> success, CancellationToken cancellationToken)
    {
        var approver = member.Approver;
        var inQueue = await Queue(db.Posts.AsNoTracking()).AnyAsync(p => p.Id == id, cancellationToken);
        if (approver is null || !inQueue)
        {
            return NotFound();
        }

        var outcome = await decide(approver);
        FailedId = outcome.Succeeded ? null : id;
        return await this.AfterWorkflowAsync(outcome, outcome.Succeeded ? await success() : string.Empty, () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Queue(db.Posts.AsNoTracking().Include(p => p.Revisions).Include(p => p.Decisions).AsSplitQuery())
            .PageAsync(OldestFirst, Cursor, PageSize, cancellationToken);
        Pager = Pager.For(page, "Approval queue pages", "post waiting for approval", "posts waiting for approval", "cursor");
        var posts = page.Items;
        var accounts = await display.AccountsAsync(posts.Select(p => p.District).Distinct().ToList(), cancellationToken);
        var items = new List<ApprovalItem>();
        foreach (var post in posts)
        {
            var returned = post.Decisions.Where(d => d.Kind == DecisionKind.Returned).MaxBy(d => d.DecidedAt);
            var previous = returned is null ? null : post.Revisions.SingleOrDefault(r => r.Number == returned.Revision);
            items.Add(new ApprovalItem(post, display.Preview(accounts[post.District], post.Text, post.ScheduledFor) with { Images = PreviewImages.Of(Url, post.Images) }, previous?.Text, previous?.Number));
        }

        Items = items;
    }
}
