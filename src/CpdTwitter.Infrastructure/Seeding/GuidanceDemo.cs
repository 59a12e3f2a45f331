using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Guidance;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>
/// Two versions of News Affairs' guidance for the demo. P.O. Grant (012) and P.O. Nakamura (018) have acknowledged the
/// current version and can submit; P.O. Moreno (012) read only the first, so his home page asks him to read the new one.
/// </summary>
internal static class GuidanceDemo
{
    public const string First = """
        ## What a district posts

        District accounts share information specific to the district (S02-03-10 IV.C):

        - community alerts and district crime alerts;
        - crime prevention tips;
        - district beat meetings, success stories, community and special events.

        Keep every posting current, correct, valid and appropriate: the community policing sergeant reviews the district's postings regularly (V.B).

        ## How you post

        - Post only while on duty, and only from a Department device (III.C, IV.D).
        - You act as an official representative of the Department (IV.B).
        - No advertising of private projects, products or services (IV.E).
        """;

    public const string Second = """
        ## What a district posts

        District accounts share information specific to the district (S02-03-10 IV.C):

        - community alerts and district crime alerts;
        - crime prevention tips;
        - district beat meetings, success stories, community and special events.

        Keep every posting current, correct, valid and appropriate: the community policing sergeant reviews the district's postings regularly and discontinues any posting found inappropriate (V.B).

        ## How you post

        - Post only while on duty, and only from a Department device (III.C, IV.D).
        - You act as an official representative of the Department (IV.B).
        - No advertising of private projects, products or services (IV.E).

        ## News Affairs first

        - **Notable incidents** (for example a newsworthy arrest): mark the post notable; News Affairs approves it before it goes out (IV.A.1).
        - **Media inquiries** about district postings: do not answer them; pass every one to the Office of News Affairs (IV.A.2).

        | Question from | Who answers |
        |---|---|
        | A resident, about a beat meeting | You, on the district account |
        | A reporter, about any posting | News Affairs |
        """;

    public static async Task SeedAsync(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, DateTime now)
    {
        var news = await users.FindByNameAsync("news.bell") ?? throw new InvalidOperationException("Demo user news.bell is missing.");
        var newsAffairs = new Actor(news.Id, news.DisplayName, [Roles.NewsAffairs], null);
        var first = GuidanceDocument.Publish(null, First, "First guidance for the district Twitter program: what to post and how.", newsAffairs, now.AddDays(-30));
        var second = GuidanceDocument.Publish(first, Second, "Notable incidents and media inquiries go to News Affairs; the sergeant discontinues inappropriate postings.", newsAffairs, now.AddDays(-3));
        foreach (var version in new[] { first, second })
        {
            db.GuidanceVersions.Add(version);
            audit.Record(AuditActions.Guidance.Published, AuditSubjects.Guidance, version.Number.ToString(CultureInfo.InvariantCulture), null,
                new { version = version.Number, summary = version.Summary, demo = true }, "news.bell");
        }

        (string LogOnId, GuidanceVersion Version, double DaysAgo)[] read =
        [
            ("po.grant", first, 29), ("po.grant", second, 2),
            ("po.moreno", first, 28),
            ("po.nakamura", first, 27), ("po.nakamura", second, 1),
        ];
        foreach (var (logOnId, version, daysAgo) in read)
        {
            var user = await users.FindByNameAsync(logOnId) ?? throw new InvalidOperationException($"Demo user {logOnId} is missing.");
            var acknowledgement = version.Acknowledge(new Actor(user.Id, user.DisplayName, [Roles.Representative], user.DistrictNumber), now.AddDays(-daysAgo));
            db.GuidanceAcknowledgements.Add(acknowledgement);
            audit.Record(AuditActions.Guidance.Acknowledged, AuditSubjects.Guidance, version.Number.ToString(CultureInfo.InvariantCulture), acknowledgement.District,
                new { version = version.Number, representative = user.DisplayName, demo = true }, logOnId);
        }
    }
}
