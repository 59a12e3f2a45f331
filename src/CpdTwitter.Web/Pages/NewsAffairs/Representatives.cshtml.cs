using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs;

public sealed record DistrictVacancy(int District, string Name, int Vacancies);

/// <summary>Directive V.A.2: the Office of News Affairs receives the commanders' submissions and acknowledges them.</summary>
public sealed class RepresentativesModel(CpdTwitterDbContext db, RepresentativeRegistry registry, CurrentMember member) : PageModel
{
    public const int PageSize = 25;

    private static readonly KeysetOrder<RegistrySubmission> OldestFirst = KeysetOrder.ByTime<RegistrySubmission>(s => s.SubmittedAt, s => s.Id, newestFirst: false);

    /// <summary>The waiting list's page (the shared pager's token).</summary>
    public string? Cursor => Request.Query["cursor"];

    public IReadOnlyList<(RegistrySubmission Submission, string DistrictName)> Pending { get; private set; } = [];

    public Pager PendingPager { get; private set; } = null!;

    public IReadOnlyList<DistrictVacancy> Vacancies { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await registry.AcknowledgeAsync(id, member.SignedIn, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = "Submission acknowledged. The representatives it names may now publish.";
            return RedirectToPage();
        }

        foreach (var (_, message) in outcome.Errors)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Number, d => d.DisplayName, cancellationToken);
        var pending = await db.RegistrySubmissions.AsNoTracking().Where(s => s.AcknowledgedAt == null)
            .PageAsync(OldestFirst, Cursor, PageSize, cancellationToken);
        Pending = pending.Items.Select(s => (s, districts[s.District])).ToList();
        PendingPager = Pager.For(pending, "Pages of submissions awaiting acknowledgement", "submission awaiting acknowledgement", "submissions awaiting acknowledgement", "cursor");
        var filled = await db.Appointments.AsNoTracking().Where(a => a.EndedAt == null)
            .GroupBy(a => a.District).Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.District, g => g.Count, cancellationToken);
        Vacancies = districts.OrderBy(d => d.Key)
            .Select(d => new DistrictVacancy(d.Key, d.Value, DistrictRegistry.Slots - filled.GetValueOrDefault(d.Key)))
            .Where(v => v.Vacancies > 0).ToList();
    }
}
