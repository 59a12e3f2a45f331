using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Pages;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.NewsAffairs;

/// <summary>
/// The department-wide feed of postings (issue 14): who sees it, drafts left out, every filter, the search, paging,
/// the CSV and discontinuing from a row. Tests share one app: each marks its postings with a word of its own and
/// searches or filters on it.
/// </summary>
public sealed class PostingsFeedTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private static readonly DateTime Now = FixedClockFactory.Now.UtcDateTime;
    private static readonly PostApprover Sergeant = new("u-feed-sgt", "Sgt. Feed", IsNewsAffairs: false, SupervisesDistrict: null);
    private static readonly PostApprover News = new("u-feed-news", "News Feed", IsNewsAffairs: true, SupervisesDistrict: null);

    private async Task<string> AuthorAsync(int district)
    {
        var logOnId = $"po.feed{district}";
        return (await factory.FindUserAsync(logOnId))?.Id ?? await factory.CreateUserAsync(logOnId, district, Roles.Representative);
    }

    /// <summary>A posting submitted <paramref name="hoursAgo"/> hours before now, then taken further by <paramref name="then"/>.</summary>
    private async Task<Guid> PostingAsync(int district, string text, double hoursAgo, Action<Post>? then = null, PostCategory category = PostCategory.CrimePreventionTip, bool notable = false, bool submit = true)
    {
        var author = await AuthorAsync(district);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var at = Now.AddHours(-hoursAgo);
        var post = Post.Draft(district, author, $"P.O. Feed {district}", new PostContent(category, text, null, notable, null), at.AddMinutes(-10));
        if (submit)
        {
            post.Submit(author, notable ? new PolicyReview(["Notable incident"], [], []) : PolicyReview.Clear, districtRequiresSergeant: false, at);
        }

        then?.Invoke(post);
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    private static void Publish(Post post) => post.MarkPublished($"x-{Guid.NewGuid():N}", $"https://x.com/cpd/status/{Random.Shared.Next()}", post.Text, "CPD", sandbox: false, post.SubmittedAt!.Value.AddMinutes(1));

    private Task<Browser> NewsAsync() => factory.SignedInAsync("news.feed", null, Roles.NewsAffairs);

    private static List<string> Ids(IDocument page) => page.QuerySelectorAll("#feed li.feed-row").Select(r => r.GetAttribute("data-id")!).ToList();

    private static string Url(string query) => "/NewsAffairs/Postings?" + query;

    [Fact]
    public async Task News_affairs_sees_every_districts_postings_newest_first_but_no_drafts()
    {
        var older = await PostingAsync(2, "Alphafeed published in the second district.", 5, Publish);
        var newer = await PostingAsync(25, "Alphafeed waiting in the twenty-fifth.", 2, notable: true);
        await PostingAsync(3, "Alphafeed never submitted.", 1, submit: false);
        await PostingAsync(4, "Alphafeed returned for changes.", 1, p => p.ReturnToAuthor(News, "Add the time.", Now), notable: true);
        using var news = await NewsAsync();

        var page = await news.GetAsync(Url("q=alphafeed"));

        news.Status.ShouldBe(HttpStatusCode.OK);
        Ids(page).ShouldBe([newer.ToString(), older.ToString()]);
        var first = page.QuerySelector("#feed li.feed-row")!;
        first.QuerySelector(".feed-district")!.TextContent.ShouldBe("District 025");
        first.TextContent.ShouldContain("Awaiting News Affairs");
        first.TextContent.ShouldContain("P.O. Feed 25");
        first.QuerySelector("a.feed-record")!.GetAttribute("href").ShouldBe($"/Posts/{newer}");
        first.TextContent.ShouldContain("Submitted 2026-11-25 08:30 CST");
        page.QuerySelector("#feed")!.TextContent.ShouldNotContain("never submitted");
        page.QuerySelector("#feed")!.TextContent.ShouldNotContain("returned for changes");
    }

    [Fact]
    public async Task Each_filter_narrows_the_feed()
    {
        var published = await PostingAsync(5, "Betafeed tip published.", 30, Publish);
        var event5 = await PostingAsync(5, "Betafeed beat meeting.", 20, Publish, category: PostCategory.BeatMeeting);
        var notable = await PostingAsync(6, "Betafeed notable arrest.", 10, notable: true);
        var discontinued = await PostingAsync(6, "Betafeed discontinued.", 50, p =>
        {
            Publish(p);
            p.Discontinue(News, DiscontinueReason.Outdated, null, Now.AddHours(-40));
        });
        var correction = await PostingAsync(7, "Betafeed needs a correction.", 60, p =>
        {
            Publish(p);
            p.Review(new PostApprover("u-sgt7", "Sgt. Seven", false, 7), ReviewOutcome.NeedsCorrection, new ReviewChecklist(true, true, false, true, true), "The time is wrong.", Now.AddHours(-59));
        });
        var lastWeek = await PostingAsync(7, "Betafeed from last week.", 24 * 7, Publish);
        using var news = await NewsAsync();

        Ids(await news.GetAsync(Url("q=betafeed&district=5"))).ShouldBe([event5.ToString(), published.ToString()]);
        Ids(await news.GetAsync(Url("q=betafeed&state=AwaitingNewsAffairs"))).ShouldBe([notable.ToString()]);
        Ids(await news.GetAsync(Url("q=betafeed&category=BeatMeeting"))).ShouldBe([event5.ToString()]);
        Ids(await news.GetAsync(Url("q=betafeed&notable=true"))).ShouldBe([notable.ToString()]);
        Ids(await news.GetAsync(Url("q=betafeed&discontinued=true"))).ShouldBe([discontinued.ToString()]);
        Ids(await news.GetAsync(Url("q=betafeed&correction=true"))).ShouldBe([correction.ToString()]);
        // 25 November is today in Chicago; last week's posting was submitted on the 18th.
        Ids(await news.GetAsync(Url("q=betafeed&from=2026-11-18&to=2026-11-18"))).ShouldBe([lastWeek.ToString()]);
        (await news.GetAsync(Url("q=betafeed&from=2026-11-19"))).QuerySelectorAll("#feed li").Length.ShouldBe(5);

        var kept = await news.GetAsync(Url("q=betafeed&district=5&category=BeatMeeting"));
        kept.QuerySelector("#district option[selected]")!.GetAttribute("value").ShouldBe("5");
        kept.QuerySelector("#category option[selected]")!.GetAttribute("value").ShouldBe("BeatMeeting");
        kept.QuerySelector("#feed-csv")!.GetAttribute("href").ShouldBe("/NewsAffairs/Postings?q=betafeed&district=5&category=BeatMeeting&handler=Csv");
    }

    [Fact]
    public async Task Filters_it_cannot_read_are_explained_next_to_the_field()
    {
        using var news = await NewsAsync();

        var page = await news.GetAsync(Url("district=99&state=Draft&category=7&from=2026-13-01&to=2030-01-01&q=%22%22"));

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#district-error")!.TextContent.ShouldBe("Choose a district from the list.");
        page.QuerySelector("#state-error")!.TextContent.ShouldBe("Choose a state from the list.");
        page.QuerySelector("#category-error")!.TextContent.ShouldBe("Choose a category from the list.");
        page.QuerySelector("#from-error")!.TextContent.ShouldBe("Enter the date as YYYY-MM-DD.");
        page.QuerySelector("#to-error")!.TextContent.ShouldStartWith("Choose a date from");
        page.QuerySelector("#q-error")!.TextContent.ShouldBe("Type at least one word (letters or digits) to search.");
        page.QuerySelector("#feed-invalid").ShouldNotBeNull();
    }

    [Fact]
    public async Task Pages_follow_each_other_without_repeating_or_missing_a_posting()
    {
        var made = new List<Guid>();
        for (var i = 0; i < 120; i++)
        {
            // Pairs submitted at the same moment: the id breaks the tie.
            made.Add(await PostingAsync(8 + (i % 3), $"Gammafeed number {i.ToString(CultureInfo.InvariantCulture)}.", 100 + (i / 2), Publish));
        }

        using var news = await NewsAsync();
        var seen = new List<string>();
        var page = await news.GetAsync(Url("q=gammafeed"));
        page.QuerySelector("#page-summary")!.TextContent.ShouldBe("Showing 1–50 of 120 postings");
        seen.AddRange(Ids(page));
        while (page.QuerySelector("#page-next") is { } next)
        {
            next.GetAttribute("href")!.ShouldContain("q=gammafeed");
            page = await news.GetAsync(next.GetAttribute("href")!);
            seen.AddRange(Ids(page));
        }

        seen.Count.ShouldBe(120);
        seen.Distinct().Count().ShouldBe(120);
        seen.ToHashSet().SetEquals(made.Select(m => m.ToString())).ShouldBeTrue();
        page.QuerySelector("#page-summary")!.TextContent.ShouldBe("Showing 101–120 of 120 postings");
    }

    [Fact]
    public async Task Search_needs_every_word_in_any_case_and_never_fails_on_what_is_typed()
    {
        var both = await PostingAsync(9, "Deltafeed: catalytic converter THEFTS near Halsted.", 3, Publish);
        var one = await PostingAsync(10, "Deltafeed: a converter for the meeting room.", 4, Publish);
        using var news = await NewsAsync();

        Ids(await news.GetAsync(Url("q=DELTAFEED+Converter"))).ShouldBe([both.ToString(), one.ToString()]);
        Ids(await news.GetAsync(Url("q=deltafeed+catalytic+converter"))).ShouldBe([both.ToString()]);
        Ids(await news.GetAsync(Url("q=deltafeed+theft"))).ShouldBe([both.ToString()]);
        Ids(await news.GetAsync(Url("q=" + Uri.EscapeDataString("\"deltafeed\" catalytic!")))).ShouldBe([both.ToString()]);
        foreach (var typed in new[] { "\"", "deltafeed AND OR NOT", "NEAR(deltafeed converter", "text:deltafeed", "delta*", "^deltafeed", "'; DROP TABLE Posts; --", "deltafeed -converter", "(", "a & b | !c" })
        {
            await news.GetAsync(Url("q=" + Uri.EscapeDataString(typed)));
            news.Status.ShouldBe(HttpStatusCode.OK, typed);
        }

        Ids(await news.GetAsync(Url("q=deltafeed+NEAR+room"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_finds_the_current_text_after_a_revision()
    {
        var id = await PostingAsync(11, "Epsilonfeed first wording.", 3, submit: false);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var post = await db.Posts.Include(p => p.Revisions).SingleAsync(p => p.Id == id);
            post.Revise(post.AuthorId, post.AuthorName, new PostContent(PostCategory.CrimePreventionTip, "Epsilonfeed second phrasing.", null, false, null), Now.AddHours(-2));
            post.Submit(post.AuthorId, PolicyReview.Clear, districtRequiresSergeant: false, Now.AddHours(-2));
            await db.SaveChangesAsync();
        }

        using var news = await NewsAsync();
        Ids(await news.GetAsync(Url("q=epsilonfeed+phrasing"))).ShouldBe([id.ToString()]);
        Ids(await news.GetAsync(Url("q=epsilonfeed+wording"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_csv_holds_the_filtered_rows_quoted_and_safe_for_spreadsheets_and_is_audited()
    {
        var formula = await PostingAsync(12, "=HYPERLINK(\"http://evil\") zetafeed, with \"quotes\"\nand a line", 3, Publish);
        var plain = await PostingAsync(12, "Zetafeed plain tip.", 4, Publish);
        await PostingAsync(16, "Zetafeed other district.", 5, Publish);
        using var news = await NewsAsync();
        var page = await news.GetAsync(Url("q=zetafeed&district=12"));
        var link = page.QuerySelector("#feed-csv")!.GetAttribute("href")!;

        var response = await news.Client.GetAsync(link);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");
        lines[0].ShouldStartWith("id,district,state,category,notable,created_utc,created_chicago,submitted_utc,submitted_chicago");
        lines[0].ShouldEndWith("author,text,x_post_url,discontinue_reason,origin,deleted_outside_utc,in_reply_to_x_post_id");
        lines[1].ShouldStartWith($"{formula},012,Published,Crime prevention tip,no,2026-11-25T13:20:00Z,2026-11-25 07:20 CST,2026-11-25T13:30:00Z,");
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil\"\") zetafeed, with \"\"quotes\"\"\nand a line\"");
        csv.ShouldContain($"{plain},012,Published");
        csv.ShouldNotContain("other district");
        lines.Count(l => l.Length > 0).ShouldBe(3);
        Ids(page).ShouldBe([formula.ToString(), plain.ToString()]);

        var exported = await factory.WithServiceAsync<List<AuditEvent>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.Action == AuditActions.Export.Postings && e.Actor == "news.feed").ToListAsync());
        var last = exported.ShouldHaveSingleItem();
        last.District.ShouldBe(12);
        last.Details.ShouldContain("\"rows\":2");
        last.Details.ShouldContain("zetafeed");
        last.Details.ShouldContain("\"completed\":true");
    }

    [Theory]
    [InlineData(Roles.Representative)]
    [InlineData(Roles.CommunityPolicingSergeant)]
    [InlineData(Roles.Commander)]
    public async Task District_roles_are_refused(string role)
    {
        using var member = await factory.SignedInAsync($"feed.{role.ToLowerInvariant()}", 12, role);

        await member.GetAsync("/NewsAffairs/Postings");
        member.Status.ShouldBe(HttpStatusCode.Forbidden);
        await member.GetAsync("/NewsAffairs/Postings?handler=Csv");
        member.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Isd_sees_the_feed_but_no_discontinue_and_cannot_post_one()
    {
        var id = await PostingAsync(14, "Etafeed live posting.", 3, Publish);
        using var isd = await factory.SignedInAsync("isd.feed", null, Roles.IsdAdministrator);

        var page = await isd.GetAsync(Url("q=etafeed"));

        isd.Status.ShouldBe(HttpStatusCode.OK);
        Ids(page).ShouldBe([id.ToString()]);
        page.QuerySelector(".feed-discontinue").ShouldBeNull();
        await isd.PostAsync($"/NewsAffairs/Postings?handler=Discontinue&id={id}", [new("reason", "Outdated"), new("confirmed", "true"), new("__RequestVerificationToken", page.AntiforgeryToken())]);
        isd.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task News_affairs_discontinues_a_posting_of_any_district_from_the_feed_and_comes_back_to_it()
    {
        var id = await PostingAsync(15, "Thetafeed outdated event.", 3, Publish);
        var waiting = await PostingAsync(15, "Thetafeed waiting.", 2, notable: true);
        using var news = await NewsAsync();
        var list = await news.GetAsync(Url("q=thetafeed&district=15"));
        list.QuerySelector($"#row-{waiting:N} .feed-discontinue").ShouldBeNull();
        // One form per page: each live row links to the page with its form open.
        list.QuerySelectorAll("#feed form").ShouldBeEmpty();
        list.QuerySelectorAll("#feed dialog").ShouldBeEmpty();
        var open = list.QuerySelector($"#row-{id:N} a.feed-discontinue")!.GetAttribute("href")!;
        open.ShouldEndWith($"#discontinue-{id:N}");

        var page = await news.GetAsync(open.Split('#')[0]);
        var row = page.QuerySelector($"#row-{id:N}")!;
        page.QuerySelectorAll("#feed form[method=post]").Length.ShouldBe(1);
        row.QuerySelector("details")!.Id.ShouldBe($"discontinue-{id:N}");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)row.QuerySelector("form")!;
        form.GetAttribute("data-confirm").ShouldBe($"confirm-{id:N}");
        page.QuerySelector($"dialog#confirm-{id:N}").ShouldNotBeNull();

        var refused = await news.SubmitAsync(page, new Dictionary<string, string> { ["reason"] = "Outdated" }, "Discontinue");
        news.Status.ShouldBe(HttpStatusCode.OK);
        refused.Errors().ShouldContain("Tick \"Yes, discontinue\" to confirm.");
        refused.QuerySelector($"#row-{id:N} details")!.HasAttribute("open").ShouldBeTrue(refused.QuerySelector($"#row-{id:N}")?.OuterHtml);

        var action = form.GetAttribute("action")!;
        var done = await news.PostAsync(action, [new("reason", "Outdated"), new("note", "Event is over."), new("confirmed", "true"), new("__RequestVerificationToken", page.AntiforgeryToken())]);

        news.Path.ShouldBe("/NewsAffairs/Postings");
        news.LastResponse!.RequestMessage!.RequestUri!.Query.ShouldBe("?q=thetafeed&district=15");
        done.QuerySelector("#feed-status")!.TextContent.ShouldContain("Discontinued");
        done.QuerySelector($"#row-{id:N}")!.TextContent.ShouldContain("Being discontinued");
        (await factory.AuditTrailAsync(AuditSubjects.Post, id.ToString())).ShouldContain(AuditActions.Post.Discontinuing);
    }

    [Fact]
    public async Task The_feeds_totals_stop_at_the_cap_and_say_more_than()
    {
        for (var i = 0; i < 5; i++)
        {
            await PostingAsync(7, $"Capfeed number {i}.", 10 + i);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<CpdTwitter.Infrastructure.Posts.PostingsFeed>();
        var query = feed.Query(new CpdTwitter.Infrastructure.Posts.PostingsFilter(District: 7, Words: ["capfeed"]), DistrictScope.Department);
        // The shown states as literals: a list parameter would go to SQLite as json_each(@p), which no index seeks.
        query.ToQueryString().ShouldNotContain("json_each");

        var first = await query.PageAsync(CpdTwitter.Infrastructure.Posts.PostingsFeed.NewestFirst, null, pageSize: 2, countCap: 3);
        var second = await query.PageAsync(CpdTwitter.Infrastructure.Posts.PostingsFeed.NewestFirst, first.Next, pageSize: 2, countCap: 3);
        var third = await query.PageAsync(CpdTwitter.Infrastructure.Posts.PostingsFeed.NewestFirst, second.Next, pageSize: 2, countCap: 3);
        var exact = await query.PageAsync(CpdTwitter.Infrastructure.Posts.PostingsFeed.NewestFirst, null, pageSize: 2, countCap: 5);

        Pager.For(first, "Pages", "posting").Summary.ShouldBe("Showing 1–2 of more than 3 postings");
        Pager.For(second, "Pages", "posting").Summary.ShouldBe("Showing 3–4 of more than 3 postings");
        Pager.For(third, "Pages", "posting").Summary.ShouldBe("Showing 1 posting after the first 3 of more than 3");
        third.Items.ShouldHaveSingleItem().Text.ShouldBe("Capfeed number 4.");
        Pager.For(exact, "Pages", "posting").Summary.ShouldBe("Showing 1–2 of 5 postings");
        (await query.PageAsync(CpdTwitter.Infrastructure.Posts.PostingsFeed.NewestFirst, second.Previous, pageSize: 2, countCap: 3)).Next.ShouldNotBeNull();
    }
}
