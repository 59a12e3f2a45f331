using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Retention;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Records;

/// <summary>Two-person disposition: one ISD member proposes with the disposal certificate, a different one approves.</summary>
public sealed class DispositionsModel(CpdTwitterDbContext db, DispositionDesk desk, EligiblePostings eligible, CurrentMember member) : PageModel
{
    public const int PageSize = 25;

    private static readonly KeysetOrder<Disposition> NewestFirst = KeysetOrder.ByTime<Disposition>(d => d.ProposedAt, d => d.Id, newestFirst: true);

    public IReadOnlyList<Disposition> Dispositions { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public DateTime? RetentionCutoff { get; private set; }

    public string Me => member.SignedIn.UserId;

    [BindProperty]
    [Display(Name = "Records last changed before")]
    public DateOnly? Cutoff { get; set; }

    [BindProperty]
    [Display(Name = "District")]
    public int? District { get; set; }

    [BindProperty]
    [Display(Name = "Disposal certificate number (Local Records Commission of Cook County)")]
    public string? Certificate { get; set; }

    [BindProperty]
    [Display(Name = "Why it is withdrawn")]
    public string? WithdrawNote { get; set; }

    public bool MayApprove(Disposition d) => d.MayBeApprovedBy(member.SignedIn);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (_, RetentionCutoff) = await eligible.CutoffAsync(cancellationToken);
        var page = await db.Dispositions.AsNoTracking().PageAsync(NewestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        Dispositions = page.Items;
        Pager = Pager.For(page, "Pages of dispositions", "disposition");
    }

    public Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken) =>
        ActAsync("Disposition proposed. A different ISD member must approve it before anything is purged.",
            () => desk.ProposeAsync(Cutoff, District, Certificate, member.SignedIn, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync("Disposition approved: the records' content was purged and their tombstones kept.",
            () => desk.ApproveAsync(id, member.SignedIn, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync("Disposition withdrawn. Nothing was purged.", () => desk.WithdrawAsync(id, WithdrawNote, member.SignedIn, cancellationToken), cancellationToken);

    private Task<IActionResult> ActAsync(string success, Func<Task<Outcome>> act, CancellationToken cancellationToken) =>
        this.WhenValidAsync(act, success, () => OnGetAsync(cancellationToken));
}
