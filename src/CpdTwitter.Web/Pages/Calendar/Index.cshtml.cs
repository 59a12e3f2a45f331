using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Calendar;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Calendar;

/// <summary>
/// Scheduled and published postings by Chicago day: a month or a week as a grid (or as a list), and one day's list.
/// A district member sees their district; News Affairs and ISD every district, or one they choose.
/// </summary>
[Authorize(Roles = Roles.Representative + "," + Roles.CommunityPolicingSergeant + "," + Roles.Commander + "," + Roles.NewsAffairs + "," + Roles.IsdAdministrator)]
public sealed class IndexModel(PostCalendar calendar, CpdTwitterDbContext db, CurrentMember member, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "week")]
    public string? Week { get; set; }

    [BindProperty(SupportsGet = true, Name = "day")]
    public string? Day { get; set; }

    /// <summary>"list" for the list layout of a month or week; a day is always a list.</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "district")]
    public string? DistrictFilter { get; set; }

    public CalendarPeriod? Period { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The district shown: the member's own, or the one a department-wide member chose (null: every district).</summary>
    public int? District { get; private set; }

    public bool DepartmentWide => member.IsDepartmentWide;

    public IReadOnlyList<(int Number, string Name)> Districts { get; private set; } = [];

    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];

    public Pager? DayPager { get; private set; }

    public IReadOnlyList<CalendarEntry> DayEntries { get; private set; } = [];

    public bool AsList => Period?.View == CalendarView.Day || string.Equals(Show?.Trim(), "list", StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = ChicagoTime.DateOf(clock.GetUtcNow().UtcDateTime);
        if (DepartmentWide)
        {
            Districts = [.. (await db.Districts.AsNoTracking().OrderBy(d => d.Number).Select(d => new { d.Number, d.Name }).ToListAsync(cancellationToken))
                .Select(d => (d.Number, $"{d.Number:000} {d.Name}"))];
        }

        if (!string.IsNullOrWhiteSpace(DistrictFilter))
        {
            if (!int.TryParse(DistrictFilter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 999)
            {
                ModelState.AddModelError("district", "Choose a district from the list.");
            }
            else if (!member.CanSee(number))
            {
                return Forbid();
            }
            else if (DepartmentWide && Districts.All(d => d.Number != number))
            {
                ModelState.AddModelError("district", "Choose a district from the list.");
            }
            else
            {
                District = number;
            }
        }

        if (!DepartmentWide)
        {
            District = member.OwnDistrict;
        }

        var parsed = CalendarPeriod.Parse(Month, Week, Day, Today);
        if (parsed.Error is not null)
        {
            ModelState.AddModelError(parsed.Field!, parsed.Error);
        }

        if (!ModelState.IsValid || parsed.Period is not { } period)
        {
            return Page();
        }

        Period = period;
        if (period.View == CalendarView.Day)
        {
            var page = await calendar.DayAsync(member.Scope, District, period.Anchor, Request.Query[Pager.DefaultParam], cancellationToken);
            DayEntries = page.Items;
            DayPager = Pager.For(page, "Pages of the day's postings", "posting");
        }
        else
        {
            Days = await calendar.DaysAsync(member.Scope, District, AsList ? period.ListedDays : period.Days, AsList ? CalendarEntries.PerDayInList : CalendarEntries.PerDayInGrid, cancellationToken);
        }

        return Page();
    }

    /// <summary>The query values of a link to another period or layout, keeping the district chosen.</summary>
    public Dictionary<string, string> Route(CalendarPeriod period, bool? list = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var values = new Dictionary<string, string> { [period.View.ToString().ToLowerInvariant()] = period.Value };
        if (DepartmentWide && District is { } district)
        {
            values["district"] = district.ToString(CultureInfo.InvariantCulture);
        }

        if ((list ?? AsList) && period.View != CalendarView.Day)
        {
            values["show"] = "list";
        }

        return values;
    }

    public bool Shows(CalendarPeriod period) => DateWindow.Contains(period.Anchor.ToDateTime(TimeOnly.MinValue), Today.ToDateTime(TimeOnly.MinValue));

    /// <summary>An entry's time: "09:30", with the zone on the hour that happens twice when clocks go back.</summary>
    public static string TimeOf(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var local = ChicagoTime.ToLocal(entry.At);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return ChicagoTime.Zone.IsAmbiguousTime(local) ? time + (ChicagoTime.Zone.IsDaylightSavingTime(DateTime.SpecifyKind(entry.At, DateTimeKind.Utc)) ? " CDT" : " CST") : time;
    }
}
