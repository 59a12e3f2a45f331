using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Publishing;

public sealed record QueuedMessage(OutboxMessage Message, PublishingHold? Hold);

/// <summary>A connected account and where its mentions poll stands (null before its first poll).</summary>
public sealed record MentionReads(XAccountConnection Account, Domain.Responses.MentionPoll? Poll);

/// <summary>
/// Department-wide publishing for News Affairs (who oversee all transmissions) and ISD (who run them): the pause switch,
/// the queue with why anything waits, accounts needing reconnection, and posts whose outcome on X is unknown (ISD resolves).
/// </summary>
[Authorize(Roles = Roles.NewsAffairs + "," + Roles.IsdAdministrator)]
public sealed class IndexModel(
    CpdTwitterDbContext db,
    PostWorkflow workflow,
    PostDisplay display,
    Review.ReviewStatus reviewStatus,
    CurrentMember member,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<Infrastructure.Responses.MentionsPollOptions> pollOptions) : PageModel
{
    public IReadOnlyList<Review.DistrictReviewStatus> Reviews { get; private set; } = [];

    public PublishingSwitch? Department { get; private set; }

    public const int QueuePageSize = 50;

    private static readonly KeysetOrder<OutboxMessage> DueFirst = KeysetOrder.ByTime<OutboxMessage>(m => m.DueAt, m => m.Id, newestFirst: false);

    /// <summary>The queue's page (the shared pager's token).</summary>
    public string? QueueCursor => Request.Query["queue"];

    public IReadOnlyList<QueuedMessage> Queue { get; private set; } = [];

    public Pager QueuePager { get; private set; } = null!;

    public IReadOnlyList<XAccountConnection> NeedReconnect { get; private set; } = [];

    /// <summary>Each connected account's mentions reads this month against the budget (docs/operations.md).</summary>
    public IReadOnlyList<MentionReads> Mentions { get; private set; } = [];

    public int MonthlyReadBudget => pollOptions.Value.MonthlyReadBudget;

    public DateTime UtcNow { get; } = time.GetUtcNow().UtcDateTime;

    public IReadOnlyList<Post> Unknown { get; private set; } = [];

    public (PublishingSwitch? Switch, string Scope) PauseSwitch => (Department, "every district (department-wide)");

    public bool IsIsd => member.Is(Roles.IsdAdministrator);

    public bool Sandbox => display.Sandbox;

    public Guid? FailedPost { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPauseAsync(string? reason, CancellationToken cancellationToken) =>
        await AfterAsync(await workflow.PauseAsync(PublishingSwitch.DepartmentScope, member.SignedIn, reason, cancellationToken), "Publishing is paused for every district.", null, cancellationToken);

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await workflow.ResumeAsync(PublishingSwitch.DepartmentScope, member.SignedIn, cancellationToken), "Publishing resumed; waiting posts go in order.", null, cancellationToken);

    public async Task<IActionResult> OnPostResolvePublishedAsync(Guid id, string? xPostId, CancellationToken cancellationToken) =>
        !IsIsd ? Forbid() : await AfterAsync(await workflow.ResolvePublishedAsync(id, xPostId, member.SignedIn, cancellationToken), "Recorded as published on X.", id, cancellationToken);

    public async Task<IActionResult> OnPostRequeueAsync(Guid id, CancellationToken cancellationToken) =>
        !IsIsd ? Forbid() : await AfterAsync(await workflow.RequeueUnknownAsync(id, member.SignedIn, cancellationToken), "Queued to be sent again.", id, cancellationToken);

    private Task<IActionResult> AfterAsync(Outcome outcome, string success, Guid? post, CancellationToken cancellationToken)
    {
        FailedPost = outcome.Succeeded ? null : post;
        return this.AfterWorkflowAsync(outcome, success, () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Department = await db.PublishingSwitches.AsNoTracking().SingleOrDefaultAsync(s => s.Scope == PublishingSwitch.DepartmentScope, cancellationToken);
        Reviews = await reviewStatus.ForDistrictsAsync(null, cancellationToken);
        // One query for the accounts and their polls (one row per district): those needing reconnection are among them.
        Mentions = await (from a in db.XAccounts.AsNoTracking()
                          join p in db.MentionPolls.AsNoTracking() on a.District equals p.District into polls
                          from p in polls.DefaultIfEmpty()
                          orderby a.District
                          select new MentionReads(a, p)).ToListAsync(cancellationToken);
        NeedReconnect = Mentions.Select(m => m.Account).Where(a => a.NeedsReconnectSince != null).ToList();
        Unknown = await db.Posts.AsNoTracking().Where(p => p.State == PostState.OutcomeUnknown).OrderBy(p => p.UpdatedAt).ToListAsync(cancellationToken);
        var queue = await db.Outbox.AsNoTracking().Where(m => m.CompletedAt == null).PageAsync(DueFirst, QueueCursor, QueuePageSize, cancellationToken);
        QueuePager = Pager.For(queue, "Publishing queue pages", "message waiting to be sent", "messages waiting to be sent", "queue");
        var messages = queue.Items;
        var holds = await display.HoldsAsync(messages.Select(m => m.District).Distinct().ToList(), cancellationToken);
        Queue = messages.Select(m => new QueuedMessage(m, holds[m.District])).ToList();
    }
}
