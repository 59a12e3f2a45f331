using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.NewsAffairs;

/// <summary>
/// The News Affairs dashboard (issue 14) against postings seeded at known times on the fixed clock (Wednesday 25 November
/// 2026, 10:30 CST): the weeks are Chicago weeks from Monday 7 September to this week, Monday 23 November.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private static readonly PostApprover Sergeant12 = new("u-dash-sgt12", "Sgt. Dash", IsNewsAffairs: false, SupervisesDistrict: 12);
    private static readonly PostApprover Sergeant11 = new("u-dash-sgt11", "Sgt. Eleven", IsNewsAffairs: false, SupervisesDistrict: 11);
    private static readonly PostApprover News = new("u-dash-news", "News Dash", IsNewsAffairs: true, SupervisesDistrict: null);
    private static readonly ReviewChecklist AllChecked = new(true, true, true, true, true);

    private readonly FixedClockFactory _factory = new() { Settings = new Dictionary<string, string> { ["X:MonthlyPostCap"] = "10", ["Publishing:Enabled"] = "false" } };

    private static DateTime Now => FixedClockFactory.Now.UtcDateTime;

    private static DateTime At(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public async ValueTask InitializeAsync()
    {
        var author12 = await _factory.CreateUserAsync("po.dash12", 12, Roles.Representative);
        var author11 = await _factory.CreateUserAsync("po.dash11", 11, Roles.Representative);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();

        // District 12, this week (Monday 23 November from 06:00 UTC): four approved by the sergeant after 1, 2, 3 and 4 hours.
        for (var hours = 1; hours <= 4; hours++)
        {
            var submitted = At(11, 23, 8);
            db.Posts.Add(Published(author12, 12, submitted, submitted.AddHours(hours), submitted.AddHours(hours).AddMinutes(1), reviewed: true));
        }

        // Sunday 22 November 23:30 CST is Monday 05:30 UTC: last week in Chicago.
        db.Posts.Add(Published(author12, 12, At(11, 23, 5), null, At(11, 23, 5, 30), reviewed: true));
        // Waiting for review: 100 hours ago (overdue after 72) and 10 hours ago.
        db.Posts.Add(Published(author12, 12, Now.AddHours(-101), null, Now.AddHours(-100), reviewed: false));
        db.Posts.Add(Published(author12, 12, Now.AddHours(-11), null, Now.AddHours(-10), reviewed: false));
        // Discontinued: in the week of 28 September (incorrect), and in 2025 (outdated; all time only).
        var october = Published(author12, 12, At(10, 1, 14), null, At(10, 1, 15), reviewed: false);
        october.Discontinue(Sergeant12, DiscontinueReason.Incorrect, null, At(10, 2, 15));
        october.MarkDiscontinued(At(10, 2, 15, 1));
        db.Posts.Add(october);
        var old = Published(author12, 12, At(3, 1, 14, year: 2025), null, At(3, 1, 15, year: 2025), reviewed: true);
        old.Discontinue(News, DiscontinueReason.Outdated, null, At(3, 5, 15, year: 2025));
        old.MarkDiscontinued(At(3, 5, 15, 1, year: 2025));
        db.Posts.Add(old);
        // X refused one of district 12's posts.
        var failed = Queued(author12, 12, Now.AddHours(-3));
        failed.MarkFailed("X refused the post: duplicate content.", Now.AddHours(-2));
        db.Posts.Add(failed);

        // District 11 reviews within 24 hours: its posting of 28.5 hours ago is overdue.
        var period = new PublishingSwitch(11);
        period.SetReviewWithin(TestActors.Commander(11), 24);
        db.PublishingSwitches.Add(period);
        db.Posts.Add(Published(author11, 11, At(11, 24, 11), null, At(11, 24, 12), reviewed: false));
        // Approved after 30 minutes in the week of 12 October; published before the weeks shown (1 September).
        db.Posts.Add(Published(author11, 11, At(10, 13, 15), At(10, 13, 15, 30), At(10, 13, 16), reviewed: true, sergeant: Sergeant11));
        db.Posts.Add(Published(author11, 11, At(9, 1, 15), null, At(9, 1, 16), reviewed: true, sergeant: Sergeant11));
        var unknown = Queued(author11, 11, Now.AddHours(-5));
        unknown.MarkOutcomeUnknown(unknown.Text, "X did not answer in time.", Now.AddHours(-4));
        db.Posts.Add(unknown);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private static Post Queued(string author, int district, DateTime at)
    {
        var post = Post.Draft(district, author, "P.O. Dash", new PostContent(PostCategory.CrimePreventionTip, $"Dashboard tip {Guid.NewGuid():N}: lock your car.", null, false, null), at.AddMinutes(-5));
        post.Submit(author, PolicyReview.Clear, districtRequiresSergeant: false, at);
        return post;
    }

    private static Post Published(string author, int district, DateTime submitted, DateTime? approved, DateTime published, bool reviewed, PostApprover? sergeant = null)
    {
        sergeant ??= Sergeant12;
        var post = Post.Draft(district, author, "P.O. Dash", new PostContent(PostCategory.CrimePreventionTip, $"Dashboard tip {Guid.NewGuid():N}: lock your car.", null, false, null), submitted.AddMinutes(-5));
        post.Submit(author, PolicyReview.Clear, districtRequiresSergeant: approved is not null, submitted);
        if (approved is { } at)
        {
            post.Approve(sergeant, null, null, PolicyLists.Defaults, at);
        }

        post.MarkPublished($"x-{Guid.NewGuid():N}", null, post.Text, "CPD", sandbox: true, published);
        if (reviewed)
        {
            post.Review(sergeant, ReviewOutcome.Reviewed, AllChecked, null, published.AddMinutes(30));
        }

        return post;
    }

    private static string[] Values(IElement row) => [.. row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-value") ?? "?")];

    private static IElement Row(IDocument page, string table, string attribute, string value) =>
        page.QuerySelector($"#{table} tbody tr[data-{attribute}='{value}']") ?? throw new ShouldAssertException($"No row {attribute}={value} in #{table}");

    [Fact]
    public async Task Counts_postings_per_chicago_week_and_district_by_their_publishing_time()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("#postings-table thead th").Skip(1).Select(th => th.TextContent).ShouldBe(
            ["Sep 7", "Sep 14", "Sep 21", "Sep 28", "Oct 5", "Oct 12", "Oct 19", "Oct 26", "Nov 2", "Nov 9", "Nov 16", "Nov 23"]);
        Values(Row(page, "postings-table", "district", "12")).ShouldBe(["0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "2", "5"]);
        Values(Row(page, "postings-table", "district", "11")).ShouldBe(["0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "1"]);
        page.QuerySelectorAll("#postings-table tbody tr").Length.ShouldBe(2);
        page.QuerySelector("#postings-table caption").ShouldNotBeNull();
        page.QuerySelector("#postings-table tbody th[scope=row] a")!.GetAttribute("href").ShouldBe("/NewsAffairs/Dashboard?district=11");
        page.QuerySelector("#dashboard-basis")!.TextContent.ShouldContain("published");
    }

    [Fact]
    public async Task Gives_the_nearest_rank_p50_and_p90_of_the_wait_for_approval_per_week()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        var rows = page.QuerySelectorAll("#approvals-table tbody tr");
        rows.Length.ShouldBe(12);
        // This week: 1, 2, 3 and 4 hours: p50 is the 2nd, p90 the 4th.
        Values(rows[11]).ShouldBe(["4", "2", "4"]);
        rows[11].QuerySelectorAll("td")[1].TextContent.ShouldBe("2 h");
        // Week of 12 October: one approval after 30 minutes.
        Values(rows[5]).ShouldBe(["1", "0.5", "0.5"]);
        rows[5].QuerySelectorAll("td")[2].TextContent.ShouldBe("30 min");
        Values(rows[0]).ShouldBe(["0", "", ""]);
    }

    [Fact]
    public async Task Shows_the_backlog_and_overdue_reviews_by_each_districts_own_period()
    {
        using var isd = await _factory.SignedInAsync("isd.dash", null, Roles.IsdAdministrator);
        var page = await isd.GetAsync("/NewsAffairs/Dashboard");

        isd.Status.ShouldBe(HttpStatusCode.OK);
        Values(Row(page, "backlog-table", "district", "12")).ShouldBe(["2", "1"]);
        Values(Row(page, "backlog-table", "district", "11")).ShouldBe(["1", "1"]);
        Row(page, "backlog-table", "district", "11").QuerySelector("th")!.TextContent.ShouldContain("24 h");
        page.QuerySelectorAll("#backlog-table tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Counts_discontinued_postings_by_reason_in_the_last_weeks_and_all_time()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        Values(Row(page, "reasons-table", "reason", nameof(DiscontinueReason.Incorrect))).ShouldBe(["1", "1"]);
        Values(Row(page, "reasons-table", "reason", nameof(DiscontinueReason.Outdated))).ShouldBe(["0", "1"]);
        Values(Row(page, "reasons-table", "reason", nameof(DiscontinueReason.Advertising))).ShouldBe(["0", "0"]);
    }

    [Fact]
    public async Task Lists_failures_and_unknown_outcomes_by_district_with_links_to_the_posts()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        Values(Row(page, "problems-table", "district", "12")).ShouldBe(["1", "0"]);
        Values(Row(page, "problems-table", "district", "11")).ShouldBe(["0", "1"]);
        var links = page.QuerySelectorAll("#latest-problems a[href^='/Posts/']").Select(a => a.TextContent).ToList();
        links.Count.ShouldBe(2);
        // Latest change first: the failure two hours ago, the unknown outcome four hours ago.
        links[0].ShouldContain("District 012 · Failed");
        links[1].ShouldContain("District 011 · Outcome unknown");
        page.QuerySelector("#latest-problems a[href='/Publishing#unknown']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Warns_when_this_months_posts_reach_80_per_cent_of_the_cap()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        // November (Chicago): district 12's seven and district 11's one, of a cap of 10.
        page.QuerySelector("#cap-status")!.TextContent.ShouldContain("November 2026 (Chicago): 8 posts published by all districts of the plan's 10 a month (80 %)");
        page.QuerySelector("#cap-meter")!.GetAttribute("value").ShouldBe("8");
        page.QuerySelector("#cap-warning")!.TextContent.ShouldContain("2 posts are left this month");
    }

    [Fact]
    public async Task Shows_x_account_health_for_every_district()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        page.QuerySelectorAll("#accounts-table tbody tr").Length.ShouldBe(22);
        var twelve = Row(page, "accounts-table", "district", "12");
        twelve.QuerySelectorAll("td")[0].TextContent.ShouldBe("Not connected");
        twelve.QuerySelectorAll("td")[3].TextContent.ShouldBe(Domain.ChicagoTime.Format(Now.AddHours(-10)));
    }

    [Fact]
    public async Task A_districts_view_shows_that_district_alone_in_every_section()
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard?district=11");

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldContain("011 Harrison");
        page.QuerySelectorAll("#postings-table tbody tr").Select(r => r.GetAttribute("data-district")).ShouldBe(["11"]);
        var approvals = page.QuerySelectorAll("#approvals-table tbody tr");
        Values(approvals[11]).ShouldBe(["0", "", ""]);
        Values(approvals[5]).ShouldBe(["1", "0.5", "0.5"]);
        page.QuerySelectorAll("#backlog-table tbody tr").Select(r => r.GetAttribute("data-district")).ShouldBe(["11"]);
        Values(Row(page, "reasons-table", "reason", nameof(DiscontinueReason.Incorrect))).ShouldBe(["0", "0"]);
        Values(Row(page, "reasons-table", "reason", nameof(DiscontinueReason.Outdated))).ShouldBe(["0", "0"]);
        page.QuerySelectorAll("#problems-table tbody tr").Select(r => r.GetAttribute("data-district")).ShouldBe(["11"]);
        page.QuerySelectorAll("#latest-problems li").Length.ShouldBe(1);
        page.QuerySelectorAll("#accounts-table tbody tr").Select(r => r.GetAttribute("data-district")).ShouldBe(["11"]);
        page.QuerySelector("#cap-status")!.TextContent.ShouldContain("District 011: 1 of them.");
    }

    [Theory]
    [InlineData("13")]
    [InlineData("99")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task An_unknown_district_gets_a_message_not_an_error(string district)
    {
        using var news = await _factory.SignedInAsync("news.dash", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard?district=" + Uri.EscapeDataString(district));

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#district-error")!.TextContent.ShouldContain("There is no district");
        page.QuerySelector("#postings").ShouldBeNull();
    }

    [Theory]
    [InlineData(Roles.Representative)]
    [InlineData(Roles.CommunityPolicingSergeant)]
    [InlineData(Roles.Commander)]
    public async Task District_roles_are_refused(string role)
    {
        using var member = await _factory.SignedInAsync($"dash.{role.ToLowerInvariant()}", 12, role);
        await member.GetAsync("/NewsAffairs/Dashboard?district=12");

        member.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_cap_the_page_says_no_cap_is_set()
    {
        await using var plain = new FixedClockFactory();
        using var news = await plain.SignedInAsync("news.nocap", null, Roles.NewsAffairs);
        var page = await news.GetAsync("/NewsAffairs/Dashboard");

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#cap-none")!.TextContent.ShouldContain("No cap set");
        page.QuerySelector("#cap-meter").ShouldBeNull();
        page.QuerySelector("#postings")!.TextContent.ShouldContain("No postings were published");
    }
}
