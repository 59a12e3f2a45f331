using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Seeding;

/// <summary>
/// Seven weeks of postings in Districts 011, 012 and 018 for the News Affairs feed and dashboard (issue 14), made
/// through the posts' own transitions: mostly published and reviewed, some notable ones approved by News Affairs, some
/// discontinued with a reason, corrections asked, rejected, cancelled and refused by X, and in 011 and 018 a few still
/// waiting for review or approval. District 012 gets finished postings only, so its review queue and approvals stay as
/// the rest of the demo seed leaves them. The same every time (a fixed random seed; times relative to now).
/// </summary>
internal sealed class DemoPostingHistory(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, DateTime now)
{
    private const int Weeks = 7;

    private static readonly string[] Streets = ["Taylor", "Halsted", "Ashland", "Roosevelt", "Ogden", "Division", "Chicago Ave", "Wells", "Clark", "Grand"];

    private static readonly (PostCategory Category, string Text)[] Texts =
    [
        (PostCategory.CrimePreventionTip, "Lock your car and take your valuables with you, even for a quick stop on {0}."),
        (PostCategory.CrimePreventionTip, "Package thefts rise before the holidays. Ask for signature delivery near {0}."),
        (PostCategory.CommunityAlert, "Street closure: {0} between {1} and {2} until 6 pm for water main work. Please use {1} instead."),
        (PostCategory.SuccessStory, "Thank you to the neighbors on {0} who called 911: officers returned a lost bike to its owner."),
        (PostCategory.CommunityEvent, "Join us for Coffee with a Cop at the library branch on {0}, Saturday at 10 am. All are welcome!"),
        (PostCategory.DistrictCrimeAlert, "Community alert: catalytic converter thefts reported near {0} and {1} this week. Call 911 if you see anything suspicious."),
        (PostCategory.BeatMeeting, "Beat meeting Tuesday at 6:30 pm at the park fieldhouse on {0}. Bring your questions!"),
        (PostCategory.SpecialEvent, "Special event: free bike registration at the district station on {0}, 10 am to 2 pm."),
    ];

    public async Task SeedAsync()
    {
        var random = new Random(1414);
        var news = await ApproverAsync("news.bell", isNews: true);
        var districts = new (int District, string[] Authors, string Sergeant)[]
        {
            (11, ["po.okafor"], "sgt.brennan"),
            (12, ["po.grant", "po.moreno"], "sgt.kowalski"),
            (18, ["po.nakamura", "po.castillo", "po.adeyemi"], "sgt.reyes"),
        };
        var index = 0;
        foreach (var (district, authors, sergeantLogOn) in districts)
        {
            var sergeant = await ApproverAsync(sergeantLogOn, isNews: false);
            var writers = new List<ApplicationUser>();
            foreach (var logOn in authors)
            {
                writers.Add(await users.FindByNameAsync(logOn) ?? throw new InvalidOperationException($"Demo user {logOn} is missing."));
            }

            // About four postings a week, the oldest first.
            for (var hoursAgo = Weeks * 7 * 24.0; hoursAgo > 8; hoursAgo -= 30 + random.Next(0, 24))
            {
                var author = writers[random.Next(writers.Count)];
                var (category, template) = Texts[random.Next(Texts.Length)];
                var text = string.Format(CultureInfo.InvariantCulture, template, Street(random), Street(random), Street(random));
                var post = Make(district, author, category, text, now.AddHours(-hoursAgo), index++, news, sergeant, district == 12, random);
                db.Posts.Add(post);
                audit.Record(AuditActions.Post.Submitted, AuditSubjects.Post, post.Id.ToString(), district,
                    new { state = post.State.ToString(), demo = true }, author.UserName);
            }
        }
    }

    private Post Make(int district, ApplicationUser author, PostCategory category, string text, DateTime at, int index, PostApprover news, PostApprover sergeant, bool finishedOnly, Random random)
    {
        var notable = index % 7 == 2 || index % 17 == 7;
        var post = Post.Draft(district, author.Id, author.DisplayName, new PostContent(category, text, null, notable, null), at.AddMinutes(-25));
        var review = notable ? PostPolicy.Review(text, true, district, PolicyLists.Defaults) : PolicyReview.Clear;
        post.Submit(author.Id, review, districtRequiresSergeant: false, at.AddMinutes(-5));
        var fate = index % 17 == 7 ? Fate.Rejected
            : index % 11 == 3 ? Fate.Discontinued
            : index % 13 == 5 ? Fate.Correction
            : index % 19 == 9 ? Fate.FailedOnX
            : index % 23 == 4 ? Fate.Cancelled
            : Fate.Reviewed;
        if (post.State == PostState.AwaitingNewsAffairs)
        {
            if (!finishedOnly && at > now.AddDays(-1))
            {
                return post;
            }

            if (fate == Fate.Rejected)
            {
                post.Reject(news, "The incident is still under investigation.", at.AddMinutes(30));
                return post;
            }

            post.Approve(news, null, null, PolicyLists.Defaults, at.AddMinutes(40));
        }

        var sent = post.ReleasedAt!.Value.AddMinutes(1);
        switch (fate)
        {
            case Fate.FailedOnX:
                post.MarkFailed("X refused the post: duplicate content.", sent);
                return post;
            case Fate.Cancelled:
                post.Cancel(sergeant, DiscontinueReason.Outdated, "The event moved to next week.", post.ReleasedAt!.Value);
                return post;
        }

        post.MarkPublished("sandbox-" + index.ToString("x8", CultureInfo.InvariantCulture), null, post.Text, "sandbox", sandbox: true, sent);
        var later = Earlier(sent.AddHours(3), now.AddMinutes(-10));
        var reviewedAt = Earlier(sent.AddHours(6 + random.Next(0, 30)), now.AddMinutes(-5));
        switch (fate)
        {
            case Fate.Discontinued:
                var reason = DiscontinueReasons.All[index % DiscontinueReasons.All.Count];
                post.Discontinue(index % 2 == 0 ? news : sergeant, reason, reason == DiscontinueReason.Other ? "Posted on the wrong account." : null, later);
                post.MarkDiscontinued(later.AddMinutes(1));
                return post;
            case Fate.Correction:
                post.Review(sergeant, ReviewOutcome.NeedsCorrection, new ReviewChecklist(true, true, false, true, true), "The time is wrong; please post a correction.", reviewedAt);
                return post;
        }

        // In 011 and 018 the last day or so is not reviewed yet (and a notable one of the last day waits for News Affairs).
        if (!finishedOnly && sent > now.AddDays(-2))
        {
            return post;
        }

        post.Review(sergeant, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, reviewedAt);
        return post;
    }

    private async Task<PostApprover> ApproverAsync(string logOnId, bool isNews)
    {
        var user = await users.FindByNameAsync(logOnId) ?? throw new InvalidOperationException($"Demo user {logOnId} is missing.");
        return new PostApprover(user.Id, user.DisplayName, isNews, isNews ? null : user.DistrictNumber);
    }

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    private static string Street(Random random) => Streets[random.Next(Streets.Length)];

    private enum Fate
    {
        Reviewed,
        Discontinued,
        Correction,
        Rejected,
        FailedOnX,
        Cancelled,
    }
}
