using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Records.Checkpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Audit;

/// <summary>One event as the page shows it.</summary>
public sealed record AuditRow(AuditEvent Event, string Label, AuditSubject Subject, IReadOnlyList<(string Name, string Value)> Details);

/// <summary>
/// The audit trail for ISD: filtered by person, action, district and Chicago dates, 50 events a page newest first,
/// paged by sequence number so the pages stay put while events are added.
/// </summary>
public sealed class IndexModel(
    CpdTwitterDbContext db,
    AuditSearch search,
    AuditRecordsStatus status,
    AuditVerificationRuns runs,
    AuditTrail trail,
    IAuditActor actor,
    UserManager<ApplicationUser> users,
    TimeProvider time) : PageModel
{
    /// <summary>The earliest date the filters accept: the input rules' earliest date (the trail holds nothing older).</summary>
    public static readonly DateOnly EarliestDate = DateOnly.FromDateTime(DateWindow.Earliest);

    [BindProperty(SupportsGet = true, Name = "person")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "district")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")]
    public string? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    /// <summary>The page's actors' names by log-on ID; an actor that is no account (the publisher, the system) shows as recorded.</summary>
    public IReadOnlyDictionary<string, string> ActorNames { get; private set; } = new Dictionary<string, string>();

    public string ActorName(string actor) => ActorNames.TryGetValue(actor, out var name) ? name : actor;

    public long Total { get; private set; }

    /// <summary>More events match than <see cref="Total"/> (the count stops at <see cref="AuditSearch.CountCap"/>).</summary>
    public bool TotalIsMore { get; private set; }

    public long? NewerThan { get; private set; }

    public long? OlderThan { get; private set; }

    public bool IsFirstPage { get; private set; } = true;

    public bool FiltersInvalid { get; private set; }

    public IReadOnlyList<(int Number, string Name)> Districts { get; private set; } = [];

    /// <summary>The last recorded verification run (from the command line or this page); null before the first.</summary>
    public VerificationRecord? LastVerification { get; private set; }

    public (AuditCheckpoint Checkpoint, CheckpointSignature Signature)? LastCheckpoint { get; private set; }

    public RunningVerification? Running { get; private set; }

    /// <summary>The filters as query values, for links that keep them (paging, newest).</summary>
    public Dictionary<string, string> FilterValues(string? cursorName = null, long? cursor = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value.Trim();
            }
        }

        Add("person", Person);
        Add("action", ActionFilter);
        Add("district", District);
        Add("from", From);
        Add("to", To);
        if (cursorName is not null && cursor is not null)
        {
            values[cursorName] = cursor.Value.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>
    /// Starts a full verification beside the request (a trail of millions of events takes minutes) and comes back to the
    /// page, which shows it running and then its recorded result; while one runs, another is not started.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var asking = actor.Name;
        if (runs.TryClaim(asking))
        {
            try
            {
                trail.Record(AuditActions.Verification.Started, AuditSubjects.AuditTrail, null);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                runs.Release();
                throw;
            }

            runs.Start(asking);
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Running = runs.Running;
        LastCheckpoint = status.LastCheckpoint();
        LastVerification = await status.LastVerificationAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Number).ToListAsync(cancellationToken);
        Districts = districts.Select(d => (d.Number, d.DisplayName)).ToList();
        var filter = await FilterAsync(districts.Select(d => d.Number).ToHashSet(), cancellationToken);
        if (filter is null)
        {
            FiltersInvalid = true;
            return;
        }

        var before = Cursor(Before);
        var after = before is null ? Cursor(After) : null;
        IsFirstPage = before is null && after is null;
        var page = await search.PageAsync(filter, before, after, cancellationToken);
        Total = page.Total;
        TotalIsMore = page.TotalIsMore;
        NewerThan = page.NewerThan;
        OlderThan = page.OlderThan;
        var accountIds = page.Events
            .Where(e => e.SubjectType is AuditSubjects.User or AuditSubjects.Representative && e.SubjectId is not null)
            .Select(e => e.SubjectId!).Distinct().ToList();
        // The trail records log-on IDs; the page shows the people's names (one query for actors and subject accounts).
        var actors = page.Events.Select(e => e.Actor)
            .Concat(new[] { LastVerification?.Actor, Running?.Actor }.OfType<string>()).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id) || actors.Contains(u.UserName!))
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        var namesById = people.ToDictionary(u => u.Id, u => u.DisplayName);
        ActorNames = people.Where(u => u.UserName is not null).ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal);
        Rows = page.Events.Select(e => new AuditRow(e, AuditActions.Label(e.Action), AuditSubject.For(e.SubjectType, e.SubjectId, namesById), AuditDetails.Describe(e.Details))).ToList();
    }

    /// <summary>The filters checked field by field; null (with the messages in ModelState) when any is wrong.</summary>
    private async Task<AuditFilter?> FilterAsync(HashSet<int> districts, CancellationToken cancellationToken)
    {
        string? actor = null;
        if (!string.IsNullOrWhiteSpace(Person))
        {
            var typed = Person.Trim();
            if (typed.Length > AuditEvent.ActorMaxLength)
            {
                ModelState.AddModelError("person", $"A log-on ID is at most {AuditEvent.ActorMaxLength} characters.");
            }
            else
            {
                // The trail records log-on IDs as the account spells them: find the account whatever the case typed.
                actor = (await users.FindByNameAsync(typed))?.UserName ?? typed;
            }
        }

        string? action = null;
        if (!string.IsNullOrWhiteSpace(ActionFilter))
        {
            action = ActionFilter.Trim();
            if (!AuditActions.IsKnown(action))
            {
                ModelState.AddModelError("action", "Choose an action from the list.");
            }
        }

        int? district = null;
        if (!string.IsNullOrWhiteSpace(District))
        {
            if (int.TryParse(District.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && districts.Contains(number))
            {
                district = number;
            }
            else
            {
                ModelState.AddModelError("district", "Choose a district from the list.");
            }
        }

        var today = ChicagoTime.DateOf(time.GetUtcNow().UtcDateTime);
        var from = Date("from", From, today);
        var to = Date("to", To, today);
        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError("to", "The end date is on or after the start date.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ModelState.IsValid ? new AuditFilter(actor, action, district, from, to) : null;
    }

    private DateOnly? Date(string field, string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError(field, "Enter the date as YYYY-MM-DD.");
            return null;
        }

        if (date < EarliestDate || date > today)
        {
            ModelState.AddModelError(field, $"Choose a date from {EarliestDate:yyyy-MM-dd} to today.");
            return null;
        }

        return date;
    }

    /// <summary>A paging link's sequence number; anything else is ignored and the newest page shows.</summary>
    private static long? Cursor(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0 ? sequence : null;
}
