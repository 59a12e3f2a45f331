using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Commander;

/// <summary>Directive V.A: the commander names the district's two representatives and submits them to News Affairs.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Commander)]
public sealed class RepresentativesModel(CpdTwitterDbContext db, RepresentativeRegistry registry, CurrentMember member) : PageModel
{
    public const int PageSize = 25;

    private static readonly KeysetOrder<Appointment> AppointedLatestFirst = KeysetOrder.ByTime<Appointment>(a => a.AppointedAt, a => a.Id, newestFirst: true);

    private static readonly KeysetOrder<RegistrySubmission> SubmittedLatestFirst = KeysetOrder.ByTime<RegistrySubmission>(s => s.SubmittedAt, s => s.Id, newestFirst: true);

    [BindProperty]
    public SlotInput Input { get; set; } = new();

    /// <summary>The positions of the two history lists (the shared pager's tokens).</summary>
    public string? HistoryCursor => Request.Query["history"];

    public string? SubmissionsCursor => Request.Query["submissions"];

    public Pager HistoryPager { get; private set; } = null!;

    public Pager SubmissionsPager { get; private set; } = null!;

    /// <summary>The slot whose form was posted, so its messages appear beside its own fields.</summary>
    public int? PostedSlot { get; private set; }

    public int District { get; private set; }

    public string DistrictName { get; private set; } = string.Empty;

    public IReadOnlyList<Appointment> Active { get; private set; } = [];

    public IReadOnlyList<Appointment> History { get; private set; } = [];

    public IReadOnlyList<RegistrySubmission> Submissions { get; private set; } = [];

    public IReadOnlyList<string> Ranks { get; private set; } = [];

    public int Vacancies => DistrictRegistry.Slots - Active.Count;

    public Appointment? InSlot(int slot) => Active.SingleOrDefault(a => a.Slot == slot);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAppointAsync(int slot, CancellationToken cancellationToken)
    {
        PostedSlot = slot;
        var outcome = await registry.AppointAsync(member.OwnDistrict, slot, Input.ToInput(), member.SignedIn, cancellationToken);
        return await AfterAsync(outcome, $"Slot {slot} filled. The submission has gone to the Office of News Affairs.", cancellationToken);
    }

    public async Task<IActionResult> OnPostReplaceAsync(int slot, CancellationToken cancellationToken)
    {
        PostedSlot = slot;
        var outcome = await registry.ReplaceAsync(member.OwnDistrict, slot, Input.ToInput(), Input.EffectiveDate, Input.Reason, member.SignedIn, cancellationToken);
        return await AfterAsync(outcome, $"Slot {slot} replaced. The submission has gone to the Office of News Affairs.", cancellationToken);
    }

    private Task<IActionResult> AfterAsync(Infrastructure.Outcome outcome, string success, CancellationToken cancellationToken) =>
        this.AfterWorkflowAsync(outcome, success, () => LoadAsync(cancellationToken), nameof(Input));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        District = member.OwnDistrict;
        DistrictName = (await db.Districts.AsNoTracking().SingleAsync(d => d.Number == District, cancellationToken)).DisplayName;
        Active = await db.Appointments.AsNoTracking().Within(member.Scope).Where(a => a.EndedAt == null)
            .OrderBy(a => a.Slot).ToListAsync(cancellationToken);
        var history = await db.Appointments.AsNoTracking().Within(member.Scope)
            .PageAsync(AppointedLatestFirst, HistoryCursor, PageSize, cancellationToken);
        History = history.Items;
        HistoryPager = Pager.For(history, "Appointment history pages", "appointment", param: "history");
        var submissions = await db.RegistrySubmissions.AsNoTracking().Within(member.Scope)
            .PageAsync(SubmittedLatestFirst, SubmissionsCursor, PageSize, cancellationToken);
        Submissions = submissions.Items;
        SubmissionsPager = Pager.For(submissions, "Submission pages", "submission", param: "submissions");
        Ranks = await db.Ranks.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => r.Name).ToListAsync(cancellationToken);
    }
}

public sealed class SlotInput
{
    [Display(Name = "Log-on ID")]
    [StringLength(DepartmentEmail.MaxLength)]
    public string? LogOnId { get; set; }

    [Display(Name = "Name")]
    [StringLength(RepresentativeDetails.NameMaxLength)]
    public string? Name { get; set; }

    [StringLength(RepresentativeDetails.RankMaxLength)]
    public string? Rank { get; set; }

    [Display(Name = "Star number")]
    public string? StarNumber { get; set; }

    [Display(Name = "Employee number")]
    public string? EmployeeNumber { get; set; }

    [Display(Name = "Department e-mail")]
    [StringLength(DepartmentEmail.MaxLength)]
    public string? Email { get; set; }

    [Display(Name = "Effective date")]
    public DateOnly? EffectiveDate { get; set; }

    [Display(Name = "Reason for the replacement")]
    [StringLength(Appointment.ReasonMaxLength)]
    public string? Reason { get; set; }

    public RepresentativeInput ToInput() => new(LogOnId, Name, Rank, StarNumber, EmployeeNumber, Email);
}
