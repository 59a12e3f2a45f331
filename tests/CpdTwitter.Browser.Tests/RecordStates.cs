using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Browser.Tests;

/// <summary>
/// District 012 postings in the states the demo seed does not have, written through the domain's own transitions,
/// each with a long link and a long word that must wrap on a phone; plus a notification for every demo member.
/// </summary>
public static class RecordStates
{
    private const string LongLink = "https://www.chicagopolice.org/community-policing/district-twelve/beat-meetings/schedule-for-the-whole-year-2026";

    /// <summary>Creates the records and returns the name → id map <see cref="EveryPage"/>'s {name} placeholders use.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        async Task<ApplicationUser> User(string logOnId) => await users.FindByNameAsync(logOnId) ?? throw new InvalidOperationException($"Demo user {logOnId} is missing.");
        var grant = await User("po.grant");
        var sergeant = await User("sgt.kowalski");
        var news = await User("news.bell");
        var sgt = new PostApprover(sergeant.Id, sergeant.DisplayName, IsNewsAffairs: false, SupervisesDistrict: 12);
        var newsAffairs = new PostApprover(news.Id, news.DisplayName, IsNewsAffairs: true, SupervisesDistrict: null);
        var now = DateTime.UtcNow;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);

        Post Add(string name, Action<Post> toState)
        {
            var text = $"Every-page check ({name}): details at {LongLink} — Neighbourhoodwatchcoordinationmeetingannouncement";
            var post = Post.Draft(12, grant.Id, grant.DisplayName, new PostContent(PostCategory.CommunityEvent, text, null, false, null), now.AddHours(-2));
            toState(post);
            db.Posts.Add(post);
            ids[name] = post.Id.ToString();
            return post;
        }

        void ToSergeant(Post p) => p.Submit(grant.Id, PolicyReview.Clear, districtRequiresSergeant: true, now.AddHours(-1));
        void ToQueued(Post p)
        {
            ToSergeant(p);
            p.Approve(sgt, null, null, PolicyLists.Defaults, now.AddMinutes(-50));
        }

        void ToPublished(Post p, bool sandbox)
        {
            ToQueued(p);
            p.MarkPublished(sandbox ? "sandbox-everypage" : "1860000000000000001", sandbox ? null : "https://x.com/CPD12District/status/1860000000000000001", p.Text, "CPD12District", sandbox, now.AddMinutes(-40));
        }

        Add("awaiting-sergeant", ToSergeant);
        Add("returned", p => { ToSergeant(p); p.ReturnToAuthor(sgt, "Please add the start time.", now.AddMinutes(-55)); });
        Add("rejected", p => { ToSergeant(p); p.Reject(sgt, "Not a district matter.", now.AddMinutes(-55)); });
        Add("queued", ToQueued);
        Add("cancelled", p => { ToQueued(p); p.Cancel(newsAffairs, DiscontinueReason.Outdated, "The event moved.", now.AddMinutes(-45)); });
        Add("failed", p => { ToQueued(p); p.MarkFailed("X said: duplicate content.", now.AddMinutes(-45)); });
        Add("outcome-unknown", p => { ToQueued(p); p.MarkOutcomeUnknown(p.Text, "No answer from X within 30 seconds.", now.AddMinutes(-45)); });
        Add("published-on-x", p => ToPublished(p, sandbox: false));
        Add("reviewed", p => { ToPublished(p, sandbox: true); p.Review(sgt, ReviewOutcome.Reviewed, ReviewChecklist.Complete, "Fine.", now.AddMinutes(-30)); });
        Add("discontinuing", p => { ToPublished(p, sandbox: false); p.Discontinue(newsAffairs, DiscontinueReason.Outdated, "Event is over.", now.AddMinutes(-30)); });
        Add("discontinued-sandbox", p => { ToPublished(p, sandbox: true); p.Discontinue(newsAffairs, DiscontinueReason.Outdated, "Event is over.", now.AddMinutes(-30)); p.MarkDiscontinued(now.AddMinutes(-29)); });
        // Issue 16: a mention waiting for an answer (the composer shows it) and a published response to another.
        Domain.Responses.Mention Mention(string xId, string text)
        {
            var mention = Domain.Responses.Mention.Received(12, new Domain.Responses.XMentionFacts(xId, "9000099", "everypage_neighbor", "Every Page Neighbor", text, now.AddHours(-3), xId, null, AddressesAccount: true), now.AddHours(-3));
            db.Mentions.Add(mention);
            return mention;
        }

        var waiting = Mention("1860000000000000901", $"@CPD12District is the beat meeting still on? {LongLink} Neighbourhoodwatchcoordinationmeetingannouncement");
        ids["mention-new"] = waiting.Id.ToString();
        var answered = Mention("1860000000000000902", "@CPD12District where do I register my bike?");
        var grantActor = new Domain.People.Actor(grant.Id, grant.DisplayName, [Domain.People.Roles.Representative], 12);
        var response = Post.DraftResponse(12, grantActor, new PostContent(PostCategory.CommunityResponse, $"At the front desk, any time. Details: {LongLink}", null, false, null), answered, now.AddHours(-2));
        ToPublished(response, sandbox: true);
        answered.MarkResponded(grant.Id, grant.DisplayName, now.AddMinutes(-40));
        db.Posts.Add(response);
        ids["response"] = response.Id.ToString();
        ids["awaiting-news-affairs"] = (await db.Posts.Where(p => p.State == PostState.AwaitingNewsAffairs && p.District == 12).Select(p => p.Id).FirstAsync()).ToString();

        // The demo's mentions in district 012's inbox (issue 16): the reporter's flagged one, and a reply not addressing the account.
        ids["mention-flagged"] = (await db.Mentions.Where(m => m.District == 12 && m.FlaggedAsMedia).Select(m => m.Id).FirstAsync()).ToString();
        ids["mention-not-addressed"] = (await db.Mentions.Where(m => m.District == 12 && !m.AddressesAccount).Select(m => m.Id).FirstAsync()).ToString();
        ids["template"] = (await db.PostTemplates.Where(t => !t.Retired).OrderBy(t => t.Name).Select(t => t.Id).FirstAsync()).ToString();

        foreach (var logOnId in EveryPage.ByMember.Keys)
        {
            var user = await User(logOnId);
            ids["user:" + logOnId] = user.Id;
            db.Notifications.Add(new Notification(user.Id, $"Every-page check: a notification with a long link {LongLink}", "/Posts/" + ids["published-on-x"], now));
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
