namespace CpdTwitter.Browser.Tests;

/// <summary>
/// Every page each role opens, in one list: add a page (or a member) here and <see cref="EveryPageTests"/> checks it
/// at both widths. {name} stands for the id of a record <see cref="RecordStates"/> puts in that state (or "user:…" for
/// a member's account id); {today} is today's Chicago date.
/// </summary>
public static class EveryPage
{
    /// <summary>Pages seen before signing in.</summary>
    public static IReadOnlyList<string> Anonymous { get; } = ["/Account/SignIn"];

    /// <summary>Demo members, one per role, and the pages each opens.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByMember { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["po.grant"] = // representative, district 012
        [
            "/", "/Drafts", "/Drafts/Compose", "/Drafts/Compose/{returned}", "/Notifications",
            "/Posts/{returned}", "/Posts/{awaiting-news-affairs}", "/Posts/{published-on-x}", "/Posts/{failed}",
            "/Drafts?show=drafts", "/Drafts?show=returned", "/Drafts?show=corrections", "/Calendar", "/Calendar?show=list",
            "/Account/SignOut", "/Account/AccessDenied", "/Drafts/FromTemplate", "/Drafts/FromTemplate/{template}",
            "/Inquiries", "/Inquiries/New", "/Inbox", "/Inbox?show=all", "/Inbox/{mention-flagged}", "/Inbox/{mention-not-addressed}",
            "/Guidance", "/Guidance?version=1",
            "/Drafts/Compose?mention={mention-new}", "/Posts/{response}",
        ],
        ["sgt.kowalski"] = // community policing sergeant, district 012
        [
            "/", "/Review", "/Review?review={published-on-x}", "/Review/Approvals", "/Commander/Duty", "/Notifications",
            "/Posts/{awaiting-sergeant}", "/Posts/{queued}", "/Posts/{published-on-x}", "/Posts/{reviewed}",
            "/Posts/{rejected}", "/Posts/{cancelled}", "/Posts/{discontinuing}", "/Posts/{discontinued-sandbox}",
            "/Posts/{queued}/Change", "/Calendar?week={today}", "/Calendar?day={today}", "/Inquiries", "/Guidance",
            "/Inbox", "/Inbox/{mention-flagged}",
            "/Review?review={response}",
        ],
        ["cmdr.ortiz"] = // commander, district 012
        [
            "/", "/Review", "/Review/Approvals", "/Commander/Publishing", "/Commander/Representatives", "/Commander/Duty",
            "/Notifications", "/Posts/{outcome-unknown}", "/Calendar", "/Guidance", "/Commander/Guidance",
            "/Commander/Guidance?version=1", "/Inbox",
        ],
        ["news.bell"] = // Office of News Affairs
        [
            "/", "/NewsAffairs/Approvals", "/NewsAffairs/Representatives", "/NewsAffairs/Roster", "/NewsAffairs/Policy", "/NewsAffairs/PressList",
            "/Publishing", "/Notifications", "/Posts/{awaiting-news-affairs}", "/Posts/{published-on-x}", "/Calendar",
            "/Calendar?district=12&week={today}", "/NewsAffairs/Templates", "/NewsAffairs/Templates/Edit",
            "/NewsAffairs/Templates/Edit/{template}",
            "/NewsAffairs/Postings", "/NewsAffairs/Postings?q=coffee+cop&district=12",
            "/NewsAffairs/Dashboard", "/NewsAffairs/Dashboard?district=12",
            "/NewsAffairs/Inquiries", "/NewsAffairs/Inquiries?show=all&order=newest",
            "/Guidance", "/NewsAffairs/Guidance", "/NewsAffairs/Guidance?version=1",
            "/Records/Requests", "/Records/Exports", "/Inbox", "/Inbox?flagged=true&district=12", "/Inbox/{mention-flagged}",
        ],
        ["isd.whitfield"] = // Information Services Division
        [
            "/", "/Publishing", "/Admin/Users", "/Admin/Users/Create", "/Admin/Users/Edit/{user:po.grant}",
            "/Admin/Devices", "/Admin/Accounts", "/Admin/Ranks", "/Admin/Audit", "/Notifications", "/Posts/{outcome-unknown}",
            "/Admin/Users?show=locked", "/Calendar?show=list", "/NewsAffairs/Postings", "/NewsAffairs/Dashboard", "/Guidance",
            "/Admin/Records", "/Admin/Records/Eligible", "/Admin/Records/Holds", "/Admin/Records/Dispositions", "/Records/Requests", "/Records/Exports",
            "/Inbox?show=all", "/Inbox/{mention-not-addressed}",
        ],
    };

    /// <summary>Pages saved as screenshots (artifacts/screenshots/{name}-{member}-{width}px.png) while they are checked.</summary>
    public static IReadOnlyDictionary<string, string> Screenshots { get; } = new Dictionary<string, string>
    {
        ["/"] = "home",
        ["/Review"] = "review-queue",
        ["/Calendar"] = "calendar",
        ["/NewsAffairs/Dashboard"] = "dashboard",
        ["/Guidance"] = "guidance",
    };

    /// <summary>The widths every page is checked at: a laptop and a phone.</summary>
    public static IReadOnlyList<(int Width, int Height)> Viewports { get; } = [(1366, 900), (390, 844)];
}
