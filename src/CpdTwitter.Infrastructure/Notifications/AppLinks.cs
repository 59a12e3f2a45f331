using System.Globalization;

namespace CpdTwitter.Infrastructure.Notifications;

/// <summary>
/// Every in-app address a notification may point to. Notifications keep their link for good, so each one is built
/// here and a test checks that each resolves to a page of the running app.
/// </summary>
public static class AppLinks
{
    public static string NewsAffairsApprovals => "/NewsAffairs/Approvals";

    public static string NewsAffairsRepresentatives => "/NewsAffairs/Representatives";

    public static string SergeantApprovals => "/Review/Approvals";

    public static string ReviewQueue => "/Review";

    public static string XAccounts => "/Admin/Accounts";

    public static string Publishing => "/Publishing";

    public static string NewsAffairsInquiries => "/NewsAffairs/Inquiries";

    public static string DistrictInquiries => "/Inquiries";

    /// <summary>A media inquiry on News Affairs' desk.</summary>
    public static string Inquiry(Guid inquiryId) => string.Create(CultureInfo.InvariantCulture, $"/NewsAffairs/Inquiries/{inquiryId}");

    public static string Guidance => "/Guidance";

    /// <summary>The department feed narrowed to postings made or deleted outside the app (the capture's notification).</summary>
    public static string OutsideAppPostings => "/NewsAffairs/Postings?outside=true";

    public static string GuidanceVersion(int number) => string.Create(CultureInfo.InvariantCulture, $"/Guidance?version={number}");

    public static string Post(Guid postId) => string.Create(CultureInfo.InvariantCulture, $"/Posts/{postId}");

    public static string Inbox => "/Inbox";

    /// <summary>One mention of a district account, in the inbox.</summary>
    public static string Mention(Guid mentionId) => string.Create(CultureInfo.InvariantCulture, $"/Inbox/{mentionId}");

    /// <summary>The composer, answering a mention.</summary>
    public static string Respond(Guid mentionId) => string.Create(CultureInfo.InvariantCulture, $"/Drafts/Compose?mention={mentionId}");

    public static string PressList => "/NewsAffairs/PressList";

    /// <summary>The composer, starting a correction of a published post.</summary>
    public static string Correction(Guid postId) => string.Create(CultureInfo.InvariantCulture, $"/Drafts/Compose?correcting={postId}");
}
