using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>
/// Demo mentions (issue 16): a reporter on News Affairs' press list, district 012's mentions poll, and five mentions in
/// 012's inbox (two residents' questions, a thank-you, the reporter asking for comment, flagged, and a reply deeper in
/// a thread that does not address the account), plus one in district 018's. Run by <see cref="DemoSeeder"/>.
/// </summary>
internal static class DemoMentions
{
    public const string ReporterHandle = "tribune_jreyes";

    public static async Task SeedAsync(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, DateTime now)
    {
        var bellUser = await users.FindByNameAsync("news.bell") ?? throw new InvalidOperationException("Demo user news.bell is missing.");
        var bell = new Actor(bellUser.Id, bellUser.DisplayName, [Roles.NewsAffairs], null);
        var reporter = PressContact.Add(bell, ReporterHandle, "Julia Reyes", "Chicago Tribune", now.AddDays(-20));
        db.PressContacts.Add(reporter);
        audit.Record(AuditActions.PressList.Added, AuditSubjects.PressContact, reporter.Id.ToString(), null,
            new { handle = reporter.Handle, name = reporter.Name, outlet = reporter.Outlet, demo = true }, "news.bell");

        db.MentionPolls.Add(new MentionPoll(12));

        Add(db, audit, 12, now, "1862400000000000101", "ann_on_ogden", "Ann Whitaker", now.AddHours(-3),
            "@CPD12thDist Is the beat meeting still on Thursday at the library? The website still shows last month's date.");
        Add(db, audit, 12, now, "1862400000000000102", "pilsen_dad", "Luis Ortega", now.AddHours(-2),
            "@CPD12thDist Where do I report a streetlight that has been out for a week on 18th Street?");
        Add(db, audit, 12, now, "1862400000000000103", "marisol_r", "Marisol R.", now.AddMinutes(-90),
            "@CPD12thDist Thank you to the officers who helped my mother after her fall on Sunday. ❤️");
        var asks = Add(db, audit, 12, now, "1862400000000000104", ReporterHandle, "Julia Reyes", now.AddMinutes(-45),
            "@CPD12thDist Can the district comment on the Ogden Avenue closure and when it will reopen? On deadline for 5 p.m.");
        asks.Flag($"From @{ReporterHandle} (Chicago Tribune), on News Affairs' press list; asks for comment");
        audit.Record(AuditActions.Mentions.Flagged, AuditSubjects.Mention, asks.Id.ToString(), 12, new { reason = asks.FlagReason, demo = true }, SystemAuditActor.SystemName);
        Add(db, audit, 12, now, "1862400000000000105", "westloopwatch", "West Loop Watch", now.AddMinutes(-20),
            "@ann_on_ogden It moved to the first Thursday, same place, I think.", inReplyTo: "1862400000000000101", addresses: false);

        Add(db, audit, 18, now, "1862400000000000201", "rivernorth_res", "Sam Patel", now.AddHours(-5),
            "@CPD18thDist Are there extra patrols planned for the Magnificent Mile lights festival?");
    }

    private static Mention Add(CpdTwitterDbContext db, AuditTrail audit, int district, DateTime now, string id, string handle, string name, DateTime postedAt, string text,
        string? inReplyTo = null, bool addresses = true)
    {
        var mention = Mention.Received(district, new XMentionFacts(id, "90" + id[^8..], handle, name, text, postedAt, inReplyTo ?? id, inReplyTo, addresses), now);
        db.Mentions.Add(mention);
        audit.Record(AuditActions.Mentions.Received, AuditSubjects.Mention, mention.Id.ToString(), district,
            new { xPostId = mention.XPostId, author = mention.AuthorHandle, demo = true }, SystemAuditActor.SystemName);
        return mention;
    }
}
