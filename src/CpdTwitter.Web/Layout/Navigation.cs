using CpdTwitter.Web.Security;
using CpdTwitter.Domain.People;

namespace CpdTwitter.Web.Layout;

public sealed record NavigationItem(string Title, string Page, IReadOnlyList<string> Roles);

/// <summary>The menu, by role. An item appears only for members whose role may open the page (the server checks again).</summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/Index", []),
        new("Posts", "/Drafts/Index", [Roles.Representative]),
        new("Approvals", "/NewsAffairs/Approvals", [Roles.NewsAffairs]),
        new("Postings", "/NewsAffairs/Postings", [Roles.NewsAffairs, Roles.IsdAdministrator]),
        new("Dashboard", "/NewsAffairs/Dashboard", [Roles.NewsAffairs, Roles.IsdAdministrator]),
        new("Review", "/Review/Index", [Roles.Commander, Roles.CommunityPolicingSergeant]),
        new("Approvals", "/Review/Approvals", [Roles.Commander, Roles.CommunityPolicingSergeant]),
        new("Publishing", "/Commander/Publishing", [Roles.Commander]),
        new("Representatives", "/Commander/Representatives", [Roles.Commander]),
        new("Duty", "/Commander/Duty", [Roles.Commander, Roles.CommunityPolicingSergeant]),
        new("Inbox", "/Inbox/Index", [Roles.Representative, Roles.CommunityPolicingSergeant, Roles.Commander, Roles.NewsAffairs, Roles.IsdAdministrator]),
        new("Media inquiries", "/Inquiries/Index", [Roles.Representative, Roles.CommunityPolicingSergeant, Roles.Commander]),
        new("Media inquiries", "/NewsAffairs/Inquiries/Index", [Roles.NewsAffairs]),
        new("Registry submissions", "/NewsAffairs/Representatives", [Roles.NewsAffairs]),
        new("Roster", "/NewsAffairs/Roster", [Roles.NewsAffairs]),
        new("Press list", "/NewsAffairs/PressList", [Roles.NewsAffairs]),
        new("Post policy", "/NewsAffairs/Policy", [Roles.NewsAffairs]),
        new("Templates", "/NewsAffairs/Templates/Index", [Roles.NewsAffairs]),
        new("Publishing", "/Publishing/Index", [Roles.IsdAdministrator, Roles.NewsAffairs]),
        new("Calendar", "/Calendar/Index", Roles.All),
        new("Guidance", "/Guidance/Index", Roles.All),
        new("Edit guidance", "/NewsAffairs/Guidance", [Roles.NewsAffairs]),
        new("Guidance acknowledgements", "/Commander/Guidance", [Roles.Commander]),
        new("Users", "/Admin/Users/Index", [Roles.IsdAdministrator]),
        new("Devices", "/Admin/Devices/Index", [Roles.IsdAdministrator]),
        new("X accounts", "/Admin/Accounts/Index", [Roles.IsdAdministrator]),
        new("Ranks", "/Admin/Ranks/Index", [Roles.IsdAdministrator]),
        new("Audit trail", "/Admin/Audit/Index", [Roles.IsdAdministrator]),
        new("Records", "/Admin/Records/Index", [Roles.IsdAdministrator]),
        new("Public-records requests", "/Records/Requests/Index", [Roles.NewsAffairs, Roles.IsdAdministrator]),
        new("Records exports", "/Records/Exports/Index", [Roles.NewsAffairs, Roles.IsdAdministrator]),
    ];

    public static IEnumerable<NavigationItem> For(CurrentMember member) =>
        Items.Where(i => i.Roles.Count == 0 || i.Roles.Any(member.Is));
}
