using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Ranks;

/// <summary>The ranks offered when a commander registers a representative: reference data ISD maintains.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Display(Name = "Rank")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Position in the list")]
    public int? SortOrder { get; set; }

    public IReadOnlyList<Rank> Ranks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Ranks = await db.Ranks.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Rank rank;
        try
        {
            rank = new Rank(Name ?? string.Empty, SortOrder ?? 100);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(Name), ex.Message);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        if (await db.Ranks.AnyAsync(r => r.Name == rank.Name, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), $"{rank.Name} is already in the list.");
            await OnGetAsync(cancellationToken);
            return Page();
        }

        db.Ranks.Add(rank);
        audit.Record(AuditActions.Rank.Added, AuditSubjects.Rank, rank.Name, details: new { rank.SortOrder });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = $"{rank.Name} added.";
        return RedirectToPage();
    }
}
