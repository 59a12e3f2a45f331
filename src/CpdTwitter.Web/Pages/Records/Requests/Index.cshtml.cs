using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Requests;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Records.Requests;

/// <summary>The public-records (FOIA, 5 ILCS 140) request log, for ISD and the Office of News Affairs.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, FoiaRequestLog log, CurrentMember member) : PageModel
{
    public const int PageSize = 50;

    private static readonly KeysetOrder<FoiaRequest> NewestFirst = KeysetOrder.ByTime<FoiaRequest>(r => r.LoggedAt, r => r.Id, newestFirst: true);

    public IReadOnlyList<FoiaRequest> Requests { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public DateOnly Today => log.Today;

    [BindProperty]
    [Display(Name = "Requester")]
    public string? Requester { get; set; }

    [BindProperty]
    [Display(Name = "Date received")]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    [Display(Name = "What was asked for")]
    public string? Asked { get; set; }

    [BindProperty]
    [Display(Name = "District")]
    public int? District { get; set; }

    [BindProperty]
    [Display(Name = "Records from")]
    public DateOnly? FromDate { get; set; }

    [BindProperty]
    [Display(Name = "Records to")]
    public DateOnly? ToDate { get; set; }

    [BindProperty]
    [Display(Name = "Search words")]
    public string? SearchWords { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ReceivedOn ??= Today;
        var page = await db.FoiaRequests.AsNoTracking().PageAsync(NewestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        Requests = page.Items;
        Pager = Pager.For(page, "Pages of public-records requests", "request");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await log.LogAsync(new FoiaRequestInput(Requester, ReceivedOn, Asked, District, FromDate, ToDate, SearchWords), member.SignedIn, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = "Request logged. Its records are held until it is closed.";
                return RedirectToPage("Detail", new { id = outcome.Id });
            }

            ModelState.AddErrors(outcome);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
