using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// A district's history, quickly: valid posts made through the domain's own transitions and saved in one transaction,
/// with the author's notifications and one audit event each. Of every hundred (of the first ten: one each) a draft, one
/// awaiting News Affairs, one awaiting the sergeant, one queued, two waiting for review, one discontinued; the rest reviewed.
/// </summary>
public static class PostingFill
{
    public static async Task AddAsync(IServiceProvider services, int district, string authorId, PostApprover sergeant, PostApprover newsAffairs, int from, int count)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(sergeant);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var now = DateTime.UtcNow;
        var notable = new PolicyReview(["Notable incident"], [], []);
        var all = new ReviewChecklist(true, true, true, true, true);
        for (var i = from; i < from + count; i++)
        {
            var at = now.AddMinutes(-30 * (i + 1));
            var content = new PostContent(PostCategory.CrimePreventionTip, $"Tip {i.ToString(CultureInfo.InvariantCulture)}: lock your car and take your keys.", null, false, null);
            var post = Post.Draft(district, authorId, "Fill author", content, at);
            var slot = i < 10 ? i : i % 100;
            if (slot > 0)
            {
                post.Submit(authorId, slot == 1 ? notable : PolicyReview.Clear, districtRequiresSergeant: slot == 2, at);
            }

            if (slot == 3)
            {
                db.Outbox.Add(new OutboxMessage(OutboxKind.PublishPost, post.Id, district, now.AddDays(1), at));
            }

            if (slot >= 4)
            {
                post.MarkPublished($"fill-{i.ToString(CultureInfo.InvariantCulture)}", null, post.Text, "CPDFill", sandbox: true, at);
            }

            if (slot == 6)
            {
                post.Discontinue(newsAffairs, DiscontinueReason.Outdated, null, at);
                post.MarkDiscontinued(at);
            }
            else if (slot >= 7)
            {
                post.Review(sergeant, ReviewOutcome.Reviewed, all, null, at);
            }

            db.Posts.Add(post);
            db.Notifications.Add(new Notification(authorId, $"Your post {i.ToString(CultureInfo.InvariantCulture)} changed.", $"/Posts/{post.Id}", at));
            audit.Record(AuditActions.Post.Drafted, AuditSubjects.Post, post.Id.ToString(), district, actorName: "fill");
        }

        await db.SaveChangesAsync();
    }
}
