using CpdTwitter.Domain;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Commander;

/// <summary>The commander's switches for their own district: pause publishing, and require sergeant approval for every post.</summary>
[Authorize(Policy = Policies.Commander)]
public sealed class PublishingModel(CpdTwitterDbContext db, PostWorkflow workflow, ReviewWorkflow reviews, Review.ReviewStatus status, CurrentMember member) : PageModel
{
    public Review.DistrictReviewStatus Review { get; private set; } = null!;

    public PublishingSwitch? Switch { get; private set; }

    public PublishingSwitch? Department { get; private set; }

    public (PublishingSwitch? Switch, string Scope) PauseSwitch => (Switch, $"district {District:000}");

    public int District => member.OwnDistrict;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPauseAsync(string? reason, CancellationToken cancellationToken) =>
        await AfterAsync(await workflow.PauseAsync(District, member.SignedIn, reason, cancellationToken), "Publishing is paused for the district.", cancellationToken);

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await workflow.ResumeAsync(District, member.SignedIn, cancellationToken), "Publishing resumed; waiting posts go in order.", cancellationToken);

    public async Task<IActionResult> OnPostSergeantApprovalAsync(bool required, CancellationToken cancellationToken) =>
        await AfterAsync(await workflow.RequireSergeantApprovalAsync(District, required, member.SignedIn, cancellationToken),
            required ? "Every post of the district now needs the sergeant's approval." : "Posts no longer need the sergeant's approval (notable ones still go to News Affairs).", cancellationToken);

    public async Task<IActionResult> OnPostReviewPeriodAsync(int? hours, CancellationToken cancellationToken) =>
        await AfterAsync(await reviews.SetReviewWithinAsync(District, hours, member.SignedIn, cancellationToken), $"Postings are now due for review within {Plural.Count(hours ?? 0, "hour")}.", cancellationToken);

    private Task<IActionResult> AfterAsync(Outcome outcome, string success, CancellationToken cancellationToken) =>
        this.AfterWorkflowAsync(outcome, success, () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var switches = await db.PublishingSwitches.AsNoTracking()
            .Where(s => s.Scope == District || s.Scope == PublishingSwitch.DepartmentScope).ToListAsync(cancellationToken);
        Switch = switches.SingleOrDefault(s => s.Scope == District);
        Department = switches.SingleOrDefault(s => s.Scope == PublishingSwitch.DepartmentScope);
        Review = await status.ForDistrictAsync(District, cancellationToken);
    }
}
