using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Guidance;

/// <summary>
/// News Affairs' guidance (directive V.C.1): published as versions, read by everyone, acknowledged by representatives,
/// who cannot submit a post until they have acknowledged the current version.
/// </summary>
public sealed class GuidanceGateTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<Browser> RepresentativeAsync(string logOnId, int district, int slot, string star)
    {
        await app.RepresentativeAsync(logOnId, district, slot, star);
        await app.ConnectAsync(district);
        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    private static async Task<AngleSharp.Dom.IDocument> PublishAsync(Browser newsAffairs, string markdown, string summary) =>
        await newsAffairs.SubmitAsync("/NewsAffairs/Guidance", new Dictionary<string, string>
        {
            ["Input.Markdown"] = markdown,
            ["Input.Summary"] = summary,
        }, handler: "Publish");

    /// <summary>Sends the composer's Submit as a hand-made request (the page hides the button while submitting is refused).</summary>
    private static async Task<AngleSharp.Dom.IDocument> TrySubmitAsync(Browser representative, string text)
    {
        var compose = await representative.GetAsync("/Drafts/Compose");
        return await representative.PostAsync("/Drafts/Compose?handler=Submit", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = compose.AntiforgeryToken("#compose-form"),
            ["FormToken"] = compose.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=FormToken]")!.Value,
            ["Input.Category"] = nameof(PostCategory.CommunityAlert),
            ["Input.Text"] = text,
            ["Input.MarkedNotable"] = "false",
        });
    }

    private Task<int> PostsWithTextAsync(string text) =>
        app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.CountAsync(p => p.Text == text));

    [Fact]
    public async Task Submitting_waits_until_the_current_version_is_acknowledged_and_a_new_version_asks_again()
    {
        using var officer = await RepresentativeAsync("po.gate", 3, 1, "30001");
        using var newsAffairs = await app.Factory.SignedInAsync("news.gate", null, Roles.NewsAffairs);
        (await PublishAsync(newsAffairs, "## Posting\n\nPost district crime alerts.", "First guidance")).Text("#guidance-status").ShouldStartWith("Published guidance version");
        var version = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceVersions.MaxAsync(v => v.Number));

        const string text = "Street closure on Ogden Ave until 6 pm: use Ashland instead.";
        var refused = await TrySubmitAsync(officer, text);

        refused.Errors().ShouldContain($"Read and acknowledge the current guidance (version {version}, published ");
        refused.Errors().ShouldContain(") before submitting.");
        refused.QuerySelector("#read-guidance")!.GetAttribute("href").ShouldBe("/Guidance");
        refused.QuerySelector("button[formaction*='handler=Submit']").ShouldBeNull();
        (await PostsWithTextAsync(text)).ShouldBe(0);

        var guidance = await officer.GetAsync("/Guidance");
        guidance.QuerySelector("#guidance-text h3")!.TextContent.ShouldBe("Posting");
        var acknowledged = await officer.SubmitAsync(guidance, new Dictionary<string, string>(), handler: "Acknowledge");
        acknowledged.Text("#guidance-acknowledged").ShouldStartWith($"You acknowledged version {version} on ");

        await PublishingApp.SubmitAsync(officer, text);
        (await PostsWithTextAsync(text)).ShouldBe(1);

        (await PublishAsync(newsAffairs, "## Posting\n\nPost district crime alerts.\n\n## Media\n\nMedia inquiries go to News Affairs.", "Media inquiries added")).Text("#guidance-status").ShouldStartWith("Published guidance version");
        var again = await TrySubmitAsync(officer, "Beat 1231 meeting Tuesday 6:30 pm at Union Park.");
        again.Errors().ShouldContain($"(version {version + 1}, published ");
    }

    [Fact]
    public async Task Acknowledging_twice_keeps_one_acknowledgement_and_both_acts_are_audited()
    {
        using var officer = await RepresentativeAsync("po.twice", 4, 1, "40001");
        using var newsAffairs = await app.Factory.SignedInAsync("news.twice", null, Roles.NewsAffairs);
        await PublishAsync(newsAffairs, "Guidance for the twice test " + Guid.NewGuid(), "Twice");
        var version = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceVersions.MaxAsync(v => v.Number));
        var page = await officer.GetAsync("/Guidance");

        await officer.SubmitAsync(page, new Dictionary<string, string>(), handler: "Acknowledge");
        await officer.SubmitAsync(page, new Dictionary<string, string>(), handler: "Acknowledge");

        var userId = (await app.Factory.FindUserAsync("po.twice")).Id;
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceAcknowledgements.CountAsync(a => a.UserId == userId))).ShouldBe(1);
        var trail = await app.Factory.AuditTrailAsync(AuditSubjects.Guidance, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        trail.ShouldBe([AuditActions.Guidance.Published, AuditActions.Guidance.Acknowledged]);
    }

    [Fact]
    public async Task Publishing_the_same_text_again_is_refused_next_to_the_field_and_the_summary_is_required()
    {
        using var newsAffairs = await app.Factory.SignedInAsync("news.same", null, Roles.NewsAffairs);
        var text = "Same text " + Guid.NewGuid();
        await PublishAsync(newsAffairs, text, "First");
        var before = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceVersions.CountAsync());

        var same = await PublishAsync(newsAffairs, text, "Again");
        var noSummary = await PublishAsync(newsAffairs, text + " changed", "  ");

        same.FieldError("Input.Markdown").ShouldEndWith("already: change the guidance before publishing a new version.");
        noSummary.FieldError("Input.Summary").ShouldBe("Say in a sentence what changed; representatives see it before they read the difference.");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceVersions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_new_version_notifies_every_active_representative_in_app_and_by_email()
    {
        await app.RepresentativeAsync("po.told", 5, 1, "50001");
        using var newsAffairs = await app.Factory.SignedInAsync("news.told", null, Roles.NewsAffairs);
        using var sergeant = await app.Factory.SignedInAsync("sgt.told", 5, Roles.CommunityPolicingSergeant);

        await PublishAsync(newsAffairs, "Notified text " + Guid.NewGuid(), "Told everyone");

        var told = (await app.Factory.FindUserAsync("po.told")).Id;
        var notSergeant = (await app.Factory.FindUserAsync("sgt.told")).Id;
        var notes = await app.Factory.WithServiceAsync<List<Domain.Notifications.Notification>, CpdTwitterDbContext>(db =>
            db.Notifications.AsNoTracking().Where(n => (n.UserId == told || n.UserId == notSergeant) && n.Text.Contains("Told everyone")).ToListAsync());
        var note = notes.ShouldHaveSingleItem();
        note.UserId.ShouldBe(told);
        note.Link.ShouldBe("/Guidance");
        note.Text.ShouldStartWith("News Affairs published guidance version ");
    }

    [Fact]
    public async Task A_representative_cannot_edit_guidance()
    {
        using var officer = await RepresentativeAsync("po.noedit", 6, 1, "60001");

        await officer.GetAsync("/NewsAffairs/Guidance");
        officer.Status.ShouldBe(HttpStatusCode.Forbidden);
        await officer.PostAsync("/NewsAffairs/Guidance?handler=Publish", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = (await officer.GetAsync("/Drafts/Compose")).AntiforgeryToken("#compose-form"),
            ["Input.Markdown"] = "Officer's own guidance",
            ["Input.Summary"] = "Mine",
        });
        officer.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceVersions.CountAsync(v => v.Markdown == "Officer's own guidance"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_commander_sees_only_the_own_districts_acknowledgements_and_News_Affairs_sees_all()
    {
        using var own = await RepresentativeAsync("po.ownack", 7, 1, "70001");
        await app.RepresentativeAsync("po.otherack", 8, 1, "80001");
        using var newsAffairs = await app.Factory.SignedInAsync("news.ack", null, Roles.NewsAffairs);
        using var commander = await app.Factory.SignedInAsync("cmdr.ack", 7, Roles.Commander);
        await PublishAsync(newsAffairs, "Acknowledgement list text " + Guid.NewGuid(), "For the list");
        await own.SubmitAsync(await own.GetAsync("/Guidance"), new Dictionary<string, string>(), handler: "Acknowledge");

        var list = await commander.GetAsync("/Commander/Guidance");
        var rows = list.QuerySelectorAll("#readers-table tbody tr").Select(r => r.TextContent).ToList();
        rows.ShouldHaveSingleItem().ShouldContain("Test po.ownack");
        rows[0].ShouldContain("Acknowledged ");

        var department = await newsAffairs.GetAsync("/NewsAffairs/Guidance");
        var all = department.QuerySelectorAll("#readers-table tbody tr").Select(r => r.TextContent).ToList();
        all.ShouldContain(r => r.Contains("Test po.ownack") && r.Contains("Acknowledged "));
        all.ShouldContain(r => r.Contains("Test po.otherack") && r.Contains("Not yet acknowledged"));
    }

    [Fact]
    public async Task The_home_page_asks_a_representative_to_read_a_new_version()
    {
        using var officer = await RepresentativeAsync("po.home", 9, 1, "90001");
        using var newsAffairs = await app.Factory.SignedInAsync("news.home", null, Roles.NewsAffairs);
        await PublishAsync(newsAffairs, "Home page text " + Guid.NewGuid(), "For the home page");

        var home = await officer.GetAsync("/");
        home.QuerySelector("#need-guidance .need-status")!.GetAttribute("data-count").ShouldBe("1");
        home.QuerySelector("#need-guidance a")!.GetAttribute("href").ShouldBe("/Guidance");

        await officer.SubmitAsync(await officer.GetAsync("/Guidance"), new Dictionary<string, string>(), handler: "Acknowledge");
        (await officer.GetAsync("/")).QuerySelector("#need-guidance .need-status")!.GetAttribute("data-count").ShouldBe("0");
    }

    [Fact]
    public async Task Earlier_versions_stay_readable_with_their_difference()
    {
        using var reader = await app.Factory.SignedInAsync("sgt.reader", 10, Roles.CommunityPolicingSergeant);
        using var newsAffairs = await app.Factory.SignedInAsync("news.diff", null, Roles.NewsAffairs);
        var marker = Guid.NewGuid().ToString("N");
        await PublishAsync(newsAffairs, $"Line one {marker}\nLine two", "Diff base");
        await PublishAsync(newsAffairs, $"Line one {marker}\nLine three", "Line three instead of two");
        var latest = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.GuidanceVersions.MaxAsync(v => v.Number));

        var current = await reader.GetAsync("/Guidance");
        current.Text("#guidance-summary").ShouldBe("Line three instead of two");
        current.QuerySelector(".guidance-diff del")!.TextContent.ShouldContain("Line two");
        current.QuerySelector(".guidance-diff ins")!.TextContent.ShouldContain("Line three");
        current.QuerySelector("#guidance-acknowledgement").ShouldBeNull();

        var earlier = await reader.GetAsync($"/Guidance?version={latest - 1}");
        earlier.Text("#guidance-text").ShouldContain("Line two");
        earlier.Text("#guidance-summary").ShouldBe("Diff base");
        await reader.GetAsync("/Guidance?version=9999");
        reader.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
