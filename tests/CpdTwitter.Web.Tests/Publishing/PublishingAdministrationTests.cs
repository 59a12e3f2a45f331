using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Publishing;

/// <summary>ISD's X accounts, the pause switches, unknown outcomes and News Affairs' policy lists, through their pages.</summary>
public sealed class PublishingAdministrationTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    /// <summary>A hand-made post (no such form on the page), with the page's antiforgery token.</summary>
    internal static async Task<IDocument> PostWithTokenAsync(Browser browser, string page, string action, params KeyValuePair<string, string>[] fields)
    {
        var token = (await browser.GetAsync(page)).AntiforgeryToken();
        return await browser.PostAsync(action, [.. fields, new("__RequestVerificationToken", token)]);
    }

    [Fact]
    public async Task ISD_connects_a_district_account_which_is_stored_encrypted_and_tested_against_X()
    {
        using var isd = await app.Factory.SignedInAsync("isd.accounts", null, Roles.IsdAdministrator);
        var missing = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string> { ["accessToken"] = " ", ["accessTokenSecret"] = string.Empty }, handler: "Connect&district=20");
        missing.Text("#district-20").ShouldContain("Paste the account's access token.");
        var halfFilled = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string> { ["accessToken"] = FakeXServer.Credentials.AccessToken, ["accessTokenSecret"] = string.Empty }, handler: "Connect&district=20");
        halfFilled.Text("#district-20").ShouldContain("Paste the account's access token secret.");
        halfFilled.Source.Text.ShouldNotContain(FakeXServer.Credentials.AccessToken);

        var connected = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string>
        {
            ["accessToken"] = FakeXServer.Credentials.AccessToken,
            ["accessTokenSecret"] = FakeXServer.Credentials.TokenSecret,
        }, handler: "Connect&district=20");
        connected.Text("[role=status]").ShouldContain("District 020's account is connected", customMessage: connected.Url + " " + isd.Status + " " + connected.QuerySelector("#district-20")?.TextContent);
        connected.Source.Text.ShouldNotContain(FakeXServer.Credentials.AccessToken);
        connected.Source.Text.ShouldNotContain(FakeXServer.Credentials.TokenSecret);
        var stored = await app.Factory.WithServiceAsync<XAccountConnection, CpdTwitterDbContext>(db => db.XAccounts.AsNoTracking().SingleAsync(a => a.District == 20));
        stored.ProtectedAccessToken.ShouldNotContain(FakeXServer.Credentials.AccessToken);
        stored.ProtectedAccessTokenSecret.ShouldNotContain(FakeXServer.Credentials.TokenSecret);
        (stored.ConnectedById, stored.ConnectedByName).ShouldBe(((await app.Factory.FindUserAsync("isd.accounts")).Id, "Test isd.accounts"));
        connected.Text("#district-20").ShouldContain("Connected by Test isd.accounts");

        var tested = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string>(), handler: "Test&district=20");
        tested.Text("[role=status]").ShouldContain("@CPD12thDist", customMessage: tested.Errors());
        tested.Text("#district-20 .account-state").ShouldContain("@CPD12thDist");
        (await app.Factory.AuditTrailAsync("XAccount", "20")).ShouldBe(["x-account.connected", "x-account.verified"]);
        var audit = await app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.AuditEvents.Select(e => e.Details).ToListAsync());
        audit.ShouldAllBe(d => !d.Contains(FakeXServer.Credentials.AccessToken) && !d.Contains(FakeXServer.Credentials.TokenSecret));
        (await isd.GetAsync("/Admin/Accounts")).Source.Text.ShouldNotContain(FakeXServer.Credentials.AccessToken);
    }

    [Fact]
    public async Task A_rate_limited_connection_test_says_so_and_leaves_the_account_connected()
    {
        using var isd = await app.Factory.SignedInAsync("isd.ratelimit", null, Roles.IsdAdministrator);
        await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string> { ["accessToken"] = FakeXServer.Credentials.AccessToken, ["accessTokenSecret"] = FakeXServer.Credentials.TokenSecret }, handler: "Connect&district=17");
        app.X.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Get, "/2/users/me");

        var tested = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string>(), handler: "Test&district=17");

        tested.Text("#district-17").ShouldContain("rate limit");
        var stored = await app.Factory.WithServiceAsync<XAccountConnection, CpdTwitterDbContext>(db => db.XAccounts.AsNoTracking().SingleAsync(a => a.District == 17));
        stored.NeedsReconnect.ShouldBeFalse();
    }

    [Fact]
    public async Task A_401_on_the_connection_test_marks_the_account_and_shows_ISD_and_News_Affairs_a_banner()
    {
        using var isd = await app.Factory.SignedInAsync("isd.banner", null, Roles.IsdAdministrator);
        using var news = await app.Factory.SignedInAsync("news.banner", null, Roles.NewsAffairs);
        using var officer = await app.Factory.SignedInAsync("po.banner", 22, Roles.Representative);
        await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string> { ["accessToken"] = "wrong-token", ["accessTokenSecret"] = "wrong-secret" }, handler: "Connect&district=22");

        var tested = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string>(), handler: "Test&district=22");

        tested.Text("#district-22").ShouldContain("X refused these credentials");
        tested.Text("#district-22 .account-state").ShouldContain("Needs reconnect");
        var stored = await app.Factory.WithServiceAsync<XAccountConnection, CpdTwitterDbContext>(db => db.XAccounts.AsNoTracking().SingleAsync(a => a.District == 22));
        stored.NeedsReconnect.ShouldBeTrue();
        (await app.Factory.AuditTrailAsync("XAccount", "22")).ShouldBe(["x-account.connected", "x-account.needs-reconnect"]);
        (await news.GetAsync("/Publishing")).Text("#reconnect-banner").ShouldContain("district 022");
        (await isd.GetAsync("/")).Text("#account-banner").ShouldContain("district 022");
        (await news.GetAsync("/")).Text("#account-banner").ShouldContain("district 022");
        (await officer.GetAsync("/")).QuerySelector("#account-banner").ShouldBeNull();
        await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string> { ["accessToken"] = FakeXServer.Credentials.AccessToken, ["accessTokenSecret"] = FakeXServer.Credentials.TokenSecret }, handler: "Connect&district=22");
        (await isd.GetAsync("/")).QuerySelector("#account-banner").ShouldBeNull();
    }

    [Fact]
    public async Task A_commander_pauses_and_resumes_their_own_district_with_a_reason()
    {
        using var commander = await app.Factory.SignedInAsync("cmdr.pause", 24, Roles.Commander);
        using var sergeant = await app.Factory.SignedInAsync("sgt.pause", 24, Roles.CommunityPolicingSergeant);

        var noReason = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string> { ["reason"] = " " }, handler: "Pause");
        noReason.Text("#pause-heading").ShouldNotBeEmpty();
        noReason.Body!.TextContent.ShouldContain("Say why publishing is paused");
        var paused = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string> { ["reason"] = "Verifying an incident with News Affairs" }, handler: "Pause");
        paused.Text("#pause-state").ShouldContain("Verifying an incident with News Affairs");
        (await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.PublishingSwitches.AnyAsync(s => s.Scope == 24 && s.PausedAt != null))).ShouldBeTrue();
        var resumed = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string>(), handler: "Resume");
        resumed.Text("[role=status]").ShouldContain("Publishing resumed");

        await sergeant.GetAsync("/Commander/Publishing");
        sergeant.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Factory.AuditTrailAsync("Publishing", "24")).ShouldBe(["publishing.paused", "publishing.resumed"]);
    }

    [Fact]
    public async Task A_commander_pauses_only_their_own_district_and_the_department_queue_shows_why_posts_wait()
    {
        await app.ConnectAsync(11);
        await app.ConnectAsync(12);
        await app.RepresentativeAsync("po.hold11", 11, 1, "41101");
        using var representative = await app.Factory.SignedInAsync("po.hold11", 11, Roles.Representative);
        using var commander11 = await app.Factory.SignedInAsync("cmdr.hold11", 11, Roles.Commander);
        using var isd = await app.Factory.SignedInAsync("isd.hold11", null, Roles.IsdAdministrator);

        await commander11.SubmitAsync("/Commander/Publishing", new Dictionary<string, string> { ["reason"] = "Awaiting a family notification" }, handler: "Pause");
        var held = await PublishingApp.SubmitAsync(representative, "Street closure on Harrison St. until 6 p.m. tonight for a community event.");
        await app.DrainAsync();

        (await app.PostAsync(held)).State.ShouldBe(PostState.Queued);
        var switches = await app.Factory.WithServiceAsync<List<PublishingSwitch>, CpdTwitterDbContext>(db => db.PublishingSwitches.AsNoTracking().ToListAsync());
        switches.ShouldContain(s => s.Scope == 11 && s.IsPaused);
        switches.ShouldNotContain(s => s.Scope == 12 && s.IsPaused);
        switches.ShouldNotContain(s => s.Scope == PublishingSwitch.DepartmentScope && s.IsPaused);
        var queue = await isd.GetAsync("/Publishing");
        var row = queue.QuerySelectorAll("#queue tbody tr").Single(r => r.QuerySelector($"a[href='/Posts/{held}']") is not null);
        row.TextContent.ShouldContain("011");
        row.QuerySelector(".hold")!.TextContent.ShouldContain("Awaiting a family notification");
        var pausedEvent = await app.Factory.WithServiceAsync<int?, CpdTwitterDbContext>(db => db.AuditEvents.Where(e => e.SubjectType == "Publishing" && e.SubjectId == "11").Select(e => e.District).SingleAsync());
        pausedEvent.ShouldBe(11);

        await commander11.SubmitAsync("/Commander/Publishing", new Dictionary<string, string>(), handler: "Resume");
        await app.WaitForAsync(held, PostState.Published);
    }

    [Fact]
    public async Task A_commander_can_require_sergeant_approval_for_the_district()
    {
        using var commander = await app.Factory.SignedInAsync("cmdr.sergeant", 25, Roles.Commander);

        var on = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string>(), handler: "SergeantApproval");

        on.Text("#sergeant-state").ShouldContain("needs the community policing sergeant's");
        (await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.PublishingSwitches.AnyAsync(s => s.Scope == 25 && s.RequireSergeantApproval))).ShouldBeTrue();
        var off = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string>(), handler: "SergeantApproval");
        off.Text("#sergeant-state").ShouldContain("publish routine posts themselves");
    }

    [Theory]
    [InlineData("0", "Choose between 1 hour and 30 days (720 hours).")]
    [InlineData("-1", "Choose between 1 hour and 30 days (720 hours).")]
    [InlineData("10000", "Choose between 1 hour and 30 days (720 hours).")]
    [InlineData("", "Enter the number of hours.")]
    public async Task A_review_period_out_of_range_is_refused_next_to_the_field_and_nothing_is_stored(string hours, string message)
    {
        using var commander = await app.Factory.SignedInAsync("cmdr.period.bad", 16, Roles.Commander);

        var page = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string> { ["hours"] = hours }, handler: "ReviewPeriod");

        var error = page.QuerySelector("form[action*='handler=ReviewPeriod'] .text-danger");
        error.ShouldNotBeNull($"No message next to the field; the page says: {page.Errors()}");
        error.TextContent.Trim().ShouldBe(message);
        page.QuerySelector("[role=status]").ShouldBeNull();
        (await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.PublishingSwitches.AnyAsync(s => s.Scope == 16))).ShouldBeFalse();
        (await app.Factory.AuditTrailAsync("Publishing", "16")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_commander_sets_the_review_period_which_is_stored_and_audited()
    {
        using var commander = await app.Factory.SignedInAsync("cmdr.period", 15, Roles.Commander);

        var page = await commander.SubmitAsync("/Commander/Publishing", new Dictionary<string, string> { ["hours"] = "48" }, handler: "ReviewPeriod");

        page.Text("[role=status]").ShouldBe("Postings are now due for review within 48 hours.", page.Errors());
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#review-hours")!.Value.ShouldBe("48");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.PublishingSwitches.Where(s => s.Scope == 15).Select(s => s.ReviewWithinHours).SingleAsync())).ShouldBe(48);
        (await app.Factory.AuditTrailAsync("Publishing", "15")).ShouldBe(["publishing.review-period-changed"]);
    }

    [Fact]
    public async Task News_Affairs_pauses_every_district_and_a_representative_cannot_open_the_page()
    {
        using var news = await app.Factory.SignedInAsync("news.pauseall", null, Roles.NewsAffairs);
        using var officer = await app.Factory.SignedInAsync("po.pauseall", 12, Roles.Representative);

        var paused = await news.SubmitAsync("/Publishing", new Dictionary<string, string> { ["reason"] = "City-wide emergency: hold all posts" }, handler: "Pause");
        paused.Text("#pause-state").ShouldContain("City-wide emergency");
        (await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.PublishingSwitches.AnyAsync(s => s.Scope == PublishingSwitch.DepartmentScope && s.PausedAt != null))).ShouldBeTrue();
        var resumed = await news.SubmitAsync("/Publishing", new Dictionary<string, string>(), handler: "Resume");
        resumed.Text("#pause-state").ShouldContain("Publishing is running");
        var departmentEvents = await app.Factory.WithServiceAsync<List<(string Action, int? District)>, CpdTwitterDbContext>(async db =>
            (await db.AuditEvents.Where(e => e.SubjectType == "Publishing" && e.SubjectId == "0").OrderBy(e => e.Sequence).Select(e => new { e.Action, e.District }).ToListAsync())
            .Select(e => (e.Action, e.District)).ToList());
        departmentEvents.ShouldBe([("publishing.paused", (int?)null), ("publishing.resumed", (int?)null)]);

        await officer.GetAsync("/Publishing");
        officer.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_ISD_resolves_a_post_whose_outcome_is_unknown()
    {
        var authorId = await app.Factory.CreateUserAsync("po.unknown", 19, Roles.Representative);
        var post = Post.Draft(19, authorId, "P.O. Unknown", new PostContent(PostCategory.CommunityAlert, "Unknown-outcome post", null, false, null), DateTime.UtcNow);
        post.Submit(authorId, PolicyReview.Clear, false, DateTime.UtcNow);
        post.MarkOutcomeUnknown(post.Text, "X did not answer in time.", DateTime.UtcNow);
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => { db.Posts.Add(post); return db.SaveChangesAsync(); });
        using var news = await app.Factory.SignedInAsync("news.unknown", null, Roles.NewsAffairs);
        using var isd = await app.Factory.SignedInAsync("isd.unknown", null, Roles.IsdAdministrator);

        var page = await news.GetAsync("/Publishing");
        page.Text("#unknown").ShouldContain("Unknown-outcome post");
        page.QuerySelector("#unknown form").ShouldBeNull();
        var token = page.AntiforgeryToken();
        await news.PostAsync($"/Publishing?handler=ResolvePublished&id={post.Id}", [new("xPostId", "1860000000000000999"), new("__RequestVerificationToken", token)]);
        news.Status.ShouldBe(HttpStatusCode.Forbidden);

        var bad = await isd.SubmitAsync("/Publishing", new Dictionary<string, string> { ["xPostId"] = "not-an-id" }, handler: $"ResolvePublished&id={post.Id}");
        bad.Text("#unknown").ShouldContain("Enter the post's id on X");
        var resolved = await isd.SubmitAsync("/Publishing", new Dictionary<string, string> { ["xPostId"] = "1860000000000000999" }, handler: $"ResolvePublished&id={post.Id}");
        resolved.Text("[role=status]").ShouldContain("Recorded as published");
        var stored = await app.PostAsync(post.Id);
        stored.State.ShouldBe(PostState.Published);
        stored.XPostId.ShouldBe("1860000000000000999");
    }

    [Fact]
    public async Task Only_ISD_sends_an_unknown_outcome_post_again()
    {
        var authorId = await app.Factory.CreateUserAsync("po.requeue", 18, Roles.Representative);
        await app.ConnectAsync(18);
        var post = Post.Draft(18, authorId, "P.O. Requeue", new PostContent(PostCategory.CommunityAlert, "Requeue-after-unknown post", null, false, null), DateTime.UtcNow);
        post.Submit(authorId, PolicyReview.Clear, false, DateTime.UtcNow);
        post.MarkOutcomeUnknown(post.Text, "X did not answer in time.", DateTime.UtcNow);
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => { db.Posts.Add(post); return db.SaveChangesAsync(); });
        using var news = await app.Factory.SignedInAsync("news.requeue", null, Roles.NewsAffairs);
        using var isd = await app.Factory.SignedInAsync("isd.requeue", null, Roles.IsdAdministrator);

        var page = await news.GetAsync("/Publishing");
        var token = page.AntiforgeryToken();
        await news.PostAsync($"/Publishing?handler=Requeue&id={post.Id}", [new("__RequestVerificationToken", token)]);
        news.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await app.PostAsync(post.Id)).State.ShouldBe(PostState.OutcomeUnknown);

        var requeued = await isd.SubmitAsync("/Publishing", new Dictionary<string, string>(), handler: $"Requeue&id={post.Id}");
        requeued.Text("[role=status]").ShouldContain("Queued to be sent again");
        // It really goes again: X receives it and the post is published; the post's trail shows exactly that.
        var published = await app.WaitForAsync(post.Id, PostState.Published);
        app.X.Posts[published.XPostId!].ShouldBe("Requeue-after-unknown post");
        (await app.Factory.AuditTrailAsync("Post", post.Id.ToString())).ShouldBe(["post.requeued", "post.send-attempted", "post.published"]);

        var again = await PostWithTokenAsync(isd, "/Publishing", $"/Publishing?handler=Requeue&id={Guid.NewGuid()}");
        isd.Status.ShouldBe(HttpStatusCode.OK);
        again.Errors().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task News_Affairs_keeps_the_policy_lists_and_the_checks_use_them()
    {
        using var news = await app.Factory.SignedInAsync("news.policy", null, Roles.NewsAffairs);

        var added = await news.SubmitAsync("/NewsAffairs/Policy", new Dictionary<string, string> { ["kind"] = nameof(PolicyListKind.AllowedDomain), ["value"] = "https://www.cpdpartners.org/" }, handler: "Add");
        added.Text("#alloweddomain").ShouldContain("www.cpdpartners.org");
        var twice = await news.SubmitAsync("/NewsAffairs/Policy", new Dictionary<string, string> { ["kind"] = nameof(PolicyListKind.AllowedDomain), ["value"] = "www.cpdpartners.org" }, handler: "Add");
        twice.Text("#alloweddomain").ShouldContain("already on the list");
        var bad = await news.SubmitAsync("/NewsAffairs/Policy", new Dictionary<string, string> { ["kind"] = nameof(PolicyListKind.AllowedDomain), ["value"] = "not a domain" }, handler: "Add");
        bad.Text("#alloweddomain").ShouldContain("Enter a domain");
        await news.SubmitAsync("/NewsAffairs/Policy", new Dictionary<string, string> { ["kind"] = nameof(PolicyListKind.NotableTerm), ["value"] = "barricade" }, handler: "Add");

        var review = await app.Factory.WithServiceAsync<PolicyReview, PostWorkflow>(w => w.ReviewAsync("Barricaded subject: see https://www.cpdpartners.org/help", false, 12));
        review.AdvertisingReasons.ShouldBeEmpty();
        review.NotableReasons.ShouldContain(r => r.Contains("Barricaded", StringComparison.Ordinal));
        var domainId = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.PolicyTerms.Where(t => t.Value == "www.cpdpartners.org").Select(t => t.Id).SingleAsync());
        var id = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.PolicyTerms.Where(t => t.Value == "barricade").Select(t => t.Id).SingleAsync());
        (await app.Factory.AuditTrailAsync("PolicyTerm", domainId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(["policy.term-added"]);
        (await app.Factory.AuditTrailAsync("PolicyTerm", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(["policy.term-added"]);

        await news.SubmitAsync("/NewsAffairs/Policy", new Dictionary<string, string>(), handler: $"Remove&id={id}");
        (await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.PolicyTerms.AnyAsync(t => t.Value == "barricade"))).ShouldBeFalse();
        (await app.Factory.AuditTrailAsync("PolicyTerm", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(["policy.term-added", "policy.term-removed"]);

        var gone = await PostWithTokenAsync(news, "/NewsAffairs/Policy", $"/NewsAffairs/Policy?handler=Remove&id={id}");
        news.Status.ShouldBe(HttpStatusCode.OK);
        gone.Errors().ShouldContain("no longer on the list");
        var noList = await news.SubmitAsync("/NewsAffairs/Policy", new Dictionary<string, string> { ["kind"] = "Everything", ["value"] = "riot" }, handler: "Add");
        noList.Errors().ShouldContain("The value 'Everything' is not valid."); // refused while binding: the handler never runs
        (await app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.PolicyTerms.AnyAsync(t => t.Value == "riot"))).ShouldBeFalse();
    }
}
