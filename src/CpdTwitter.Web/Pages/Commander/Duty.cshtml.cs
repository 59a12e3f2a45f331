using CpdTwitter.Domain;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Duty;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Commander;

public sealed record RepresentativeDuty(Appointment Appointment, DutyStatus Status, IReadOnlyList<WatchAssignment> Watches);

/// <summary>Directive III.C: the district's commander or sergeant keeps the representatives' duty schedules.</summary>
public sealed class DutyModel(CpdTwitterDbContext db, DutyRoster roster, CurrentMember member, TimeProvider time) : PageModel
{
    public IReadOnlyList<RepresentativeDuty> Representatives { get; private set; } = [];

    public IReadOnlyList<DutyGrant> Overrides { get; private set; } = [];

    public bool IsCommander => member.SignedIn.IsCommanderOf(District);

    public int District => member.OwnDistrict;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddWatchAsync(string userId, DayOfWeek day, TimeOnly? start, TimeOnly? end, CancellationToken cancellationToken) =>
        ForRepresentativeAsync(userId, () => start is null || end is null
            ? RefuseAsync("Enter the watch's start and end times.", cancellationToken)
            : ActAsync(() => roster.AddWatchAsync(District, userId, day, start.Value, end.Value, member.SignedIn, cancellationToken), "Watch added.", cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveWatchAsync(Guid id, CancellationToken cancellationToken) =>
        !await db.Watches.Within(member.Scope).AnyAsync(w => w.Id == id, cancellationToken)
            ? NotFound()
            : await ActAsync(() => roster.RemoveWatchAsync(District, id, member.SignedIn, cancellationToken), "Watch removed.", cancellationToken);

    public Task<IActionResult> OnPostConfirmShiftAsync(string userId, DateTime? from, DateTime? until, CancellationToken cancellationToken) =>
        ForRepresentativeAsync(userId, () => from is null || until is null
            ? RefuseAsync("Enter when the shift starts and ends.", cancellationToken)
            : ActAsync(() => roster.ConfirmShiftAsync(District, userId, Utc(from.Value), Utc(until.Value), member.SignedIn, cancellationToken), "Shift confirmed.", cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostOverrideAsync(string userId, DateTime? from, DateTime? until, string? reason, CancellationToken cancellationToken)
    {
        if (!IsCommander)
        {
            return Forbid();
        }

        return await ForRepresentativeAsync(userId, () => from is null || until is null
            ? RefuseAsync("Enter when the override starts and ends.", cancellationToken)
            : ActAsync(() => roster.GrantOverrideAsync(District, userId, Utc(from.Value), Utc(until.Value), reason ?? string.Empty, member.SignedIn, cancellationToken), "Override granted.", cancellationToken), cancellationToken);
    }

    /// <summary>A representative of another district (or no one) is not found, as everywhere else.</summary>
    private async Task<IActionResult> ForRepresentativeAsync(string? userId, Func<Task<IActionResult>> act, CancellationToken cancellationToken) =>
        userId is null || !await db.Appointments.Within(member.Scope).AnyAsync(a => a.UserId == userId && a.EndedAt == null, cancellationToken)
            ? NotFound()
            : await act();

    private static DateTime Utc(DateTime chicagoLocal) =>
        WallClock.StartToUtc(DateTime.SpecifyKind(chicagoLocal, DateTimeKind.Unspecified), ChicagoTime.Zone);

    private async Task<IActionResult> ActAsync(Func<Task<Outcome>> act, string success, CancellationToken cancellationToken) =>
        await this.AfterWorkflowAsync(await act(), success, () => LoadAsync(cancellationToken));

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var appointments = await db.Appointments.AsNoTracking().Within(member.Scope).Where(a => a.EndedAt == null)
            .OrderBy(a => a.Slot).ToListAsync(cancellationToken);
        var watches = await db.Watches.AsNoTracking().Within(member.Scope).ToListAsync(cancellationToken);
        var list = new List<RepresentativeDuty>();
        foreach (var appointment in appointments)
        {
            var schedule = await roster.ScheduleAsync(appointment.UserId, cancellationToken);
            list.Add(new RepresentativeDuty(appointment, schedule.StatusAt(now),
                watches.Where(w => w.UserId == appointment.UserId).OrderBy(w => w.Day).ThenBy(w => w.Start).ToList()));
        }

        Representatives = list;
        Overrides = await db.DutyGrants.AsNoTracking()
            .Within(member.Scope).Where(g => g.Kind == DutyGrantKind.Override && g.UntilUtc > now.AddDays(-30))
            .OrderByDescending(g => g.FromUtc).ToListAsync(cancellationToken);
    }
}
