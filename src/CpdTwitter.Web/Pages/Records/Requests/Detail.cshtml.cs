using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Requests;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Records.Requests;

/// <summary>One public-records request: its due date, the one extension the Act allows, and its closing.</summary>
public sealed class DetailModel(CpdTwitterDbContext db, FoiaRequestLog log, CurrentMember member) : PageModel
{
    public FoiaRequest Item { get; private set; } = null!;

    public DateOnly Today => log.Today;

    [BindProperty]
    [Display(Name = "Reason (5 ILCS 140/3(e))")]
    public FoiaExtensionReason? ExtensionReason { get; set; }

    [BindProperty]
    [Display(Name = "Business days added (1 to 5)")]
    public int? ExtendedDueOn { get; set; }

    [BindProperty]
    [Display(Name = "Date the written notice was sent")]
    public DateOnly? ExtensionNoticeOn { get; set; }

    [BindProperty]
    [Display(Name = "Outcome")]
    public FoiaOutcome? Outcome { get; set; }

    [BindProperty]
    [Display(Name = "Note (exemptions applied, for a denial)")]
    public string? OutcomeNote { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        ExtensionNoticeOn ??= Today;
        ExtendedDueOn ??= FoiaRequest.MaxExtensionBusinessDays;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Extended.", () => log.ExtendAsync(id, ExtensionReason, ExtendedDueOn, ExtensionNoticeOn, member.SignedIn, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Closed. Its records are no longer held by it.", () => log.CloseAsync(id, Outcome, OutcomeNote, member.SignedIn, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, string success, Func<Task<Outcome>> act, CancellationToken cancellationToken)
    {
        if (!await db.FoiaRequests.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        return await this.WhenValidAsync(act, success, () => LoadAsync(id, cancellationToken), new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.FoiaRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return false;
        }

        Item = request;
        return true;
    }
}
