using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>
/// Records demo (issue 15): retention set for every series (placeholder schedule items, marked "demo"), a dozen postings
/// of Districts 011 and 018 from three years ago so ISD can run a two-person disposition (isd.whitfield proposes,
/// isd.santos approves), a legal hold on District 018's postings of that time, and an open public-records request.
/// </summary>
internal static class DemoRecords
{
    public static async Task SeedAsync(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, DateTime now)
    {
        var isdUser = await users.FindByNameAsync("isd.whitfield") ?? throw new InvalidOperationException("Demo user isd.whitfield is missing.");
        var isd = new Actor(isdUser.Id, isdUser.DisplayName, [Roles.IsdAdministrator], null);
        var newsUser = await users.FindByNameAsync("news.bell") ?? throw new InvalidOperationException("Demo user news.bell is missing.");
        var news = new Actor(newsUser.Id, newsUser.DisplayName, [Roles.NewsAffairs], null);

        foreach (var (series, months, item) in new[]
        {
            (RecordSeries.Postings, 24, "DEMO 21-1"), (RecordSeries.MediaInquiries, 24, "DEMO 21-2"), (RecordSeries.Registry, 60, "DEMO 21-3"),
            (RecordSeries.AuditTrail, 120, "DEMO 21-4"), (RecordSeries.Notifications, 12, "DEMO 21-5"),
        })
        {
            var schedule = new RetentionSchedule(series);
            schedule.Set(months, item, isd, now);
            db.RetentionSchedules.Add(schedule);
            audit.Record(AuditActions.Records.ScheduleSet, AuditSubjects.RecordSeries, series.ToString(), null, new { retentionMonths = months, scheduleItem = item, demo = true }, "isd.whitfield");
        }

        var threeYearsAgo = now.AddYears(-3);
        var authors = new[] { (11, "po.okafor"), (18, "po.nakamura") };
        for (var i = 0; i < 12; i++)
        {
            var (district, logOn) = authors[i % 2];
            var author = await users.FindByNameAsync(logOn) ?? throw new InvalidOperationException($"Demo user {logOn} is missing.");
            var at = threeYearsAgo.AddDays(i * 3);
            var post = Post.Draft(district, author.Id, author.DisplayName,
                new PostContent(PostCategory.CrimePreventionTip, $"Winter tip {i + 1}: keep your car locked and your valuables out of sight.", null, false, null), at);
            post.Submit(author.Id, PolicyReview.Clear, false, at.AddMinutes(5));
            post.MarkPublished($"15{i:00}0000000000000{district:00}", null, post.Text, district == 11 ? "CPD11thDist" : "CPD18thDist", true, at.AddMinutes(6));
            db.Posts.Add(post);
            audit.Record(AuditActions.Post.Drafted, AuditSubjects.Post, post.Id.ToString(), district, new { demo = true }, logOn);
        }

        var hold = LegalHold.Place(18, DateOnly.FromDateTime(threeYearsAgo.AddDays(-1)), DateOnly.FromDateTime(threeYearsAgo.AddDays(40)), null, null,
            "Demo: Doe v. City of Chicago (fictitious case) — District 018 postings of that winter.", isd, now);
        db.LegalHolds.Add(hold);
        audit.Record(AuditActions.Records.HoldPlaced, AuditSubjects.LegalHold, hold.Id.ToString(), 18, new { reason = hold.Reason, demo = true }, "isd.whitfield");

        var today = Domain.ChicagoTime.DateOf(now);
        var request = FoiaRequest.Log("A. Journalist, Chicago Reader", today.AddDays(-1), "All District 012 postings about the Taylor Street festival in the last month, with their revisions.",
            12, today.AddDays(-31), today.AddDays(-1), "festival", news, now);
        db.FoiaRequests.Add(request);
        audit.Record(AuditActions.PublicRecords.Logged, AuditSubjects.FoiaRequest, request.Id.ToString(), 12, new { requester = request.Requester, dueOn = request.DueOn, demo = true }, "news.bell");
    }
}
