using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>
/// Change the go-out time or the text of a queued post, or cancel it, before it is sent (issue #13): its author (on duty,
/// on a Department device, as for submitting) or the district's sergeant or commander. Too late once the publisher has it.
/// </summary>
public sealed class ChangeModel(CpdTwitterDbContext db, QueuedPostChanges changes, CurrentMember member, TimeProvider time) : PageModel
{
    [BindProperty]
    [Display(Name = "Post")]
    public string? Text { get; set; }

    [BindProperty]
    [Display(Name = "Goes out at (Chicago time; empty: as soon as possible)")]
    public DateTime? ScheduledFor { get; set; }

    public Post Post { get; private set; } = null!;

    /// <summary>When the post goes out: its publish message's due time.</summary>
    public DateTime? GoesOutUtc { get; private set; }

    /// <summary>The publisher has the post (or it is no longer queued): nothing can be changed.</summary>
    public bool TooLate { get; private set; }

    /// <summary>For the author: whether they may act now (duty, device), as for submitting.</summary>
    public ActingDecision Acting { get; private set; } = ActingDecision.Yes;

    public bool CanAct => !TooLate && Acting.Allowed;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Text = Post.Text;
        ScheduledFor = Post.ScheduledFor is { } at ? ChicagoTime.ToLocal(at) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid || !Acting.Allowed)
        {
            return Page();
        }

        var scheduled = ScheduledFor is { } local ? WallClock.StartToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChicagoTime.Zone) : (DateTime?)null;
        var outcome = await changes.ChangeAsync(id, member.SignedIn, Text, scheduled, cancellationToken);
        if (!outcome.Succeeded)
        {
            return await RefusedAsync(id, outcome, cancellationToken);
        }

        var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        TempData["Status"] = post.State switch
        {
            PostState.AwaitingNewsAffairs => "Changed. The new text went back to the Office of News Affairs for approval; it goes out once they approve it.",
            PostState.AwaitingSergeant => "Changed. The new text went back to the district's sergeant for approval; it goes out once approved.",
            _ => $"Changed. It goes out {ChicagoTime.Format(post.DueAt)}.",
        };
        return RedirectToPage("/Posts/View", new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, DiscontinueReason? reason, string? note, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Acting.Allowed)
        {
            return Page();
        }

        var outcome = await changes.CancelAsync(id, member.SignedIn, reason, note, cancellationToken);
        if (!outcome.Succeeded)
        {
            return await RefusedAsync(id, outcome, cancellationToken);
        }

        TempData["Status"] = "Cancelled before it went out; the record is kept.";
        return RedirectToPage("/Posts/View", new { id });
    }

    private async Task<IActionResult> RefusedAsync(Guid id, Outcome outcome, CancellationToken cancellationToken)
    {
        ModelState.AddErrors(outcome);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>Loads the post: another district's is not found; a member who is neither its author nor the district's supervisor is refused.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        var isAuthor = post.AuthorId == member.UserId;
        if (!isAuthor && member.Approver?.SupervisesDistrict != post.District)
        {
            return Forbid();
        }

        Post = post;
        var now = time.GetUtcNow().UtcDateTime;
        var message = await db.Outbox.AsNoTracking()
            .Where(m => m.PostId == id && m.Kind == Infrastructure.Publishing.OutboxKind.PublishPost && m.CompletedAt == null)
            .Select(m => new { m.DueAt, m.LeaseUntil, m.AttemptStartedAt }).FirstOrDefaultAsync(cancellationToken);
        GoesOutUtc = message?.DueAt;
        TooLate = post.State != PostState.Queued || message is null || message.AttemptStartedAt is not null || message.LeaseUntil >= now;
        Acting = isAuthor ? await member.ActingAsync(ActingPurpose.Publish, cancellationToken) : ActingDecision.Yes;
        return null;
    }
}
