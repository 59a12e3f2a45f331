using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Export;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Records.Exports;

/// <summary>Public-records exports made in the app (ISD and News Affairs): start one, and the list of those made.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, RecordsExportJobs jobs, RecordsExportWorker worker, CurrentMember member, TimeProvider time) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The open requests offered on the form, newest received first.</summary>
    public const int RequestChoices = 200;

    private static readonly KeysetOrder<RecordsExportJob> NewestFirst = KeysetOrder.ByTime<RecordsExportJob>(j => j.RequestedAt, j => j.Id, newestFirst: true);

    public IReadOnlyList<RecordsExportJob> Jobs { get; private set; } = [];

    public IReadOnlyList<FoiaRequest> OpenRequests { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    [BindProperty]
    [Display(Name = "For public-records request")]
    public Guid? ForRequest { get; set; }

    [BindProperty]
    [Display(Name = "District")]
    public int? District { get; set; }

    [BindProperty]
    [Display(Name = "Submitted from")]
    public DateOnly? From { get; set; }

    [BindProperty]
    [Display(Name = "Submitted to")]
    public DateOnly? To { get; set; }

    [BindProperty]
    [Display(Name = "Search words")]
    public string? Search { get; set; }

    private DateOnly Today => ChicagoTime.DateOf(time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid? request, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (request is { } id)
        {
            if (OpenRequests.FirstOrDefault(r => r.Id == id) is not { } chosen)
            {
                return NotFound();
            }

            ForRequest = id;
            District = chosen.District;
            From = chosen.FromDate;
            To = chosen.ToDate;
            Search = chosen.SearchWords;
        }

        From ??= new DateOnly(Today.Year, 1, 1);
        To ??= Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        string? reference = null;
        if (ForRequest is { } requestId)
        {
            var chosen = await db.FoiaRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.ClosedAt == null, cancellationToken);
            if (chosen is null)
            {
                ModelState.AddModelError(nameof(ForRequest), "Choose an open public-records request, or none.");
            }
            else
            {
                // The request decides what is exported; its dates, when it has them, override the form's.
                District = chosen.District;
                From = chosen.FromDate ?? From;
                To = chosen.ToDate ?? To;
                Search = chosen.SearchWords;
                reference = Reference(chosen);
            }
        }

        Validate();
        if (ModelState.IsValid)
        {
            var outcome = await jobs.QueueAsync(new RecordsExportRequest(District, From!.Value, To!.Value, Search, reference), ForRequest, member.SignedIn, cancellationToken);
            if (outcome.Succeeded)
            {
                worker.Wake();
                TempData["Status"] = "Export started. This page shows its progress; the package can be downloaded here when it is complete.";
                return RedirectToPage("Detail", new { id = outcome.Id });
            }

            ModelState.AddErrors(outcome);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The request's reference in bag-info.txt and on the package's first page.</summary>
    public static string Reference(FoiaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = string.Create(CultureInfo.InvariantCulture, $"FOIA request received {request.ReceivedOn:yyyy-MM-dd} from {request.Requester}");
        return text.Length > RecordsExportRequest.ReferenceMaxLength ? text[..RecordsExportRequest.ReferenceMaxLength] : text;
    }

    private void Validate()
    {
        var today = Today.ToDateTime(TimeOnly.MinValue);
        if (District is { } d && !ChicagoDistricts.Exists(d))
        {
            ModelState.AddModelError(nameof(District), "Choose a district from the list, or all districts.");
        }

        if (From is not { } from)
        {
            ModelState.AddModelError(nameof(From), "Enter the first day of the postings to export.");
        }
        else if (!DateWindow.Contains(from.ToDateTime(TimeOnly.MinValue), today))
        {
            ModelState.AddModelError(nameof(From), DateWindow.Message("The start date", today));
        }

        if (To is not { } to)
        {
            ModelState.AddModelError(nameof(To), "Enter the last day of the postings to export.");
        }
        else if (!DateWindow.Contains(to.ToDateTime(TimeOnly.MinValue), today))
        {
            ModelState.AddModelError(nameof(To), DateWindow.Message("The end date", today));
        }
        else if (From is { } start && to < start)
        {
            ModelState.AddModelError(nameof(To), "The end date comes before the start date.");
        }

        if (Search?.Length > RecordsExportRequest.SearchMaxLength)
        {
            ModelState.AddModelError(nameof(Search), $"The search is at most {RecordsExportRequest.SearchMaxLength} characters.");
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OpenRequests = await db.FoiaRequests.AsNoTracking().Where(r => r.ClosedAt == null)
            .OrderByDescending(r => r.ReceivedOn).ThenBy(r => r.Id).Take(RequestChoices).ToListAsync(cancellationToken);
        var page = await db.RecordsExportJobs.AsNoTracking().PageAsync(NewestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        Jobs = page.Items;
        Pager = Pager.For(page, "Pages of records exports", "export");
    }
}
