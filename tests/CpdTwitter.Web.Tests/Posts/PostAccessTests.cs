using AngleSharp.Dom;
using System.Net;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>Who may read and act on posts: by role, by district, on duty (a district's drafts are invisible to every other district).</summary>
public sealed class PostAccessTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<(Browser Officer, Guid Draft, Guid Routed)> District12Async()
    {
        if (await app.Factory.FindUserAsync("po.twelve") is null)
        {
            await app.RepresentativeAsync("po.twelve", 12, 1, "12012");
            await app.ConnectAsync(12);
        }

        var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.twelve");
        var draft = await officer.SubmitAsync("/Drafts/Compose", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.BeatMeeting),
            ["Input.Text"] = "Beat 1211 meeting draft",
            ["Input.MarkedNotable"] = "false",
        }, handler: "Save");
        draft.Text("[role=status]").ShouldBe("Draft saved.", draft.Errors());
        var draftId = Guid.Parse(officer.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath.Split('/').Last());
        var routed = await PublishingApp.SubmitAsync(officer, "Arrest made in the 12th District burglary pattern.", notable: true);
        return (officer, draftId, routed);
    }

    [Fact]
    public async Task A_representative_of_another_district_cannot_see_or_change_district_12s_posts()
    {
        var (officer, draft, routed) = await District12Async();
        officer.Dispose();
        await app.RepresentativeAsync("po.eleven", 11, 1, "11011");
        using var other = new Browser(app.Factory.CreateClient());
        await other.SignInAsync("po.eleven");

        await other.GetAsync($"/Drafts/Compose/{draft}");
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        await other.GetAsync($"/Posts/{routed}");
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetAsync("/Drafts");
        list.Body!.TextContent.ShouldNotContain("Beat 1211");
        var token = (await other.GetAsync("/Drafts/Compose")).AntiforgeryToken();
        await other.PostAsync($"/Drafts/Compose/{draft}?handler=Save", [new("Input.Category", "BeatMeeting"), new("Input.Text", "Hijacked"), new("__RequestVerificationToken", token)]);
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        await other.PostAsync($"/Drafts/Compose/{draft}?handler=Submit", [new("Input.Category", "BeatMeeting"), new("Input.Text", "Hijacked"), new("__RequestVerificationToken", token)]);
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        (await app.PostAsync(draft)).Text.ShouldBe("Beat 1211 meeting draft");
    }

    [Fact]
    public async Task Only_the_author_edits_a_draft_even_within_the_district()
    {
        var (officer, draft, _) = await District12Async();
        officer.Dispose();
        if (await app.Factory.FindUserAsync("po.twelve.b") is null)
        {
            await app.RepresentativeAsync("po.twelve.b", 12, 2, "12013");
        }

        using var partner = new Browser(app.Factory.CreateClient());
        await partner.SignInAsync("po.twelve.b");

        var page = await partner.SubmitAsync($"/Drafts/Compose/{draft}", new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.BeatMeeting),
            ["Input.Text"] = "Changed by the partner",
            ["Input.MarkedNotable"] = "false",
        }, handler: "Save");

        page.Errors().ShouldContain("Only the post's author");
        (await app.PostAsync(draft)).Text.ShouldBe("Beat 1211 meeting draft");
    }

    [Theory]
    [InlineData(Roles.CommunityPolicingSergeant, 11, HttpStatusCode.NotFound)]
    [InlineData(Roles.Commander, 11, HttpStatusCode.NotFound)]
    [InlineData(Roles.CommunityPolicingSergeant, 12, HttpStatusCode.OK)]
    [InlineData(Roles.NewsAffairs, null, HttpStatusCode.OK)]
    [InlineData(Roles.IsdAdministrator, null, HttpStatusCode.OK)]
    public async Task Who_may_read_a_post_record(string role, int? district, HttpStatusCode expected)
    {
        var (officer, _, routed) = await District12Async();
        officer.Dispose();
        using var reader = await app.Factory.SignedInAsync($"reader.{role}.{district}".ToLowerInvariant(), district, role);

        await reader.GetAsync($"/Posts/{routed}");

        reader.Status.ShouldBe(expected);
    }

    [Theory]
    [InlineData("/Drafts", Roles.CommunityPolicingSergeant, 12)]
    [InlineData("/Drafts/Compose", Roles.NewsAffairs, null)]
    [InlineData("/NewsAffairs/Approvals", Roles.Representative, 12)]
    [InlineData("/NewsAffairs/Approvals", Roles.Commander, 12)]
    [InlineData("/Review/Approvals", Roles.Representative, 12)]
    [InlineData("/Review/Approvals", Roles.NewsAffairs, null)]
    public async Task Pages_refuse_the_wrong_role(string page, string role, int? district)
    {
        using var browser = await app.Factory.SignedInAsync($"wrong.{role}.{page.Replace('/', '.')}".ToLowerInvariant(), district, role);

        await browser.GetAsync(page);

        browser.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_sergeant_of_another_district_cannot_decide_on_a_post_awaiting_district_12s_sergeant()
    {
        var (officer, _, _) = await District12Async();
        (await app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(w => w.RequireSergeantApprovalAsync(12, true, TestActors.Commander(12)))).Succeeded.ShouldBeTrue();
        var id = await PublishingApp.SubmitAsync(officer, "Sergeant-approval post: bike registration at the station Friday.", PostCategory.CommunityEvent);
        officer.Dispose();
        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingSergeant);
        using var sergeant11 = await app.Factory.SignedInAsync("sgt.eleven", 11, Roles.CommunityPolicingSergeant);
        using var sergeant12 = await app.Factory.SignedInAsync("sgt.twelve", 12, Roles.CommunityPolicingSergeant);

        var queue11 = await sergeant11.GetAsync("/Review/Approvals");
        queue11.Body!.TextContent.ShouldNotContain("bike registration");
        var token = queue11.AntiforgeryToken();
        await sergeant11.PostAsync("/Review/Approvals?handler=Approve", [new("id", id.ToString()), new("__RequestVerificationToken", token)]);
        sergeant11.Status.ShouldBe(HttpStatusCode.NotFound);
        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingSergeant);

        var approved = await sergeant12.SubmitAsync("/Review/Approvals", new Dictionary<string, string> { ["id"] = id.ToString(), ["text"] = "Sergeant-approval post: bike registration at the station Friday.", ["comment"] = string.Empty }, handler: "Approve");
        approved.Text("[role=status]").ShouldContain("Approved", customMessage: approved.Errors());
        (await app.WaitForAsync(id, PostState.Published)).ApprovedByRole.ShouldBe("District supervisor");
        (await app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(w => w.RequireSergeantApprovalAsync(12, false, TestActors.Commander(12)))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Off_duty_on_a_Department_device_a_representative_saves_drafts_but_submits_only_on_duty()
    {
        await app.RepresentativeAsync("po.offduty", 16, 1, "16016", onDuty: false);
        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.offduty");
        var draft = Post.Draft(16, (await app.Factory.FindUserAsync("po.offduty")).Id, "Officer po.offduty", new PostContent(PostCategory.CommunityAlert, "Written on the last shift", null, false, null), DateTime.UtcNow);
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => { db.Posts.Add(draft); return db.SaveChangesAsync(); });

        var list = await officer.GetAsync("/Drafts");
        list.QuerySelector("#new-post").ShouldNotBeNull("Off duty on a Department device, New post is offered: drafting is allowed.");
        var fresh = await officer.GetAsync("/Drafts/Compose");
        fresh.Text("#submit-later").ShouldBe("You are off duty and no watch is scheduled: you can save this draft; to submit it, ask your sergeant to confirm your shift.");
        fresh.QuerySelector("#acting-refused").ShouldBeNull();
        var page = await officer.GetAsync($"/Drafts/Compose/{draft.Id}");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlFieldSetElement>("fieldset")!.IsDisabled.ShouldBeFalse();
        page.QuerySelector("button[formaction*='handler=Submit']").ShouldBeNull("The Submit button is not offered off duty.");

        var saved = await officer.SubmitAsync(page, new Dictionary<string, string> { ["Input.Category"] = "CommunityAlert", ["Input.Text"] = "Changed off duty", ["Input.MarkedNotable"] = "false" }, handler: "Save");
        saved.Text("[role=status]").ShouldBe("Draft saved.", customMessage: saved.Errors());
        (await app.PostAsync(draft.Id)).Text.ShouldBe("Changed off duty");

        var token = saved.AntiforgeryToken();
        var refused = await officer.PostAsync($"/Drafts/Compose/{draft.Id}?handler=Submit", [new("Input.Category", "CommunityAlert"), new("Input.Text", "Submitted off duty"), new("FormToken", Infrastructure.Data.FormToken.Issue()), new("__RequestVerificationToken", token)]);

        refused.Errors().ShouldContain("You are off duty");
        var stored = await app.PostAsync(draft.Id);
        stored.Text.ShouldBe("Changed off duty");
        stored.State.ShouldBe(PostState.Draft);
    }
}
