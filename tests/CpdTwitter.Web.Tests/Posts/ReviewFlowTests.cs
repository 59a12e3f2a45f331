using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>Directive V.B through the pages and the fake X: the sergeant's review, discontinuing, and who is told.</summary>
public sealed class ReviewFlowTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<Browser> OfficerAsync(string logOnId, int district, string star)
    {
        if (await app.Factory.FindUserAsync(logOnId) is null)
        {
            await app.RepresentativeAsync(logOnId, district, 1, star);
            await app.ConnectAsync(district);
        }

        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    private async Task<Guid> PublishAsync(Browser officer, string text)
    {
        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.CommunityAlert);
        await app.WaitForAsync(id, PostState.Published);
        return id;
    }

    private static readonly string[] PublishedTrail = ["post.drafted", "post.submitted", "post.send-attempted", "post.published"];

    [Fact]
    public async Task A_sergeant_reviews_one_posting_with_the_checklist_and_two_more_at_once()
    {
        using var officer = await OfficerAsync("po.review", 1, "30001");
        var first = await PublishAsync(officer, "Review one: lock your garage doors.");
        var second = await PublishAsync(officer, "Review two: report suspicious activity to 911.");
        var third = await PublishAsync(officer, "Review three: holiday safety tips at the station.");
        using var sergeant = await app.Factory.SignedInAsync("sgt.review", 1, Roles.CommunityPolicingSergeant);

        var queue = await sergeant.GetAsync("/Review");
        queue.QuerySelectorAll(".review-item").Length.ShouldBe(3);
        queue.Text("#cursor-summary").ShouldBe("Showing 1–3 of 3 postings waiting for review");
        var opened = await sergeant.GetAsync(queue.QuerySelector($"#item-{first:N} a.review-link")!.GetAttribute("href")!);
        var partial = await sergeant.SubmitAsync(opened, new Dictionary<string, string> { ["category"] = "true", ["current"] = "true" }, handler: $"Review&id={first}");
        partial.Errors().ShouldContain("Tick every check");
        var reviewed = await sergeant.SubmitAsync(opened, new Dictionary<string, string>
        {
            ["category"] = "true", ["current"] = "true", ["correct"] = "true", ["valid"] = "true", ["appropriate"] = "true", ["note"] = "Fine",
        }, handler: $"Review&id={first}");
        reviewed.Text("[role=status]").ShouldBe("Marked reviewed.", reviewed.Errors());
        reviewed.Text(".review-status").ShouldContain("Reviewed through");

        var token = reviewed.AntiforgeryToken("#bulk-form");
        var bulk = await sergeant.PostAsync("/Review?handler=ReviewSelected", [new("ids", second.ToString()), new("ids", third.ToString()), new("__RequestVerificationToken", token)]);
        bulk.Text("[role=status]").ShouldBe("2 postings marked reviewed.", bulk.Errors());
        bulk.Text("#review-empty").ShouldContain("Every published posting has been reviewed");
        foreach (var id in new[] { first, second, third })
        {
            (await app.PostAsync(id)).State.ShouldBe(PostState.Reviewed);
            (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldBe([.. PublishedTrail, "post.reviewed"]);
        }
    }

    [Fact]
    public async Task Discontinuing_sends_exactly_one_DELETE_keeps_the_record_and_tells_author_commander_and_News_Affairs()
    {
        using var officer = await OfficerAsync("po.pull", 2, "30002");
        using var sergeant = await app.Factory.SignedInAsync("sgt.pull", 2, Roles.CommunityPolicingSergeant);
        var commander = await app.Factory.CreateUserAsync("cmdr.pull", 2, Roles.Commander);
        var news = await app.Factory.CreateUserAsync("news.pull", null, Roles.NewsAffairs);
        var id = await PublishAsync(officer, "Pull me: buy raffle tickets at Joe's Diner!");
        var xId = (await app.PostAsync(id)).XPostId!;

        var noReason = await sergeant.SubmitAsync($"/Review?review={id}", new Dictionary<string, string> { ["reason"] = string.Empty, ["note"] = string.Empty, ["confirmed"] = "true" }, handler: $"Discontinue&id={id}");
        noReason.Errors().ShouldContain("Choose the reason");
        await sergeant.SubmitAsync($"/Review?review={id}", new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Advertising), ["note"] = "Private business", ["confirmed"] = "true" }, handler: $"Discontinue&id={id}");
        var pulled = await app.WaitForAsync(id, PostState.Discontinued);

        app.X.Requests.Count(r => r.Method == "DELETE" && r.Path == $"/2/tweets/{xId}").ShouldBe(1);
        app.X.Posts.ContainsKey(xId).ShouldBeFalse();
        pulled.SentText.ShouldBe("Pull me: buy raffle tickets at Joe's Diner!");
        pulled.DiscontinueReason.ShouldBe(DiscontinueReason.Advertising);
        var record = await officer.GetAsync($"/Posts/{id}");
        record.Text("#discontinued").ShouldContain("Discontinued");
        record.Text("#discontinued").ShouldContain("Advertising — Private business");
        var authorId = (await app.Factory.FindUserAsync("po.pull")).Id;
        foreach (var user in new[] { authorId, commander, news })
        {
            (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Notifications.CountAsync(n => n.UserId == user && n.Text.Contains("discontinued")))).ShouldBe(1);
        }

        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldBe([.. PublishedTrail, "post.pull-requested", "post.pulled"]);
    }

    [Fact]
    public async Task A_404_from_X_completes_the_pull()
    {
        using var officer = await OfficerAsync("po.gone", 3, "30003");
        using var news = await app.Factory.SignedInAsync("news.gone", null, Roles.NewsAffairs);
        var id = await PublishAsync(officer, "Already deleted on X by hand.");
        var xId = (await app.PostAsync(id)).XPostId!;
        // Someone deleted it on X directly: the fake forgets it, as X would.
        (await app.Factory.WithServiceAsync<bool, Infrastructure.XApi.IXClient>(async x => (await x.DeletePostAsync(FakeXServer.Credentials, xId)).Succeeded)).ShouldBeTrue();

        var page = await news.SubmitAsync($"/Posts/{id}", new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated), ["note"] = string.Empty, ["confirmed"] = "true" }, handler: "Discontinue");
        page.Text("[role=status]").ShouldContain("Discontinued", customMessage: page.Errors());

        await app.WaitForAsync(id, PostState.Discontinued);
        app.X.Requests.Count(r => r.Method == "DELETE" && r.Path == $"/2/tweets/{xId}").ShouldBe(2);
    }

    [Fact]
    public async Task Without_script_discontinuing_needs_the_Yes_box_and_a_page_without_errors_shows_no_error_box()
    {
        using var officer = await OfficerAsync("po.confirm", 7, "30007");
        var id = await PublishAsync(officer, "Confirm me: the block party is on Saturday.");
        using var sergeant = await app.Factory.SignedInAsync("sgt.confirm", 7, Roles.CommunityPolicingSergeant);

        var opened = await sergeant.GetAsync($"/Review?review={id}");
        opened.QuerySelectorAll(".alert-danger, [data-valmsg-summary], .validation-summary-valid").ShouldBeEmpty();
        opened.QuerySelector($"form[data-confirm] input[type=checkbox][name=confirmed][required]").ShouldNotBeNull();
        opened.QuerySelector($"dialog#{opened.QuerySelector("form[data-confirm]")!.GetAttribute("data-confirm")}")!.TextContent.ShouldContain("Discontinue this posting?");
        var record = await sergeant.GetAsync($"/Posts/{id}");
        record.QuerySelectorAll(".alert-danger, [data-valmsg-summary], .validation-summary-valid").ShouldBeEmpty();

        var unconfirmed = await sergeant.SubmitAsync(opened, new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated) }, handler: $"Discontinue&id={id}");
        unconfirmed.Text("#review-form [data-focus-on-load]").ShouldContain("Tick \"Yes, discontinue\" to confirm.");
        unconfirmed.QuerySelector("#review-form input[name=confirmed]")!.ClassList.ShouldContain("is-invalid");
        var fromRecord = await sergeant.SubmitAsync(record, new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated) }, handler: "Discontinue");
        fromRecord.Text("#discontinue-form .invalid-feedback").ShouldBe("Tick \"Yes, discontinue\" to confirm.");
        (await app.PostAsync(id)).State.ShouldBe(PostState.Published);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldBe(PublishedTrail);

        var confirmed = await sergeant.SubmitAsync(record, new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated), ["confirmed"] = "true" }, handler: "Discontinue");
        confirmed.Text("[role=status]").ShouldContain("Discontinued", customMessage: confirmed.Errors());
        await app.WaitForAsync(id, PostState.Discontinued);
    }

    private Task<List<string>> AccountAuditAsync(int district) =>
        app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.AuditEvents
            .Where(e => e.SubjectType == AuditSubjects.XAccount && e.SubjectId == district.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task A_401_on_a_delete_holds_the_district_and_tells_ISD_and_News_Affairs_once()
    {
        using var officer = await OfficerAsync("po.pull401", 5, "30005");
        using var news = await app.Factory.SignedInAsync("news.pull401", null, Roles.NewsAffairs);
        var isd = await app.Factory.CreateUserAsync("isd.pull401", null, Roles.IsdAdministrator);
        var newsId = (await app.Factory.FindUserAsync("news.pull401")).Id;
        var id = await PublishAsync(officer, "Pull me too: the 401 case.");
        var xId = (await app.PostAsync(id)).XPostId!;
        app.X.Enqueue(FakeXBehaviour.Unauthorized, HttpMethod.Delete, $"/2/tweets/{xId}");

        var page = await news.SubmitAsync($"/Posts/{id}", new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated), ["note"] = string.Empty, ["confirmed"] = "true" }, handler: "Discontinue");
        page.Text("[role=status]").ShouldContain("Discontinued", customMessage: page.Errors());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.XAccounts.AnyAsync(a => a.District == 5 && a.NeedsReconnectSince != null)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await app.DrainAsync();

        (await app.PostAsync(id)).State.ShouldBe(PostState.Discontinuing);
        app.X.Requests.Count(r => r.Method == "DELETE" && r.Path == $"/2/tweets/{xId}").ShouldBe(1);
        app.X.Posts.ContainsKey(xId).ShouldBeTrue();
        (await AccountAuditAsync(5)).ShouldBe([AuditActions.XAccount.NeedsReconnect]);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldBe([.. PublishedTrail, "post.pull-requested"]);
        foreach (var (user, link) in new[] { (isd, "/Admin/Accounts"), (newsId, "/NewsAffairs/Approvals") })
        {
            var told = await app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db =>
                db.Notifications.Where(n => n.UserId == user && n.Text.Contains("District 005's X account needs reconnecting")).Select(n => n.Link).ToListAsync());
            told.ShouldBe([link]);
        }
    }

    [Fact]
    public async Task A_429_on_a_delete_is_audited_and_the_deletion_waits_for_the_reset()
    {
        using var officer = await OfficerAsync("po.pull429", 6, "30006");
        using var news = await app.Factory.SignedInAsync("news.pull429", null, Roles.NewsAffairs);
        var id = await PublishAsync(officer, "Pull me later: the 429 case.");
        var xId = (await app.PostAsync(id)).XPostId!;
        var reset = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddSeconds(3).ToUnixTimeSeconds());
        app.X.RateLimitReset = reset;
        app.X.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Delete, $"/2/tweets/{xId}");

        var page = await news.SubmitAsync($"/Posts/{id}", new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated), ["note"] = string.Empty, ["confirmed"] = "true" }, handler: "Discontinue");
        page.Text("[role=status]").ShouldContain("Discontinued", customMessage: page.Errors());
        var pulled = await app.WaitForAsync(id, PostState.Discontinued);

        app.X.Requests.Count(r => r.Method == "DELETE" && r.Path == $"/2/tweets/{xId}").ShouldBe(2); // the 429, then the one after the reset
        app.X.Posts.ContainsKey(xId).ShouldBeFalse();
        pulled.TakenDownAt!.Value.ShouldBeGreaterThanOrEqualTo(reset.UtcDateTime);
        (await AccountAuditAsync(6)).ShouldBe([AuditActions.XAccount.RateLimited]);
        var until = await app.Factory.WithServiceAsync<string, CpdTwitterDbContext>(db => db.AuditEvents
            .Where(e => e.Action == AuditActions.XAccount.RateLimited && e.SubjectId == "6").Select(e => e.Details).SingleAsync());
        System.Text.Json.JsonDocument.Parse(until).RootElement.GetProperty("until").GetDateTime().ShouldBe(reset.UtcDateTime);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldBe([.. PublishedTrail, "post.pull-requested", "post.pulled"]);
    }

    [Fact]
    public async Task A_sergeant_of_district_12_cannot_review_or_pull_district_11s_postings()
    {
        using var officer = await OfficerAsync("po.eleven.review", 11, "30011");
        var id = await PublishAsync(officer, "District 11 posting.");
        using var sergeant12 = await app.Factory.SignedInAsync("sgt.twelve.review", 12, Roles.CommunityPolicingSergeant);

        var queue = await sergeant12.GetAsync("/Review");
        queue.Body!.TextContent.ShouldNotContain("District 11 posting.");
        var token = queue.AntiforgeryToken();
        await sergeant12.PostAsync($"/Review?handler=Review&id={id}", [new("category", "true"), new("current", "true"), new("correct", "true"), new("valid", "true"), new("appropriate", "true"), new("__RequestVerificationToken", token)]);
        sergeant12.Status.ShouldBe(HttpStatusCode.NotFound);
        await sergeant12.PostAsync($"/Review?handler=Discontinue&id={id}", [new("reason", "Incorrect"), new("confirmed", "true"), new("__RequestVerificationToken", token)]);
        sergeant12.Status.ShouldBe(HttpStatusCode.NotFound);
        await sergeant12.PostAsync($"/Posts/{id}?handler=Discontinue", [new("reason", "Incorrect"), new("confirmed", "true"), new("__RequestVerificationToken", token)]);
        sergeant12.Status.ShouldBe(HttpStatusCode.NotFound);
        await sergeant12.PostAsync($"/Review?handler=ReviewSelected", [new("ids", id.ToString()), new("__RequestVerificationToken", token)]);
        sergeant12.Status.ShouldBe(HttpStatusCode.NotFound);

        var post = await app.PostAsync(id);
        post.State.ShouldBe(PostState.Published);
        app.X.Requests.ShouldNotContain(r => r.Method == "DELETE" && r.Path.EndsWith(post.XPostId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Needs_correction_tells_the_author_who_posts_a_correction_linked_to_the_original()
    {
        using var officer = await OfficerAsync("po.correct", 4, "30004");
        using var sergeant = await app.Factory.SignedInAsync("sgt.correct", 4, Roles.CommunityPolicingSergeant);
        var id = await PublishAsync(officer, "Beat meeting Tuesday at 6 pm.");

        var missing = await sergeant.SubmitAsync($"/Review?review={id}", new Dictionary<string, string> { ["note"] = string.Empty }, handler: $"Correction&id={id}");
        missing.Errors().ShouldContain("Tell the author what needs correcting");
        await sergeant.SubmitAsync($"/Review?review={id}", new Dictionary<string, string> { ["category"] = "true", ["note"] = "It is at 6:30 pm." }, handler: $"Correction&id={id}");

        (await officer.GetAsync("/Notifications")).Text("#notifications").ShouldContain("It is at 6:30 pm.");
        var compose = await officer.GetAsync($"/Drafts/Compose?correcting={id}");
        compose.Text("#correcting").ShouldContain("Beat meeting Tuesday at 6 pm.");
        var correction = await officer.SubmitAsync(compose, new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.BeatMeeting),
            ["Input.Text"] = "Correction: the beat meeting is Tuesday at 6:30 pm.",
            ["Input.MarkedNotable"] = "false",
        }, handler: "Save");
        correction.Text("#correcting").ShouldContain("Beat meeting Tuesday at 6 pm.", customMessage: correction.Errors());
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.CountAsync(p => p.CorrectsPostId == id))).ShouldBe(1);
    }
}
