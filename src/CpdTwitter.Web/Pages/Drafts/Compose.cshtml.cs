using CpdTwitter.Domain;
using CpdTwitter.Domain.Media;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Media;
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
public sealed class ComposeModel(CpdTwitterDbContext db, PostWorkflow workflow, CurrentMember member, PostDisplay display, ImageStore images, TimeProvider time) : PageModel
{
    /// <summary>The file input of the Attach handler (read from the form's files, never bound).</summary>
    public const string NewImagesField = "NewImages";
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

    /// <summary>A new post that answers this mention of the district on X (issue 16: <c>?mention={id}</c>, AppLinks.Respond).</summary>
    [BindProperty(SupportsGet = true, Name = "mention")]
    public Guid? MentionId { get; set; }

    /// <summary>The mention the post answers: the one named for a new response, or the saved response's.</summary>
    public Mention? Answering { get; private set; }

    /// <summary>Why the member cannot answer <see cref="Answering"/> now; null when they can (or the post answers nothing).</summary>
    public string? WhyNotAnswerable { get; private set; }

    public bool IsResponse => Answering is not null;

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

    /// <summary>The images in the form, with what is stored of each (kind, size), in order; alt text as typed.</summary>
    public IReadOnlyList<PostImage> AttachedImages { get; private set; } = [];

    /// <summary>An image to drop from the post (its index), sent by that image's Remove button with Save.</summary>
    [BindProperty]
    public int? RemoveImage { get; set; }

    /// <summary>The post's id for the form's buttons, or nothing for a new post (an empty id would not match the route).</summary>
    public Dictionary<string, string> PostRoute =>
        Post is not null ? new() { ["id"] = Post.Id.ToString() }
        : MentionId is { } mention ? new() { ["mention"] = mention.ToString() }
        : Correcting is { } original ? new() { ["correcting"] = original.ToString() }
        : [];

    public bool CanEdit => Acting.Allowed && WhyNotAnswerable is null && (Post is null || (Post.State.IsEditable() && Post.AuthorId == member.UserId));

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

        if (!await FindMentionAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    /// <summary>
    /// Attaches images (the one handler with the larger request limit, <see cref="InputRules.RequestLimits.IsImageUpload"/>):
    /// each file is checked by content, stripped of metadata and stored, then the draft is saved with them as a new revision.
    /// </summary>
    public Task<IActionResult> OnPostAttachAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken, attach: true);

    private async Task<IActionResult> SaveAsync(Guid? id, bool submit, CancellationToken cancellationToken, bool attach = false)
    {
        if (id is not null)
        {
            Post = await FindAsync(id.Value, cancellationToken);
            if (Post is null)
            {
                return NotFound();
            }
        }

        // The mention is checked again on every POST: another district's is not found; one this member may not answer
        // (possible media inquiry, closed, not addressing the account) is refused with the reason, never saved.
        if (!await FindMentionAsync(cancellationToken))
        {
            return NotFound();
        }

        if (WhyNotAnswerable is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (IsResponse)
        {
            // A response's kind is fixed (ADR 0010): whatever the form says, the domain makes it a response.
            Input.Category = PostCategory.CommunityResponse;
            ModelState.Remove($"{nameof(Input)}.{nameof(PostInput.Category)}");
            Input.EventDate = null;

            // Its kind is not chosen, so a blank form would otherwise start an empty answer to someone.
            if (string.IsNullOrWhiteSpace(Input.Text))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(PostInput.Text)}", "Write the response before saving it.");
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

        var attached = await ImagesFromFormAsync(cancellationToken);
        var newlyStored = new List<PostImage>();
        if (attach)
        {
            newlyStored = await StoreNewImagesAsync(cancellationToken);
            attached = [.. attached, .. newlyStored];
        }

        if (submit)
        {
            foreach (var (field, message) in PostImages.MissingAltText(attached))
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var saved = await workflow.SaveAsync(id, District, member.SignedIn, Input.ToContent(attached), FormToken!, id is null && MentionId is null ? Correcting : null, newlyStored, id is null ? MentionId : null, cancellationToken);
        if (!saved.Succeeded)
        {
            // The same form sent twice (a double click, a replayed request): the second shows what the first did.
            return await workflow.SentWithAsync(FormToken, member.SignedIn.UserId, cancellationToken) is { } earlier
                ? await ResultAsync(earlier, submit, cancellationToken)
                : await RefuseAsync(saved, cancellationToken);
        }

        var postId = Guid.Parse(saved.Id!);
        if (attach)
        {
            TempData["Status"] = newlyStored.Count == 1 ? "Image attached and the draft saved. Write its alt text below." : $"{newlyStored.Count} images attached and the draft saved. Write their alt text below.";
            return RedirectToPage(new { id = postId });
        }

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

    /// <summary>
    /// The form's images, each looked up among the files this district holds (a name the district does not hold is
    /// refused, never shown), less the one whose Remove button was pressed, with the alt text as typed.
    /// </summary>
    private async Task<List<PostImage>> ImagesFromFormAsync(CancellationToken cancellationToken)
    {
        var inputs = Input.Images.Where((_, i) => i != RemoveImage).ToList();
        var names = inputs.Select(i => i.Sha256).OfType<string>().Where(PostImage.IsSha256).ToList();
        var stored = names.Count == 0 ? [] : await db.StoredImages.AsNoTracking()
            .Where(i => i.District == District && names.Contains(i.Sha256)).ToListAsync(cancellationToken);
        var result = new List<PostImage>();
        foreach (var input in inputs)
        {
            if (stored.FirstOrDefault(s => s.Sha256 == input.Sha256) is { } file)
            {
                result.Add(file.ToImage() with { AltText = PostImages.NormalizeAltText(input.AltText) });
            }
            else
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(PostInput.Images)}", "An image of this post is not one your district holds; attach it again.");
            }
        }

        if (RemoveImage is not null)
        {
            // The form shows the list without the removed image: its fields move up one.
            Input.Images = inputs;
            ModelState.Clear();
        }

        return result;
    }

    private async Task<List<PostImage>> StoreNewImagesAsync(CancellationToken cancellationToken)
    {
        var files = Request.HasFormContentType ? Request.Form.Files.GetFiles(NewImagesField) : [];
        var stored = new List<PostImage>();
        if (files.Count == 0 || files.All(f => f.Length == 0))
        {
            ModelState.AddModelError(NewImagesField, "Choose an image to attach: " + PostImages.KindsInWords + ".");
            return stored;
        }

        foreach (var file in files.Where(f => f.Length > 0).Take(PostImages.MaxStillImages + 1))
        {
            await using var content = file.OpenReadStream();
            var intake = await images.StoreAsync(content, file.Length, cancellationToken);
            if (intake.Image is { } image)
            {
                stored.Add(image);
                Input.Images.Add(new ImageInput { Sha256 = image.Sha256, AltText = string.Empty });
            }
            else
            {
                ModelState.AddModelError(NewImagesField, $"{Path.GetFileName(file.FileName)}: {intake.Refusal}");
            }
        }

        return stored;
    }

    private async Task<IActionResult> RefuseAsync(Outcome outcome, CancellationToken cancellationToken)
    {
        ModelState.AddErrors(outcome, nameof(Input));

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Finds the mention the post answers (the saved response's, else the one named in the query) within the member's
    /// scope, and why they may not answer it. False when a named mention is not found (another district's is not).
    /// </summary>
    private async Task<bool> FindMentionAsync(CancellationToken cancellationToken)
    {
        var mentionId = Post is null ? MentionId : Post.InReplyToMentionId;
        if (Post is not null)
        {
            MentionId = null;
        }

        if (mentionId is null)
        {
            return true;
        }

        Answering = await db.Mentions.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(m => m.Id == mentionId, cancellationToken);
        if (Answering is null)
        {
            return Post is not null;
        }

        // A saved response that is no longer editable is only read; the check matters while it can still change.
        if (Post is null || Post.State.IsEditable())
        {
            WhyNotAnswerable = Answering.District != member.OwnDistrict
                ? "That mention is not one of your district's."
                : Answering.WhyNotAnswerableBy(member.SignedIn);
        }

        return true;
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

        var preview = await display.PreviewAsync(District, text, Input.ToContent().ScheduledForUtc, cancellationToken);
        var names = Input.Images.Select(i => i.Sha256).OfType<string>().ToList();
        var stored = names.Count == 0 ? [] : await db.StoredImages.AsNoTracking()
            .Where(i => i.District == District && names.Contains(i.Sha256)).ToListAsync(cancellationToken);
        AttachedImages = Input.Images
            .Select(input => stored.FirstOrDefault(s => s.Sha256 == input.Sha256) is { } file ? file.ToImage() with { AltText = input.AltText ?? string.Empty } : null)
            .OfType<PostImage>().ToList();
        Preview = preview with { Images = PreviewImages.Of(Url, AttachedImages) };
    }
}
