using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Records.Capture;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>
/// What the capture of district 012's account would have found (issue 15): a post made directly on X, and an app posting
/// that someone deleted on X. Both as the capture records them, so the badges show in the feed, the record and the
/// district's lists. Run by <see cref="DemoSeeder"/> after the postings.
/// </summary>
internal static class DemoCapture
{
    public static async Task SeedAsync(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, DateTime now, CancellationToken cancellationToken)
    {
        await OutsideAppAuthor.EnsureAsync(db, now, cancellationToken);
        var outside = Post.CapturedFromX(12, "1862000000000000512", "Traffic is moving again on Roosevelt. Thanks for your patience! (posted from the phone)", "CPD12thDist", now.AddDays(-2).AddHours(3), now.AddHours(-20));
        db.Posts.Add(outside);
        audit.Record(AuditActions.Post.CapturedOutsideApp, AuditSubjects.Post, outside.Id.ToString(), 12, new { xPostId = outside.XPostId, postedAtUtc = outside.PublishedAt, text = outside.Text, handle = "CPD12thDist", demo = true }, TimelineCapture.ActorName);

        var grant = await users.FindByNameAsync("po.grant") ?? throw new InvalidOperationException("Demo user po.grant is missing.");
        var at = now.AddDays(-3);
        var deleted = Post.Draft(12, grant.Id, grant.DisplayName, new PostContent(PostCategory.CommunityAlert, "Reminder: the 12th District station lobby is open 24 hours for walk-in reports.", null, false, null), at.AddMinutes(-20));
        deleted.Submit(grant.Id, PolicyReview.Clear, districtRequiresSergeant: false, at.AddMinutes(-1));
        deleted.MarkPublished("1861000000000000412", "https://x.com/CPD12thDist/status/1861000000000000412", deleted.Text, "CPD12thDist", sandbox: false, at);
        deleted.MarkDeletedOutsideApp(now.AddHours(-20));
        db.Posts.Add(deleted);
        audit.Record(AuditActions.Post.Published, AuditSubjects.Post, deleted.Id.ToString(), 12, new { xPostId = deleted.XPostId, demo = true }, "publisher");
        audit.Record(AuditActions.Post.DeletedOutsideApp, AuditSubjects.Post, deleted.Id.ToString(), 12, new { xPostId = deleted.XPostId, demo = true }, TimelineCapture.ActorName);
    }
}
