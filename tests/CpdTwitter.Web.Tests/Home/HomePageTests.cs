using AngleSharp.Dom;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Home;

/// <summary>
/// Each role's home page says what needs that person now, with counts that link to the lists, and the navigation shows
/// the same counts as badges. District 014 is counted; district 015 has more of everything and must never show in it.
/// </summary>
public sealed class HomePageTests : IAsyncLifetime
{
    private const int Ours = 14;
    private const int Other = 15;
    private readonly DepartmentNetworkFactory _factory = new();
    private readonly Dictionary<string, Guid> _posts = [];

    public async ValueTask InitializeAsync()
    {
        var author = await _factory.CreateUserAsync("po.home", Ours, Roles.Representative);
        var otherAuthor = await _factory.CreateUserAsync("po.other", Other, Roles.Representative);
        await _factory.CreateUserAsync("sgt.home", Ours, Roles.CommunityPolicingSergeant);
        await _factory.CreateUserAsync("sgt.quiet", 16, Roles.CommunityPolicingSergeant);
        await _factory.CreateUserAsync("cmdr.home", Ours, Roles.Commander);
        await _factory.CreateUserAsync("news.home", null, Roles.NewsAffairs);
        await _factory.CreateUserAsync("isd.home", null, Roles.IsdAdministrator);
        await _factory.CreateUserAsync("isd.both", null, Roles.IsdAdministrator, Roles.NewsAffairs);
        var locked = await _factory.CreateUserAsync("po.locked", Other, Roles.Representative);

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        Seed(db, Ours, author, drafts: 2, returned: 1, sergeantApprovals: 1, newsApprovals: 1, waitingReview: 2, overdue: 1, corrections: 1, correctedAlready: 1, unknown: 1);
        Seed(db, Other, otherAuthor, drafts: 5, returned: 4, sergeantApprovals: 3, newsApprovals: 2, waitingReview: 4, overdue: 3, corrections: 2, correctedAlready: 0, unknown: 1);
        await db.SaveChangesAsync();

        var registry = scope.ServiceProvider.GetRequiredService<RepresentativeRegistry>();
        var appointed = await registry.AppointAsync(Ours, 1, new RepresentativeInput("po.home", null, "Police Officer", "42121", "942121", "po.home@chicagopolice.org"), TestActors.Commander(Ours));
        appointed.Succeeded.ShouldBeTrue(string.Join("; ", appointed.Errors.Select(e => e.Message)));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(locked);
        (await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddHours(1))).Succeeded.ShouldBeTrue();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_representative_sees_drafts_returned_posts_and_corrections_of_their_district_only()
    {
        using var browser = await SignedInAsync("po.home");
        var home = await browser.GetAsync("/");

        Count(home, "drafts").ShouldBe(2);
        Count(home, "returned").ShouldBe(1);
        Count(home, "corrections").ShouldBe(1);
        Link(home, "returned").ShouldBe("/Drafts?show=returned");
        home.QuerySelector("#need-returned .need-status")!.TextContent.ShouldBe("1 post to change and submit again");
        NavLink(home, "/Drafts").ShouldBe("Posts, 2 need you");

        var returned = await browser.GetAsync(Link(home, "returned"));
        returned.QuerySelectorAll("#filtered tbody tr").Select(r => r.GetAttribute("data-id")).ShouldBe([_posts["14-returned-0"].ToString()]);
        var corrections = await browser.GetAsync(Link(home, "corrections"));
        corrections.QuerySelectorAll("#filtered tbody tr").Select(r => r.GetAttribute("data-id")).ShouldBe([_posts["14-correction-0"].ToString()]);
        var drafts = await browser.GetAsync(Link(home, "drafts"));
        drafts.QuerySelectorAll("#filtered tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_sergeant_sees_approvals_reviews_and_overdue_reviews_of_their_district_with_badges()
    {
        using var browser = await SignedInAsync("sgt.home");
        var home = await browser.GetAsync("/");

        Count(home, "sergeant-approvals").ShouldBe(1);
        Count(home, "reviews").ShouldBe(3);
        Count(home, "overdue").ShouldBe(1);
        Link(home, "sergeant-approvals").ShouldBe("/Review/Approvals");
        Link(home, "overdue").ShouldBe("/Review");
        NavLink(home, "/Review/Approvals").ShouldBe("Approvals, 1 waiting");
        NavLink(home, "/Review").ShouldBe("Review, 3 waiting");

        // Another page shows the same badges.
        var review = await browser.GetAsync("/Review");
        NavLink(review, "/Review/Approvals").ShouldBe("Approvals, 1 waiting");
    }

    [Fact]
    public async Task Nothing_waiting_is_said_plainly_and_shows_no_badge()
    {
        using var browser = await SignedInAsync("sgt.quiet");
        var home = await browser.GetAsync("/");

        home.QuerySelector("#needs-CommunityPolicingSergeant-nothing")!.TextContent.ShouldBe("Nothing waiting.");
        home.QuerySelector("#need-sergeant-approvals .need-status")!.TextContent.ShouldBe("Nothing waiting");
        home.QuerySelector("#need-overdue .need-status")!.TextContent.ShouldBe("None overdue");
        home.QuerySelectorAll(".nav-count").ShouldBeEmpty();
        NavLink(home, "/Review/Approvals").ShouldBe("Approvals");
    }

    [Fact]
    public async Task A_commander_sees_the_registry_overdue_reviews_and_whether_publishing_is_paused()
    {
        using var browser = await SignedInAsync("cmdr.home");
        var home = await browser.GetAsync("/");

        home.QuerySelector("#need-registry .need-status")!.TextContent.ShouldBe("1 of 2 named: name one more; 1 not yet acknowledged by News Affairs");
        Count(home, "registry").ShouldBe(2);
        Count(home, "commander-overdue").ShouldBe(1);
        home.QuerySelector("#need-pause .need-status")!.TextContent.ShouldBe("Running");
        Link(home, "pause").ShouldBe("/Commander/Publishing");
        NavLink(home, "/Commander/Representatives").ShouldBe("Representatives, 2 to act on");
        NavLink(home, "/Review").ShouldBe("Review, 1 overdue");
    }

    [Fact]
    public async Task News_Affairs_sees_every_districts_approvals_and_the_registry_submissions()
    {
        using var browser = await SignedInAsync("news.home");
        var home = await browser.GetAsync("/");

        Count(home, "news-approvals").ShouldBe(3);
        Count(home, "registry-submissions").ShouldBe(1);
        NavLink(home, "/NewsAffairs/Approvals").ShouldBe("Approvals, 3 waiting");
        NavLink(home, "/NewsAffairs/Representatives").ShouldBe("Registry submissions, 1 waiting");
    }

    [Fact]
    public async Task ISD_sees_accounts_to_reconnect_unknown_outcomes_and_locked_accounts()
    {
        using var browser = await SignedInAsync("isd.home");
        var home = await browser.GetAsync("/");

        Count(home, "reconnect").ShouldBe(0);
        home.QuerySelector("#need-reconnect .need-status")!.TextContent.ShouldBe("None to reconnect");
        Count(home, "unknown").ShouldBe(2);
        Count(home, "locked").ShouldBe(1);
        NavLink(home, "/Admin/Users").ShouldBe("Users, 1 locked");
        var users = await browser.GetAsync(Link(home, "locked"));
        users.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldBe(["po.locked"]);
    }

    [Fact]
    public async Task A_person_with_two_roles_sees_both_sections()
    {
        using var browser = await SignedInAsync("isd.both");
        var home = await browser.GetAsync("/");

        home.QuerySelector("#needs-NewsAffairs").ShouldNotBeNull();
        home.QuerySelector("#needs-IsdAdministrator").ShouldNotBeNull();
        Count(home, "news-approvals").ShouldBe(3);
        Count(home, "locked").ShouldBe(1);
    }

    private static int Count(IDocument page, string id) =>
        int.Parse(page.QuerySelector($"#need-{id} .need-status")!.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Link(IDocument page, string id) => page.QuerySelector($"#need-{id} a")!.GetAttribute("href")!;

    private static string NavLink(IDocument page, string href) =>
        page.QuerySelectorAll("#main-nav a.nav-link").Single(a => a.GetAttribute("href") == href).TextContent.Trim();

    private async Task<Browser> SignedInAsync(string logOnId)
    {
        var browser = new Browser(_factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    private void Seed(CpdTwitterDbContext db, int district, string author, int drafts, int returned, int sergeantApprovals, int newsApprovals, int waitingReview, int overdue, int corrections, int correctedAlready, int unknown)
    {
        var now = DateTime.UtcNow;
        var sergeant = new PostApprover($"sgt-{district}", "Sgt. Seed", false, district);
        var news = new PostApprover("news-seed", "News Seed", true, null);
        Post New(string name, int i, DateTime at)
        {
            var post = Post.Draft(district, author, "P.O. Seed", new PostContent(PostCategory.CommunityAlert, $"District {district} {name} {i}", null, false, null), at);
            _posts[$"{district}-{name}-{i}"] = post.Id;
            db.Posts.Add(post);
            return post;
        }

        Post Published(string name, int i, DateTime at)
        {
            var post = New(name, i, at);
            post.Submit(author, PolicyReview.Clear, false, at);
            post.MarkPublished($"x-{district}-{name}-{i}", null, post.Text, "sandbox", true, at);
            return post;
        }

        for (var i = 0; i < drafts; i++)
        {
            New("draft", i, now.AddHours(-1));
        }

        for (var i = 0; i < returned; i++)
        {
            var post = New("returned", i, now.AddHours(-1));
            post.Submit(author, PolicyReview.Clear, true, now.AddHours(-1));
            post.ReturnToAuthor(sergeant, "Say where.", now.AddMinutes(-30));
        }

        for (var i = 0; i < sergeantApprovals; i++)
        {
            New("approval", i, now.AddHours(-1)).Submit(author, PolicyReview.Clear, true, now.AddHours(-1));
        }

        for (var i = 0; i < newsApprovals; i++)
        {
            New("notable", i, now.AddHours(-1)).Submit(author, new PolicyReview(["An arrest"], [], []), false, now.AddHours(-1));
        }

        for (var i = 0; i < waitingReview; i++)
        {
            Published("published", i, now.AddHours(-2));
        }

        for (var i = 0; i < overdue; i++)
        {
            Published("overdue", i, now.AddDays(-4));
        }

        for (var i = 0; i < corrections + correctedAlready; i++)
        {
            var post = Published("correction", i, now.AddHours(-3));
            post.Review(sergeant, ReviewOutcome.NeedsCorrection, ReviewChecklist.Complete, "The date is wrong.", now.AddHours(-2));
            if (i >= corrections)
            {
                var fix = Post.Draft(district, author, "P.O. Seed", new PostContent(PostCategory.CommunityAlert, "Corrected", null, false, null), now, post);
                fix.Submit(author, PolicyReview.Clear, false, now);
                db.Posts.Add(fix);
            }
        }

        for (var i = 0; i < unknown; i++)
        {
            var post = New("unknown", i, now.AddHours(-1));
            post.Submit(author, PolicyReview.Clear, false, now.AddHours(-1));
            post.MarkOutcomeUnknown(post.Text, "No answer from X.", now.AddMinutes(-50));
        }
    }
}
