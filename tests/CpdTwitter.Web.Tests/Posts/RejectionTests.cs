using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>Rejecting from either approval queue (IV.A.1): the reason is required, kept with the post, and sent to the author.</summary>
public sealed class RejectionTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<Browser> RepresentativeAsync(string logOnId, int district, string star)
    {
        await app.RepresentativeAsync(logOnId, district, 1, star);
        await app.ConnectAsync(district);
        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    private Task<List<string>> NotificationsOfAsync(string logOnId) =>
        app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == logOnId);
            return await db.Notifications.Where(n => n.UserId == user.Id).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync();
        });

    private async Task RejectsAsync(Browser officer, Browser approver, string queuePage, Guid id, PostState waiting, string approverName, string role)
    {
        var missing = await approver.SubmitAsync(queuePage, new Dictionary<string, string> { ["id"] = id.ToString(), ["comment"] = "  " }, handler: "Reject");

        missing.QuerySelectorAll(".approval-item").Single(i => i.QuerySelector($"input[name=id][value='{id}']") is not null)
            .QuerySelector("form .text-danger")!.TextContent.Trim().ShouldBe("Give the reason for rejecting the post; it is kept with it.");
        var untouched = await app.PostAsync(id);
        untouched.State.ShouldBe(waiting);
        untouched.Decisions.ShouldBeEmpty();

        var page = await approver.SubmitAsync(queuePage, new Dictionary<string, string> { ["id"] = id.ToString(), ["comment"] = "It names a juvenile; do not publish." }, handler: "Reject");

        page.Text("[role=status]").ShouldBe("Rejected; the post and the reason are kept.", page.Errors());
        page.QuerySelector($"input[name=id][value='{id}']").ShouldBeNull(); // out of the queue
        var rejected = await app.PostAsync(id);
        rejected.State.ShouldBe(PostState.Rejected);
        var decision = rejected.Decisions.ShouldHaveSingleItem();
        decision.Kind.ShouldBe(DecisionKind.Rejected);
        decision.Comment.ShouldBe("It names a juvenile; do not publish.");
        decision.DecidedByName.ShouldBe(approverName);
        decision.Role.ShouldBe(role);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldBe(["post.drafted", "post.submitted", "post.rejected"]);
        (await officer.GetAsync("/Notifications")).Text("#notifications").ShouldContain($"{approverName} rejected your post: It names a juvenile; do not publish.");
        await app.DrainAsync();
        var opening = rejected.Text[..20];
        app.X.Requests.ShouldNotContain(r => r.Body != null && r.Body.Contains(opening, StringComparison.Ordinal));
    }

    [Fact]
    public async Task News_Affairs_rejects_a_notable_post_with_a_reason_the_author_is_told()
    {
        using var officer = await RepresentativeAsync("po.rejected", 2, "20002");
        using var news = await app.Factory.SignedInAsync("news.reject", null, Roles.NewsAffairs);
        var id = await PublishingApp.SubmitAsync(officer, "Arrest made: a 15-year-old was taken into custody near the park.", PostCategory.SuccessStory);

        await RejectsAsync(officer, news, "/NewsAffairs/Approvals", id, PostState.AwaitingNewsAffairs, "Test news.reject", "Office of News Affairs");

        (await NotificationsOfAsync("po.rejected")).ShouldBe(["Test news.reject rejected your post: It names a juvenile; do not publish."]);
    }

    [Fact]
    public async Task The_district_sergeant_rejects_a_post_awaiting_their_approval_with_a_reason_the_author_is_told()
    {
        using var officer = await RepresentativeAsync("po.sgtrejected", 3, "20003");
        (await app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(w => w.RequireSergeantApprovalAsync(3, true, TestActors.Commander(3)))).Succeeded.ShouldBeTrue();
        using var sergeant = await app.Factory.SignedInAsync("sgt.reject", 3, Roles.CommunityPolicingSergeant);
        var id = await PublishingApp.SubmitAsync(officer, "Youth basketball night at the district gym, names of the players attached.", PostCategory.CommunityEvent);

        await RejectsAsync(officer, sergeant, "/Review/Approvals", id, PostState.AwaitingSergeant, "Test sgt.reject", "District supervisor");

        (await NotificationsOfAsync("po.sgtrejected")).ShouldBe(["Test sgt.reject rejected your post: It names a juvenile; do not publish."]);
    }
}
