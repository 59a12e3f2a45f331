using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>
/// One post's record: where it stands, why it was routed, who decided what, every revision, and the texts
/// submitted, approved and sent side by side. Readable by the district's members, News Affairs and ISD.
/// </summary>
public sealed class ViewModel(CpdTwitterDbContext db, PostDisplay display, ReviewWorkflow reviews, QueuedPostChanges changes, CurrentMember member) : PageModel
{
    public Post Post { get; private set; } = null!;

    public PostPreview Preview { get; private set; } = null!;

    public PublishingHold? Hold { get; private set; }

    public DateTime? NextAttemptUtc { get; private set; }

    /// <summary>The name of the template the post was started from (null when it was not).</summary>
    public string? TemplateName { get; private set; }

    /// <summary>Media inquiries about this posting, counted for those who see inquiries: the district's members and News Affairs.</summary>
    public int MediaInquiries { get; private set; }

    /// <summary>The mention this posting answers, when it is a response (issue 16).</summary>
    public AnsweredMention? InReplyTo { get; private set; }

    /// <summary>Any member of the posting's district may log a media inquiry about it for News Affairs (S02-03-10 IV.F).</summary>
    public bool MayLogInquiry => member.District == Post.District && Domain.People.Roles.DistrictScoped.Any(member.Is);

    private bool SeesInquiries => MayLogInquiry || member.Is(Domain.People.Roles.NewsAffairs);

    public string MediaInquiriesLink => member.Is(Domain.People.Roles.NewsAffairs)
        ? $"/NewsAffairs/Inquiries?show=all&post={Post.Id}"
        : $"/Inquiries?post={Post.Id}";

    public bool IsAuthor => Post.AuthorId == member.UserId;

    public bool CanDecide => member.Approver is { } who && Post.MayBeDecidedBy(who);

    /// <summary>News Affairs (any district) or the district's sergeant or commander may discontinue or cancel, unless they wrote or edited it.</summary>
    public bool CanDiscontinue => member.Approver is { } who && Post.MayBeDiscontinuedBy(who)
        && (Post.State.IsLive() || Post.State == PostState.Queued);

    /// <summary>The author or the district's sergeant or commander may change or cancel a queued post before it goes (issue #13).</summary>
    public bool CanChangeBeforeSending => member.UserId is { } user && Post.MayBeChangedBeforeSendingBy(user, member.Approver);

    /// <summary>The frozen texts, shown side by side when they differ.</summary>
    public IReadOnlyList<(string Label, string Text)> Frozen { get; private set; } = [];

    /// <summary>The confirmation asked before discontinuing (or cancelling) this post.</summary>
    public ConfirmDialog Confirm => ConfirmDialog.ForDiscontinue("confirm-discontinue", Post.State == PostState.Queued, Post.Sandbox);

    /// <summary>Confirmed: the form's "Yes, …" box, ticked by the confirmation dialog or by hand without script.</summary>
    public Task<IActionResult> OnPostDiscontinueAsync(Guid id, DiscontinueReason? reason, string? note, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, (post, who) => !confirmed
            ? Task.FromResult(Outcome.Fail("Confirmed", ConfirmDialog.ForDiscontinue(string.Empty, post.State == PostState.Queued, post.Sandbox).Missing))
            : post.State == PostState.Queued
            ? changes.CancelAsync(id, member.SignedIn, reason, note, cancellationToken)
            : reviews.DiscontinueAsync(id, who, reason, note, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, Func<Post, PostApprover, Task<Outcome>> act, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        // Whether this approver may discontinue this posting (district, separation of duties) is the domain's to say, with its reason.
        if (member.Approver is not { } who)
        {
            return Forbid();
        }

        var outcome = await act(post, who);
        if (outcome.Succeeded)
        {
            TempData["Status"] = post.State == PostState.Queued ? "Cancelled before it went out; the record is kept."
                : post.Sandbox ? "Discontinued: the sandbox posting is marked discontinued (it was never on X); its record is kept."
                : "Discontinued: the posting is being deleted from X; its record is kept.";
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(outcome);

        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Within(member.Scope).Include(p => p.Revisions).Include(p => p.Decisions).Include(p => p.Reviews)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        Post = post;
        Preview = await display.PreviewAsync(post.District, post.SentText ?? post.Text, post.PublishedAt ?? post.ScheduledFor, cancellationToken) with { Images = PreviewImages.Of(Url, post.Images) };
        if (post.State == PostState.Queued)
        {
            Hold = await display.HoldAsync(post.District, cancellationToken);
            NextAttemptUtc = await db.Outbox.AsNoTracking().Where(m => m.PostId == post.Id && m.CompletedAt == null)
                .Select(m => (DateTime?)m.DueAt).FirstOrDefaultAsync(cancellationToken);
        }

        // As the template's name: one query by key, only for a response (issue 16).
        InReplyTo = await AnsweredMentions.ForAsync(db, post, cancellationToken);
        if (post.TemplateId is { } templateId)
        {
            TemplateName = await db.PostTemplates.AsNoTracking().Where(t => t.Id == templateId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
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
        if (SeesInquiries)
        {
            MediaInquiries = await db.MediaInquiries.CountAsync(i => i.RelatedPostId == post.Id, cancellationToken);
        }

        return Page();
    }

    /// <summary>Said instead of the side-by-side texts when they are all the same.</summary>
    public string FrozenSameSentence => Frozen.Count switch
    {
        1 => "The text has not been changed since it was submitted.",
        _ => $"The text was not changed after it was submitted: the {string.Join(", ", Frozen.SkipLast(1).Select(f => f.Label.ToLowerInvariant()))} and {Frozen[^1].Label.ToLowerInvariant()} texts are the same.",
    };

    public bool FrozenTextsDiffer => Frozen.Select(f => f.Text).Distinct(StringComparer.Ordinal).Count() > 1;
}
