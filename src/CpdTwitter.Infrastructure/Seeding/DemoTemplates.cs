using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>News Affairs' demo templates: one per common kind of posting, and a retired one to show the retired list.</summary>
internal static class DemoTemplates
{
    public static IReadOnlyList<(string Name, PostCategory Category, string Body, bool Retired)> All { get; } =
    [
        ("Beat meeting announcement", PostCategory.BeatMeeting,
            "Beat {beat} community meeting: {date} at {time}, {place}. Meet your beat officers and bring your questions and concerns. #CAPS", false),
        ("Community event", PostCategory.CommunityEvent,
            "Join the district's officers at {event} on {date}, {time}, at {place}. All are welcome!", false),
        ("Crime prevention tip", PostCategory.CrimePreventionTip,
            "Crime prevention tip: {tip} See something? Call 911 in an emergency, 311 for everything else.", false),
        ("Success story", PostCategory.SuccessStory,
            "Thank you, {who}! {what} Together we keep the district safe.", false),
        ("Beat meeting (old wording)", PostCategory.BeatMeeting,
            "Beat {beat} meeting {date} {time} at {place}.", true),
    ];

    public static void Seed(CpdTwitterDbContext db, AuditTrail audit, Actor newsAffairs, DateTime nowUtc)
    {
        foreach (var (name, category, body, retired) in All)
        {
            var labels = new Dictionary<string, string?> { ["beat"] = "Beat number", ["who"] = "Who to thank", ["what"] = "What they did (a sentence)", ["tip"] = "The tip (a sentence)", ["event"] = "Event name" };
            var template = PostTemplate.Create(new TemplateContent(name, category, body, labels), PolicyLists.Defaults, newsAffairs, nowUtc.AddDays(-30));
            db.PostTemplates.Add(template);
            audit.Record(AuditActions.Template.Created, AuditSubjects.PostTemplate, template.Id.ToString(), null, new { name, demo = true }, "news.bell");
            if (retired)
            {
                template.Retire(newsAffairs, nowUtc.AddDays(-10));
                audit.Record(AuditActions.Template.Retired, AuditSubjects.PostTemplate, template.Id.ToString(), null, new { name, demo = true }, "news.bell");
            }
        }
    }
}
