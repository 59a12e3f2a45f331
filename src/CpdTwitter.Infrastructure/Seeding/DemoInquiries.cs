using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>
/// Demo media inquiries: in district 012 one overdue and about a posting, one assigned, one closed; in 018 one answered.
/// Run by <see cref="DemoSeeder"/> after the postings.
/// </summary>
internal static class DemoInquiries
{
    public static async Task SeedAsync(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, DateTime now, CancellationToken cancellationToken)
    {
        var grant = await ActorAsync(users, "po.grant", Roles.Representative);
        var kowalski = await ActorAsync(users, "sgt.kowalski", Roles.CommunityPolicingSergeant);
        var nakamura = await ActorAsync(users, "po.nakamura", Roles.Representative);
        var bell = await ActorAsync(users, "news.bell", Roles.NewsAffairs);
        var closure = await db.Posts.Where(p => p.District == 12 && p.Text.StartsWith("Street closure")).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);

        Log(db, audit, grant, "po.grant", new InquiryDetails("WBEZ", "Dana Ruiz", "druiz@example.org", InquiryChannel.Email, now.AddHours(-6),
            "How long will Ogden Avenue stay closed, and is the water main break affecting the clinic on 13th Street?"), closure == Guid.Empty ? null : closure, now.AddHours(-6).AddMinutes(10));

        var assigned = Log(db, audit, kowalski, "sgt.kowalski", new InquiryDetails("Chicago Sun-Times", "Tom Price", "312-555-0142", InquiryChannel.Phone, now.AddHours(-1),
            "Can you confirm the number of arrests on West Taylor last night?"), null, now.AddMinutes(-50));
        assigned.Assign(bell, bell.UserId, bell.Name, now.AddMinutes(-30));
        audit.Record(AuditActions.Inquiry.Assigned, AuditSubjects.MediaInquiry, assigned.Id.ToString(), 12, new { assignedTo = bell.Name, demo = true }, "news.bell");

        var closed = Log(db, audit, grant, "po.grant", new InquiryDetails("Block Club Chicago", "Ana Lee", "@analee", InquiryChannel.Social, now.AddDays(-3),
            "Is the Coffee with a Cop event happening again next month?"), null, now.AddDays(-3).AddMinutes(5));
        closed.Close(bell, "The reporter found the answer on the department's events page; no response needed.", now.AddDays(-3).AddHours(1));
        audit.Record(AuditActions.Inquiry.Closed, AuditSubjects.MediaInquiry, closed.Id.ToString(), 12, new { note = closed.CloseNote, answered = false, demo = true }, "news.bell");

        var answered = Log(db, audit, nakamura, "po.nakamura", new InquiryDetails("NBC 5 Chicago", "Priya Shah", "312-555-0199", InquiryChannel.InPerson, now.AddDays(-1),
            "Are package thefts in River North up compared with last year?"), null, now.AddDays(-1).AddMinutes(15));
        answered.RecordResponse(bell, "Referred to the department's published crime statistics; a statement on package theft prevention was given by phone.", InquiryChannel.Phone, now.AddDays(-1).AddHours(2), now.AddDays(-1).AddHours(2));
        audit.Record(AuditActions.Inquiry.Answered, AuditSubjects.MediaInquiry, answered.Id.ToString(), 18, new { response = answered.ResponseText, how = "Phone", demo = true }, "news.bell");

        await db.SaveChangesAsync(cancellationToken);
    }

    private static MediaInquiry Log(CpdTwitterDbContext db, AuditTrail audit, Actor by, string logOnId, InquiryDetails details, Guid? post, DateTime at)
    {
        var inquiry = MediaInquiry.Log(by, details, post, post is null ? null : by.District, at);
        db.MediaInquiries.Add(inquiry);
        audit.Record(AuditActions.Inquiry.Logged, AuditSubjects.MediaInquiry, inquiry.Id.ToString(), inquiry.District,
            new { outlet = inquiry.Outlet, reporter = inquiry.Reporter, question = inquiry.Question, relatedPostId = post, demo = true }, logOnId);
        return inquiry;
    }

    private static async Task<Actor> ActorAsync(UserManager<ApplicationUser> users, string logOnId, string role)
    {
        var user = await users.FindByNameAsync(logOnId) ?? throw new InvalidOperationException($"Demo user {logOnId} is missing.");
        return new Actor(user.Id, user.DisplayName, [role], user.DistrictNumber);
    }
}
