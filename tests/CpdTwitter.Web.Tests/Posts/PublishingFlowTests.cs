using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>From an officer's draft to X, through the fake X that checks every signature (issue: drafting and publishing).</summary>
public sealed class PublishingFlowTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<Browser> RepresentativeAsync(string logOnId, int district, int slot, string star)
    {
        await app.RepresentativeAsync(logOnId, district, slot, star);
        await app.ConnectAsync(district);
        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    /// <summary>The post's own audit trail, in order.</summary>
    private Task<List<string>> AuditTrailAsync(Guid postId) =>
        app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.SubjectId == postId.ToString()).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task A_routine_post_goes_to_X_at_once_with_a_signed_request_and_is_recorded()
    {
        using var officer = await RepresentativeAsync("po.routine", 1, 1, "10001");
        const string text = "Lock your car and take your valuables with you. #CrimePrevention";

        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.CrimePreventionTip);
        var post = await app.WaitForAsync(id, PostState.Published);

        var request = app.X.Requests.Single(r => r.Method == "POST" && r.Body!.Contains("#CrimePrevention", StringComparison.Ordinal));
        request.SignatureValid.ShouldBeTrue();
        app.X.Posts[post.XPostId!].ShouldBe(text);
        post.SentText.ShouldBe(text);
        post.XPostUrl.ShouldBe($"https://x.com/CPD12thDist/status/{post.XPostId}");
        post.Sandbox.ShouldBeFalse();
        (await AuditTrailAsync(id)).ShouldBe(["post.drafted", "post.submitted", "post.send-attempted", "post.published"]);
        var page = await officer.GetAsync($"/Posts/{id}");
        page.Text("#post-state").ShouldContain("Published");
        page.QuerySelector($"a[href='{post.XPostUrl}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_notable_post_cannot_reach_X_before_News_Affairs_approves_it()
    {
        using var officer = await RepresentativeAsync("po.notable", 2, 1, "10002");
        using var newsAffairs = await app.Factory.SignedInAsync("news.notable", null, Roles.NewsAffairs);
        const string text = "Two offenders were arrested after a burglary on the 1400 block of W. Taylor.";

        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.SuccessStory);
        await app.DrainAsync();

        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingNewsAffairs);
        app.X.Requests.ShouldNotContain(r => r.Body != null && r.Body.Contains("1400 block of W. Taylor", StringComparison.Ordinal));
        var queue = await newsAffairs.GetAsync("/NewsAffairs/Approvals");
        queue.QuerySelectorAll(".approval-item").Single(i => i.TextContent.Contains("1400 block of W. Taylor", StringComparison.Ordinal))
            .QuerySelector(".routing-reasons")!.TextContent.ShouldContain("arrested");

        var approved = await newsAffairs.SubmitAsync(queue, new Dictionary<string, string> { ["id"] = id.ToString(), ["text"] = text, ["comment"] = string.Empty }, handler: "Approve");
        approved.Text("[role=status]").ShouldContain("Approved", customMessage: approved.Errors());
        var post = await app.WaitForAsync(id, PostState.Published);

        post.ApprovedByName.ShouldBe("Test news.notable");
        post.ApprovedAt!.Value.ShouldBeLessThan(post.PublishedAt!.Value);
        app.X.Requests.Count(r => r.Body != null && r.Body.Contains("1400 block of W. Taylor", StringComparison.Ordinal)).ShouldBe(1);
        (await officer.GetAsync($"/Posts/{id}")).Text("#decisions").ShouldContain("Approved by Test news.notable");
    }

    [Fact]
    public async Task An_approver_edit_is_published_and_shown_beside_the_submitted_text()
    {
        using var officer = await RepresentativeAsync("po.edited", 3, 1, "10003");
        using var newsAffairs = await app.Factory.SignedInAsync("news.edited", null, Roles.NewsAffairs);
        var id = await PublishingApp.SubmitAsync(officer, "Suspect in custody after a robbery near Halsted. Thanks to the community!", notable: true);

        await newsAffairs.SubmitAsync("/NewsAffairs/Approvals", new Dictionary<string, string> { ["id"] = id.ToString(), ["text"] = "An arrest was made after a robbery near Halsted. Thanks to the community!", ["comment"] = "Wording" }, handler: "Approve");
        var post = await app.WaitForAsync(id, PostState.Published);

        post.SentText.ShouldBe("An arrest was made after a robbery near Halsted. Thanks to the community!");
        post.Revisions.MaxBy(r => r.Number)!.Kind.ShouldBe(RevisionKind.ApproverEdit);
        var page = await officer.GetAsync($"/Posts/{id}");
        page.Text("#frozen-texts").ShouldContain("Submitted");
        page.QuerySelectorAll("#frozen-texts ins.diff-added").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Nobody_approves_their_own_post()
    {
        var id = await app.RepresentativeAsync("po.selfie", 4, 1, "10004");
        await app.ConnectAsync(4);
        await app.Factory.WithServiceAsync<bool, Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.ApplicationUser>>(async users =>
            (await users.AddToRoleAsync((await users.FindByIdAsync(id))!, Roles.NewsAffairs)).Succeeded);
        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.selfie");
        var postId = await PublishingApp.SubmitAsync(officer, "Officer-involved incident update: the scene is clear.", notable: true);

        // The queue offers them no decision on it, and says why; a decision sent anyway is refused by the server.
        var queue = await officer.GetAsync("/NewsAffairs/Approvals");
        queue.Body!.TextContent.ShouldContain("You wrote this post or edited its text: another approver decides on it.");
        var token = queue.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await officer.PostAsync("/NewsAffairs/Approvals?handler=Approve", new Dictionary<string, string>
        {
            ["id"] = postId.ToString(), ["text"] = "Officer-involved incident update: the scene is clear.", ["comment"] = string.Empty, ["__RequestVerificationToken"] = token,
        });

        refused.Errors().ShouldContain("Nobody approves their own post");
        (await app.PostAsync(postId)).State.ShouldBe(PostState.AwaitingNewsAffairs);
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_the_author_is_notified()
    {
        using var officer = await RepresentativeAsync("po.returned", 5, 1, "10005");
        using var newsAffairs = await app.Factory.SignedInAsync("news.returned", null, Roles.NewsAffairs);
        var id = await PublishingApp.SubmitAsync(officer, "A shooting on the 2200 block: avoid the area.", PostCategory.DistrictCrimeAlert);

        var missing = await newsAffairs.SubmitAsync("/NewsAffairs/Approvals", new Dictionary<string, string> { ["id"] = id.ToString(), ["comment"] = " " }, handler: "Return");
        missing.Errors().ShouldContain("Tell the author what to change.");
        await newsAffairs.SubmitAsync("/NewsAffairs/Approvals", new Dictionary<string, string> { ["id"] = id.ToString(), ["comment"] = "Say which streets to avoid." }, handler: "Return");

        (await app.PostAsync(id)).State.ShouldBe(PostState.Draft);
        var notes = await officer.GetAsync("/Notifications");
        notes.Text("#notifications").ShouldContain("Say which streets to avoid.");
        (await officer.GetAsync($"/Drafts/Compose/{id}")).Text("[role=status]").ShouldContain("Say which streets to avoid.");
    }

    [Fact]
    public async Task A_duplicate_fails_with_Xs_message_and_the_author_can_edit_and_resubmit()
    {
        using var officer = await RepresentativeAsync("po.duplicate", 6, 1, "10006");
        app.X.Enqueue(FakeXBehaviour.Duplicate, HttpMethod.Post, "/2/tweets", "Union Park, 10 am.");

        var id = await PublishingApp.SubmitAsync(officer, "Community event Saturday at Union Park, 10 am.", PostCategory.CommunityEvent);
        var failed = await app.WaitForAsync(id, PostState.Failed);

        failed.PublishingMessage.ShouldBe("You are not allowed to create a Tweet with duplicate content.");
        (await officer.GetAsync("/Notifications")).Text("#notifications").ShouldContain("duplicate content");
        var page = await officer.SubmitAsync($"/Drafts/Compose/{id}", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.CommunityEvent),
            ["Input.Text"] = "Community event Saturday at Union Park, 10 am to noon.",
            ["Input.MarkedNotable"] = "false",
        }, handler: "Submit");
        page.Text("[role=status]").ShouldContain("Queued", customMessage: page.Errors());
        await app.WaitForAsync(id, PostState.Published);
    }

    [Fact]
    public async Task Pausing_the_district_holds_its_posts_and_resuming_sends_them_in_order()
    {
        using var officer = await RepresentativeAsync("po.paused", 10, 1, "10010");
        (await app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(w => w.PauseAsync(10, TestActors.Commander(10), "Checking facts with News Affairs"))).Succeeded.ShouldBeTrue();

        var first = await PublishingApp.SubmitAsync(officer, "Paused post one: street closure on Ogden.", PostCategory.CommunityAlert);
        var second = await PublishingApp.SubmitAsync(officer, "Paused post two: closure lifted at 5 pm.", PostCategory.CommunityAlert);
        await app.DrainAsync();

        app.X.Requests.ShouldNotContain(r => r.Body != null && r.Body.Contains("Paused post", StringComparison.Ordinal));
        (await officer.GetAsync($"/Posts/{first}")).Text("[role=status]").ShouldContain("Checking facts with News Affairs");
        (await app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(w => w.ResumeAsync(10, TestActors.Commander(10)))).Succeeded.ShouldBeTrue();
        var one = await app.WaitForAsync(first, PostState.Published);
        var two = await app.WaitForAsync(second, PostState.Published);

        one.PublishedAt!.Value.ShouldBeLessThanOrEqualTo(two.PublishedAt!.Value);
        app.X.Requests.Count(r => r.Body != null && r.Body.Contains("Paused post", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task A_401_holds_the_district_until_ISD_reconnects_and_tells_ISD_and_News_Affairs()
    {
        using var officer = await RepresentativeAsync("po.revoked", 14, 1, "10014");
        await app.Factory.SignedInAsync("isd.revoked", null, Roles.IsdAdministrator);
        app.X.Enqueue(FakeXBehaviour.Unauthorized, HttpMethod.Post, "/2/tweets", "Revoked-token post");

        var id = await PublishingApp.SubmitAsync(officer, "Revoked-token post: shelter open at the district station.", PostCategory.CommunityAlert);
        await PublishingApp.WaitUntilAsync(() => app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.XAccounts.AnyAsync(a => a.District == 14 && a.NeedsReconnectSince != null)), "the 401 to mark the account");

        await app.DrainAsync();
        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);
        (await officer.GetAsync($"/Posts/{id}")).Text("[role=status]").ShouldContain("reconnect");
        var isd = await app.Factory.FindUserAsync("isd.revoked");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Notifications.CountAsync(n => n.UserId == isd.Id && n.Text.Contains("District 014")))).ShouldBe(1);
        app.X.Requests.Count(r => r.Body != null && r.Body.Contains("Revoked-token post", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_post_with_an_outside_link_needs_a_justification_and_goes_to_News_Affairs()
    {
        using var officer = await RepresentativeAsync("po.link", 15, 1, "10015");

        var page = await officer.SubmitAsync("/Drafts/Compose", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.CommunityEvent),
            ["Input.Text"] = "Toy drive with our partners: https://example.com/toys",
            ["Input.MarkedNotable"] = "false",
        }, handler: "Submit");

        page.FieldError("Input.Justification").ShouldContain("Explain why");
        page.Text("#policy-findings").ShouldContain("example.com");
        var id = await PublishingApp.SubmitAsync(officer, "Toy drive with our partners: https://example.com/toys", PostCategory.CommunityEvent, justification: "Partner charity's sign-up page");
        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingNewsAffairs);
    }
}
