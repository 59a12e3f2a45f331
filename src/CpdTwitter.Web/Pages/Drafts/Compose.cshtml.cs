using CpdTwitter.Domain;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Pages.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Drafts;

/// <summary>
/// The composer: a representative writes a post for their district, sees X's count, a preview and what the checks
/// found, saves revisions and submits. Off duty (on a Department device) the draft can be saved but not submitted; off a
/// Department device, or without an appointment, it can be read, not changed.
/// </summary>
public sealed class ComposeModel(CpdTwitterDbContext db, PostWorkflow workflow, CurrentMember member, PostDisplay display, TimeProvider time) : PageModel
{
    [BindProperty]
    public PostInput Input { get; set; } = new();

    /// <summary>The one-time token of the form being sent (issue #11, finding 8): a second sending shows the first one's result.</summary>
    [BindProperty]
    public string? FormToken { get; set; }

    /// <summary>A fresh one-time token for the form this request renders.</summary>
    public string IssuedFormToken { get; } = Infrastructure.Data.FormToken.Issue();

    /// <summary>A new post that corrects or follows up a published one (after a review asked for it).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Correcting { get; set; }

    public Post? Original { get; private set; }

    public Post? Post { get; private set; }

    public ActingDecision Acting { get; private set; } = ActingDecision.Yes;

    /// <summary>Whether the member may submit now: off duty they may still save the draft (issue #13).</summary>
    public ActingDecision Submitting { get; private set; } = ActingDecision.Yes;

    /// <summary>What the page says when the draft may be saved but not submitted now; null when both are allowed.</summary>
    public string? SubmitLater => Acting.Allowed && !Submitting.Allowed
        ? Submitting.IsOffDuty
            ? Submitting.NextWatchUtc is { } next
                ? $"You are off duty: you can save this draft; you can submit it when you are on duty (your next watch starts {ChicagoTime.Format(next)})."
                : "You are off duty and no watch is scheduled: you can save this draft; to submit it, ask your sergeant to confirm your shift."
            : $"{Submitting.Reason} You can save this draft."
        : null;

    public PolicyReview? Review { get; private set; }

    public TweetMeasurement Measure { get; private set; } = TweetText.Measure(string.Empty);

    public PostPreview? Preview { get; private set; }

    /// <summary>The post's id for the form's buttons, or nothing for a new post (an empty id would not match the route).</summary>
    public Dictionary<string, string> PostRoute =>
        Post is not null ? new() { ["id"] = Post.Id.ToString() }
        : Correcting is { } original ? new() { ["correcting"] = original.ToString() }
        : [];

    public bool CanEdit => Acting.Allowed && (Post is null || (Post.State.IsEditable() && Post.AuthorId == member.UserId));

    public int District => member.OwnDistrict;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Post = await FindAsync(id.Value, cancellationToken);
            if (Post is null)
            {
                return NotFound();
            }

            Input = PostInput.From(Post);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid? id, bool submit, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Post = await FindAsync(id.Value, cancellationToken);
            if (Post is null)
            {
                return NotFound();
            }
        }

        var decision = await member.ActingAsync(submit ? ActingPurpose.Publish : ActingPurpose.Draft, cancellationToken);
        if (!decision.Allowed)
        {
            ModelState.AddModelError(string.Empty, decision.Reason!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!Infrastructure.Data.FormToken.IsWellFormed(FormToken))
        {
            ModelState.AddModelError(string.Empty, PostWorkflow.StaleFormMessage);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var saved = await workflow.SaveAsync(id, District, member.SignedIn, Input.ToContent(), FormToken!, id is null ? Correcting : null, cancellationToken);
        if (!saved.Succeeded)
        {
            // The same form sent twice (a double click, a replayed request): the second shows what the first did.
            return await workflow.SentWithAsync(FormToken, member.SignedIn.UserId, cancellationToken) is { } earlier
                ? await ResultAsync(earlier, submit, cancellationToken)
                : await RefuseAsync(saved, cancellationToken);
        }

        var postId = Guid.Parse(saved.Id!);
        if (!submit)
        {
            return await ResultAsync(postId, submit, cancellationToken);
        }

        var submitted = await workflow.SubmitAsync(postId, District, member.SignedIn, cancellationToken);
        if (!submitted.Succeeded)
        {
            Post = await FindAsync(postId, cancellationToken);
            return await RefuseAsync(submitted, cancellationToken);
        }

        return await ResultAsync(postId, submit, cancellationToken);
    }

    private async Task<IActionResult> ResultAsync(Guid postId, bool submit, CancellationToken cancellationToken)
    {
        if (!submit)
        {
            TempData["Status"] = "Draft saved.";
            return RedirectToPage(new { id = postId });
        }

        var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId, cancellationToken);
        TempData["Status"] = post.State switch
        {
            PostState.AwaitingNewsAffairs => "Submitted to the Office of News Affairs for approval. You will be notified of their decision.",
            PostState.AwaitingSergeant => "Submitted to your district's sergeant for approval.",
            PostState.Draft or PostState.Failed => "This form was already sent; this is the post it made.",
            _ => post.ScheduledFor is { } at && at > time.GetUtcNow().UtcDateTime ? $"Queued: it goes out at {ChicagoTime.Format(at)}." : "Queued for publishing.",
        };
        return RedirectToPage("/Posts/View", new { id = postId });
    }

    private async Task<IActionResult> RefuseAsync(Outcome outcome, CancellationToken cancellationToken)
    {
        ModelState.AddErrors(outcome, nameof(Input));

        await LoadAsync(cancellationToken);
        return Page();
    }

    private Task<Post?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Posts.AsNoTracking().Within(member.Scope).Include(p => p.Revisions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var originalId = Post?.CorrectsPostId ?? Correcting;
        Original = originalId is null ? null : await db.Posts.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(p => p.Id == originalId, cancellationToken);
        Acting = await member.ActingAsync(ActingPurpose.Draft, cancellationToken);
        Submitting = await member.ActingAsync(ActingPurpose.Publish, cancellationToken);
        var text = PostContent.NormalizeText(Input.Text);
        Measure = TweetText.Measure(text);
        if (!string.IsNullOrWhiteSpace(text))
        {
            Review = await workflow.ReviewAsync(text, Input.MarkedNotable, District, cancellationToken);
        }

        Preview = await display.PreviewAsync(District, text, Input.ToContent().ScheduledForUtc, cancellationToken);
    }
}
