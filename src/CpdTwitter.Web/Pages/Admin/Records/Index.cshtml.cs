using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Records.Retention;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.Admin.Records;

/// <summary>ISD's retention settings per record series: period and approved schedule item (Local Records Act, 50 ILCS 205).</summary>
public sealed class IndexModel(RetentionDesk desk, CurrentMember member) : PageModel
{
    public IReadOnlyList<RetentionSchedule> Schedules { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Record series")]
    public RecordSeries? Series { get; set; }

    [BindProperty]
    [Display(Name = "Retention period (months after the last change)")]
    public int? RetentionMonths { get; set; }

    [BindProperty]
    [Display(Name = "Approved schedule item number")]
    public string? ScheduleItem { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schedules = await desk.SchedulesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Series is not { } series || !Enum.IsDefined(series))
        {
            ModelState.AddModelError(nameof(Series), "Choose a record series.");
        }
        else if (ModelState.IsValid)
        {
            var outcome = await desk.SetScheduleAsync(series, RetentionMonths, ScheduleItem, member.SignedIn, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = $"{series.DisplayName()}: retention saved.";
                return RedirectToPage();
            }

            ModelState.AddErrors(outcome);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
