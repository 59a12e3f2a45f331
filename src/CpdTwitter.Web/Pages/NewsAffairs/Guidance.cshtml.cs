using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Guidance;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Guidance;
using CpdTwitter.Web.Pages.Guidance;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs;

public sealed class GuidanceInput
{
    [Display(Name = "Guidance (Markdown)")]
    [StringLength(GuidanceVersion.TextMaxLength)]
    public string? Markdown { get; set; }

    [Display(Name = "What changed")]
    [StringLength(GuidanceVersion.SummaryMaxLength)]
    public string? Summary { get; set; }
}

/// <summary>
/// News Affairs writes the guidance (V.C.1): edit the Markdown, preview it as readers will see it, publish it as a new
/// version with a summary of what changed; and see which representatives acknowledged which version.
/// </summary>
public sealed class GuidanceModel(CpdTwitterDbContext db, GuidanceDesk desk, GuidanceRenderer renderer, CurrentMember member) : PageModel
{
    [BindProperty]
    public GuidanceInput Input { get; set; } = new();

    public GuidanceVersion? Current { get; private set; }

    /// <summary>The edited text rendered, after Preview.</summary>
    public string? PreviewHtml { get; private set; }

    public ReadersView? Readers { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? version, CancellationToken cancellationToken)
    {
        await LoadAsync(version, cancellationToken);
        if (version is not null && Readers is null)
        {
            return NotFound();
        }

        Input = new GuidanceInput { Markdown = Current?.Markdown };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(null, cancellationToken);
        if (string.IsNullOrWhiteSpace(Input.Markdown) && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Markdown", "Write the guidance to preview it.");
        }

        if (ModelState.IsValid)
        {
            PreviewHtml = renderer.ToHtml(GuidanceDocument.Normalize(Input.Markdown));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await desk.PublishAsync(Input.Markdown, Input.Summary, member.SignedIn, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = $"Published guidance version {outcome.Id}. Every representative has been told to read it.";
                return RedirectToPage();
            }

            ModelState.AddErrors(outcome, nameof(Input));
        }

        await LoadAsync(null, cancellationToken);
        PreviewHtml = renderer.ToHtml(GuidanceDocument.Normalize(Input.Markdown));
        return Page();
    }

    private async Task LoadAsync(int? version, CancellationToken cancellationToken)
    {
        var numbers = await db.GuidanceVersions.AsNoTracking().OrderByDescending(v => v.Number).Select(v => v.Number).ToListAsync(cancellationToken);
        if (numbers.Count == 0)
        {
            return;
        }

        Current = await db.GuidanceVersions.AsNoTracking().SingleAsync(v => v.Number == numbers[0], cancellationToken);
        var chosen = version ?? numbers[0];
        if (numbers.Contains(chosen))
        {
            Readers = new ReadersView(chosen, numbers, await GuidanceReaders.ForVersionAsync(db, member.Scope, chosen, cancellationToken));
        }
    }
}
