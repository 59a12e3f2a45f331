using CpdTwitter.Domain;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Inbox;

/// <summary>
/// The mentions inbox: the district's for its representatives, sergeant and commander, every district's for News Affairs
/// and ISD (issue 16). Newest first, keyset-paged, by state (New by default), flagged possible media inquiries only, and
/// district for department-wide members; with the counts per state and a notice when polling may have missed mentions.
/// </summary>
public sealed class IndexModel(CpdTwitterDbContext db, CurrentMember member, TimeProvider time) : PageModel
{
    public const int PageSize = 50;
    public const string All = "all";

    private static readonly KeysetOrder<Mention> NewestFirst = KeysetOrder.ByTime<Mention>(m => m.PostedAt, m => m.Id, newestFirst: true);

    /// <summary>A state's name (New by default), or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Flagged { get; set; }

    /// <summary>One district, for News Affairs and ISD; district members always see their own.</summary>
    [BindProperty(SupportsGet = true)]
    public int? District { get; set; }

    public MentionState? State { get; private set; }

    public bool DepartmentWide => member.IsDepartmentWide;

    public IReadOnlyList<(int Number, string Name)> Districts { get; private set; } = [];

    public IReadOnlyDictionary<MentionState, int> Counts { get; private set; } = new Dictionary<MentionState, int>();

    public IReadOnlyList<Mention> Rows { get; private set; } = [];

    public ILookup<Guid, MentionResponse> Responses { get; private set; } = Array.Empty<MentionResponse>().ToLookup(r => r.MentionId);

    public IReadOnlyList<string> Notices { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public string Heading => DepartmentWide
        ? District is { } d ? $"Mentions inbox — District {d:000}" : "Mentions inbox — every district"
        : $"Mentions inbox — District {member.OwnDistrict:000}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!DepartmentWide)
        {
            District = null;
        }
        else
        {
            Districts = (await db.Districts.AsNoTracking().OrderBy(d => d.Number).Select(d => new { d.Number, d.DisplayName }).ToListAsync(cancellationToken))
                .Select(d => (d.Number, d.DisplayName)).ToList();
        }

        var scoped = db.Mentions.AsNoTracking().Within(member.Scope);
        if (District is { } district)
        {
            scoped = scoped.Where(m => m.District == district);
        }

        if (Flagged)
        {
            scoped = scoped.Where(m => m.FlaggedAsMedia);
        }

        var counts = await scoped.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Counts = counts.ToDictionary(c => c.Key, c => c.Count);

        if (string.Equals(Show, All, StringComparison.OrdinalIgnoreCase))
        {
            Show = All;
        }
        else
        {
            State = Enum.TryParse<MentionState>(Show, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : MentionState.New;
            Show = State.ToString();
        }

        var listed = State is { } s ? scoped.Where(m => m.State == s) : scoped;
        var page = await listed.PageAsync(NewestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        Rows = page.Items;
        Responses = await MentionResponses.ForAsync(db, member, Rows.Select(m => m.Id).ToList(), cancellationToken);
        Pager = Pager.For(page, "Pages of mentions", "mention");
        Notices = await PollNoticesAsync(cancellationToken);
    }

    /// <summary>The count of a state under the current filters.</summary>
    public int CountOf(MentionState state) => Counts.GetValueOrDefault(state);

    /// <summary>The inbox's address with one filter changed (the others kept), for the state links.</summary>
    public string LinkFor(string show)
    {
        var query = new List<string> { "show=" + Uri.EscapeDataString(show) };
        if (Flagged)
        {
            query.Add("flagged=true");
        }

        if (District is { } d)
        {
            query.Add("district=" + d.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/Inbox?" + string.Join("&", query);
    }

    private async Task<IReadOnlyList<string>> PollNoticesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var monthStart = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var polls = db.MentionPolls.AsNoTracking().Within(member.Scope);
        if (District is { } district)
        {
            polls = polls.Where(p => p.District == district);
        }

        var found = await polls.Where(p => p.GapNoticedAt != null || p.BudgetExhaustedAt >= monthStart)
            .OrderBy(p => p.District).Select(p => new { p.District, p.GapNoticedAt, p.BudgetExhaustedAt }).ToListAsync(cancellationToken);
        var notices = new List<string>();
        foreach (var poll in found)
        {
            if (poll.BudgetExhaustedAt is { } spent && spent >= monthStart)
            {
                notices.Add($"District {poll.District:000}: the month's budget of reads from X ran out {ChicagoTime.Format(spent)}. Mentions are not read again until next month; check X directly meanwhile.");
            }

            if (poll.GapNoticedAt is { } gap)
            {
                notices.Add($"District {poll.District:000}: some mentions may have been missed. On {ChicagoTime.Format(gap)} X no longer served every mention since the last read (it keeps only the 800 most recent); check the account on X.");
            }
        }

        return notices;
    }
}
