using System.Globalization;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Infrastructure.Posts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.NewsAffairs;

/// <summary>
/// The News Affairs dashboard (issue 14; directive V.C, oversight of every transmission): the department's numbers, or
/// one district's with <c>?district=12</c>. News Affairs and ISD (<see cref="Security.Policies.Oversight"/>); the
/// numbers come from <see cref="DeskDashboard"/>.
/// </summary>
public sealed class DashboardModel(DeskDashboard dashboard, InquiryCounts inquiries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "district")]
    public string? DistrictFilter { get; set; }

    /// <summary>Why the district asked for cannot be shown; nothing else is shown then.</summary>
    public string? DistrictError { get; private set; }

    public DeskDashboardData? Data { get; private set; }

    /// <summary>Unanswered media inquiries past the response target, by district (IV.F): the districts shown only.</summary>
    public IReadOnlyList<(int District, int Overdue)> OverdueInquiries { get; private set; } = [];

    public IReadOnlyList<District> Districts => ChicagoDistricts.All;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        int? district = null;
        if (!string.IsNullOrWhiteSpace(DistrictFilter))
        {
            if (!int.TryParse(DistrictFilter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !ChicagoDistricts.Exists(number))
            {
                DistrictError = $"There is no district \"{Truncate(DistrictFilter.Trim())}\". Choose one of the department's {ChicagoDistricts.All.Count} districts.";
                return;
            }

            district = number;
        }

        Data = await dashboard.ReadAsync(district, cancellationToken);
        var overdue = await inquiries.OverdueByDistrictAsync(cancellationToken);
        OverdueInquiries = district is { } only ? [.. overdue.Where(o => o.District == only)] : overdue;
    }

    public static string Name(int district) => ChicagoDistricts.All.FirstOrDefault(d => d.Number == district)?.DisplayName ?? district.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>"3 h 20 min", "45 min", "under 1 min": a wait in hours and minutes (rounded to the minute).</summary>
    public static string Duration(TimeSpan wait)
    {
        var minutes = (long)Math.Round(wait.TotalMinutes, MidpointRounding.AwayFromZero);
        return minutes < 1 ? "under 1 min"
            : minutes < 60 ? $"{minutes} min"
            : minutes % 60 == 0 ? $"{minutes / 60:N0} h"
            : $"{minutes / 60:N0} h {minutes % 60} min";
    }

    private static string Truncate(string value) => value.Length <= 12 ? value : value[..12] + "…";
}
