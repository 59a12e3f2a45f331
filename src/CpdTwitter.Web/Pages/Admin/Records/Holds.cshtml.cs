using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Retention;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Records;

/// <summary>Legal holds: placed by district, dates, posting or person with a reason; listed; released with a reason.</summary>
public sealed class HoldsModel(CpdTwitterDbContext db, RetentionDesk desk, CurrentMember member) : PageModel
{
    public const int PageSize = 50;

    private static readonly KeysetOrder<LegalHold> NewestFirst = KeysetOrder.ByTime<LegalHold>(h => h.PlacedAt, h => h.Id, newestFirst: true);

    public IReadOnlyList<LegalHold> Holds { get; private set; } = [];

    public IReadOnlyList<LegalHold> InForce { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    [BindProperty]
    [Display(Name = "District")]
    public int? District { get; set; }

    [BindProperty]
    [Display(Name = "From (created on or after)")]
    public DateOnly? FromDate { get; set; }

    [BindProperty]
    [Display(Name = "To (created on or before)")]
    public DateOnly? ToDate { get; set; }

    [BindProperty]
    [Display(Name = "Posting number")]
    public Guid? PostId { get; set; }

    [BindProperty]
    [Display(Name = "Person (log-on ID of the author)")]
    public string? PersonId { get; set; }

    [BindProperty]
    [Display(Name = "Reason (case, subpoena, investigation)")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Hold to release")]
    public Guid? HoldId { get; set; }

    [BindProperty]
    [Display(Name = "Reason for the release")]
    public string? ReleaseReason { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await db.LegalHolds.AsNoTracking().PageAsync(NewestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        Holds = page.Items;
        Pager = Pager.For(page, "Pages of legal holds", "legal hold");
        InForce = await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAt == null).OrderBy(h => h.PlacedAt).Take(200).ToListAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostPlaceAsync(CancellationToken cancellationToken) =>
        ActAsync("Hold placed. The records it covers cannot be disposed of until it is released.",
            () => desk.PlaceHoldAsync(District, FromDate, ToDate, PostId, PersonId, Reason, member.SignedIn, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken cancellationToken)
    {
        if (HoldId is not { } id)
        {
            ModelState.AddModelError(nameof(HoldId), "Choose the hold to release.");
            return ActAsync(string.Empty, () => Task.FromResult(Infrastructure.Outcome.Ok()), cancellationToken);
        }

        return ActAsync("Hold released.", () => desk.ReleaseHoldAsync(id, ReleaseReason, member.SignedIn, cancellationToken), cancellationToken);
    }

    private Task<IActionResult> ActAsync(string success, Func<Task<Infrastructure.Outcome>> act, CancellationToken cancellationToken) =>
        this.WhenValidAsync(act, success, () => OnGetAsync(cancellationToken));
}
