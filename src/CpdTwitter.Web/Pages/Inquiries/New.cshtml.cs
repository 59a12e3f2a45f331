using CpdTwitter.Domain;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Inquiries;

/// <summary>A district member logs a media inquiry for their own district; News Affairs is notified and answers it.</summary>
public sealed class NewModel(CpdTwitterDbContext db, CurrentMember member, InquiryDesk desk, TimeProvider time) : PageModel
{
    [BindProperty]
    public InquiryInput Input { get; set; } = new();

    public int District => member.OwnDistrict;

    /// <summary>The related posting's text, shown so the member sees which posting the inquiry is about.</summary>
    public string? RelatedText { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? post, CancellationToken cancellationToken)
    {
        var local = ChicagoTime.ToLocal(time.GetUtcNow().UtcDateTime);
        Input.ReceivedAt = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        if (post is { } postId)
        {
            Input.RelatedPostId = postId;
            if (!await LoadRelatedAsync(cancellationToken))
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.ReceivedAt is null && ModelState.GetFieldValidationState("Input.ReceivedAt") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.ReceivedAt", "Enter when the inquiry came in.");
        }

        if (Input.Channel is null && ModelState.GetFieldValidationState("Input.Channel") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.Channel", "Choose how the inquiry came in: phone, e-mail, in person or social media.");
        }

        if (ModelState.IsValid)
        {
            var outcome = await desk.LogAsync(member.SignedIn, Input.ToDetails(), Input.RelatedPostId, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = "Logged. The Office of News Affairs has been notified and will answer the media.";
                return Redirect("/Inquiries/" + outcome.Id);
            }

            ModelState.AddErrors(Rename(outcome), "Input");
        }

        await LoadRelatedAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadRelatedAsync(CancellationToken cancellationToken)
    {
        if (Input.RelatedPostId is not { } postId)
        {
            return true;
        }

        RelatedText = await db.Posts.AsNoTracking().Within(member.Scope).Where(p => p.Id == postId)
            .Select(p => p.SentText ?? p.Text).SingleOrDefaultAsync(cancellationToken);
        return RelatedText is not null;
    }

    // The domain names the received time by its UTC field; the form's field is ReceivedAt.
    private static Infrastructure.Outcome Rename(Infrastructure.Outcome outcome) =>
        outcome with { Errors = outcome.Errors.Select(e => (e.Field == "ReceivedAtUtc" ? "ReceivedAt" : e.Field, e.Message)).ToList() };
}
