using CpdTwitter.Domain.Devices;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Layout;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages;

public sealed class IndexModel(CpdTwitterDbContext db, DepartmentDevices devices, CurrentMember member, WhatNeedsYou whatNeedsYou) : PageModel
{
    /// <summary>What needs the member now, a section per role; read afresh here (the navigation badges may be seconds old).</summary>
    public Needs Needs { get; private set; } = Needs.None;

    /// <summary>For representatives: may they publish for their district right now, and if not, why.</summary>
    public ActingDecision? Publishing { get; private set; }

    /// <summary>For representatives: whether this device may be used to write and publish (directive IV.D).</summary>
    public DeviceDecision? Device { get; private set; }

    public string? DistrictName { get; private set; }

    public IReadOnlyList<(string Role, string Description)> Duties { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (member.District is { } number)
        {
            var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Number == number);
            DistrictName = district?.DisplayName;
        }

        Needs = await whatNeedsYou.GetAsync(fresh: true);
        Duties = Roles.All.Where(member.Is).Select(r => (Roles.Title(r), Describe(r))).ToList();
        if (member.Is(Roles.Representative))
        {
            Device = await devices.CheckAsync(HttpContext);
            Publishing = await member.ActingAsync(ActingPurpose.Publish);
        }
    }

    private static string Describe(string role) => role switch
    {
        Roles.Representative => "post district-specific community alerts, crime prevention tips, success stories and events, on duty and from a Department device (III.B–D, IV.D).",
        Roles.CommunityPolicingSergeant => "review the district's postings regularly and discontinue any that is inappropriate (V.B).",
        Roles.Commander => "name the district's two Twitter representatives and submit their details to News Affairs (V.A).",
        Roles.NewsAffairs => "give social media guidance, answer media inquiries and oversee every transmission (IV.A, V.C).",
        Roles.IsdAdministrator => "run the technical side: accounts, devices, X connections, and record retention (V.D).",
        _ => string.Empty,
    };
}
