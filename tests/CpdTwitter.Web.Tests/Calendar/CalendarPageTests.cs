using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Calendar;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Calendar;

/// <summary>
/// The calendar of scheduled and published postings (issue 13): who sees which districts, on which Chicago day a posting
/// lands when the clocks change, the filter, "N more", and input it does not understand. Each test uses its own month.
/// </summary>
public sealed class CalendarPageTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private static readonly PostApprover Sergeant12 = new("u-sgt", "Sgt. Calendar", IsNewsAffairs: false, SupervisesDistrict: 12);

    private async Task<string> AuthorAsync(int district)
    {
        var logOnId = $"po.cal{district}";
        return (await factory.FindUserAsync(logOnId))?.Id ?? await factory.CreateUserAsync(logOnId, district, Roles.Representative);
    }

    /// <summary>A posting of <paramref name="district"/> released at <paramref name="releasedAt"/> and, unless null, published at <paramref name="publishedAt"/>.</summary>
    private async Task<Guid> PostingAsync(int district, string text, DateTime releasedAt, DateTime? publishedAt = null, DateTime? scheduledFor = null, Action<Post>? then = null)
    {
        var author = await AuthorAsync(district);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var created = releasedAt.AddHours(-1);
        var post = Post.Draft(district, author, "P.O. Calendar", new PostContent(PostCategory.BeatMeeting, text, scheduledFor, false, null), created);
        post.Submit(author, PolicyReview.Clear, districtRequiresSergeant: false, releasedAt);
        if (publishedAt is { } at)
        {
            post.MarkPublished($"x-{Guid.NewGuid():N}", null, post.Text, "CPD", sandbox: true, at);
        }

        then?.Invoke(post);
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    /// <summary>Scheduled for 12:00 but approved by the sergeant only at 15:00: released after its time, it is due at the release.</summary>
    private async Task<Guid> ApprovedLateAsync()
    {
        var author = await AuthorAsync(12);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var post = Post.Draft(12, author, "P.O. Calendar", new PostContent(PostCategory.BeatMeeting, "Store: schedule already past at release.", At(2026, 8, 1, 12, 0), false, null), At(2026, 8, 1, 10, 0));
        post.Submit(author, PolicyReview.Clear, districtRequiresSergeant: true, At(2026, 8, 1, 10, 0));
        post.Approve(Sergeant12, null, null, PolicyLists.Defaults, At(2026, 8, 1, 15, 0));
        post.ReleasedAt.ShouldBe(At(2026, 8, 1, 15, 0));
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    private static DateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static IElement Cell(IDocument page, DateOnly day) =>
        page.QuerySelectorAll("#calendar-grid td").Single(td => td.QuerySelector("a.calendar-day-link")!.GetAttribute("href")!.EndsWith("day=" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    [Fact]
    public async Task A_district_member_sees_their_district_and_news_affairs_every_district_or_the_one_chosen()
    {
        var twelve = await PostingAsync(12, "Twelve: bike registration at the station.", At(2026, 10, 10, 14, 0), At(2026, 10, 10, 15, 0));
        await PostingAsync(11, "Eleven: winter coat drive this Saturday.", At(2026, 10, 10, 14, 0), At(2026, 10, 10, 16, 0));
        using var representative = await factory.SignedInAsync("po.cal.viewer", 12, Roles.Representative);
        using var sergeant = await factory.SignedInAsync("sgt.cal.viewer", 12, Roles.CommunityPolicingSergeant);
        using var news = await factory.SignedInAsync("news.cal.viewer", null, Roles.NewsAffairs);

        foreach (var member in new[] { representative, sergeant })
        {
            var page = await member.GetAsync("/Calendar?month=2026-10");
            member.Status.ShouldBe(HttpStatusCode.OK);
            var text = page.QuerySelector("#calendar-grid")!.TextContent;
            text.ShouldContain("Twelve: bike registration");
            text.ShouldNotContain("Eleven:");
            page.QuerySelector("#calendar-filters select#district").ShouldBeNull();
            var link = Cell(page, new DateOnly(2026, 10, 10)).QuerySelector("a.calendar-entry")!;
            link.GetAttribute("href").ShouldBe($"/Posts/{twelve}");
            link.TextContent.ShouldContain("10:00");
            link.TextContent.ShouldContain("Published");
        }

        await representative.GetAsync("/Calendar?month=2026-10&district=11");
        representative.Status.ShouldBe(HttpStatusCode.Forbidden);
        await representative.GetAsync("/Calendar?month=2026-10&district=12");
        representative.Status.ShouldBe(HttpStatusCode.OK);

        var all = await news.GetAsync("/Calendar?month=2026-10");
        all.QuerySelector("#calendar-grid")!.TextContent.ShouldContain("Twelve: bike registration");
        all.QuerySelector("#calendar-grid")!.TextContent.ShouldContain("Eleven: winter coat drive");
        all.QuerySelector("#calendar-grid .calendar-district")!.TextContent.ShouldStartWith("D0");

        var eleven = await news.GetAsync("/Calendar?month=2026-10&district=11");
        eleven.QuerySelector("#calendar-grid")!.TextContent.ShouldContain("Eleven: winter coat drive");
        eleven.QuerySelector("#calendar-grid")!.TextContent.ShouldNotContain("Twelve:");
        eleven.QuerySelector("#district option[selected]")!.GetAttribute("value").ShouldBe("11");
        eleven.QuerySelector("#calendar-next")!.GetAttribute("href").ShouldBe("/Calendar?month=2026-11&district=11");
    }

    [Fact]
    public async Task Postings_land_on_their_chicago_day_when_the_clocks_fall_back()
    {
        // 1 November 2026 runs from 05:00 UTC (midnight CDT) to 06:00 UTC the next day (midnight CST): 25 hours.
        await PostingAsync(12, "Fall A: just after midnight CDT.", At(2026, 11, 1, 5, 0), At(2026, 11, 1, 5, 30));
        await PostingAsync(12, "Fall B: first 01:30, daylight time.", At(2026, 11, 1, 6, 0), At(2026, 11, 1, 6, 30));
        await PostingAsync(12, "Fall C: second 01:30, standard time.", At(2026, 11, 1, 7, 0), At(2026, 11, 1, 7, 30));
        await PostingAsync(12, "Fall D: 23:30 CST, still the first.", At(2026, 11, 2, 5, 0), At(2026, 11, 2, 5, 30));
        await PostingAsync(12, "Fall E: just after midnight CST.", At(2026, 11, 2, 6, 0), At(2026, 11, 2, 6, 30));
        await PostingAsync(12, "Fall Z: 23:30 CDT, the day before.", At(2026, 11, 1, 4, 0), At(2026, 11, 1, 4, 30));
        using var commander = await factory.SignedInAsync("cmdr.cal.fall", 12, Roles.Commander);

        var day = await commander.GetAsync("/Calendar?day=2026-11-01");

        var entries = day.QuerySelectorAll("#calendar-list a.calendar-entry").Select(a => a.TextContent.Trim()).ToList();
        entries.Count.ShouldBe(4, string.Join(" | ", entries));
        entries[0].ShouldContain("00:30");
        entries[0].ShouldContain("Fall A");
        entries[1].ShouldContain("01:30 CDT");
        entries[2].ShouldContain("01:30 CST");
        entries[3].ShouldContain("23:30");
        entries[3].ShouldContain("Fall D");

        var week = await commander.GetAsync("/Calendar?week=2026-11-04");
        week.Text("#period-title").ShouldBe("Week of 1 November 2026");
        Cell(week, new DateOnly(2026, 11, 1)).TextContent.ShouldNotContain("Fall Z");
        Cell(week, new DateOnly(2026, 11, 2)).TextContent.ShouldContain("Fall E");
        week.QuerySelectorAll("#calendar-grid thead th").Select(th => th.TextContent.Trim()).First().ShouldBe("Sun");
        var previous = await commander.GetAsync(week.QuerySelector("#calendar-previous")!.GetAttribute("href")!);
        Cell(previous, new DateOnly(2026, 10, 31)).TextContent.ShouldContain("Fall Z");
    }

    [Fact]
    public async Task Postings_land_on_their_chicago_day_when_the_clocks_spring_forward()
    {
        // 8 March 2026 runs from 06:00 UTC (midnight CST) to 05:00 UTC the next day (midnight CDT): 23 hours.
        await PostingAsync(12, "Spring A: 23:30 CST on the 7th.", At(2026, 3, 8, 5, 0), At(2026, 3, 8, 5, 30));
        await PostingAsync(12, "Spring B: 03:30 CDT on the 8th.", At(2026, 3, 8, 8, 0), At(2026, 3, 8, 8, 30));
        await PostingAsync(12, "Spring C: 23:30 CDT on the 8th.", At(2026, 3, 9, 4, 0), At(2026, 3, 9, 4, 30));
        await PostingAsync(12, "Spring D: 00:30 CDT on the 9th.", At(2026, 3, 9, 5, 0), At(2026, 3, 9, 5, 30));
        using var sergeant = await factory.SignedInAsync("sgt.cal.spring", 12, Roles.CommunityPolicingSergeant);

        var month = await sergeant.GetAsync("/Calendar?month=2026-03");

        Cell(month, new DateOnly(2026, 3, 7)).TextContent.ShouldContain("Spring A");
        var eighth = Cell(month, new DateOnly(2026, 3, 8)).TextContent;
        eighth.ShouldContain("Spring B");
        eighth.ShouldContain("03:30");
        eighth.ShouldContain("Spring C");
        eighth.ShouldNotContain("Spring D");
        Cell(month, new DateOnly(2026, 3, 9)).TextContent.ShouldContain("Spring D");
        month.Text("#calendar-grid caption").ShouldContain("March 2026");
        month.QuerySelectorAll("#calendar-grid tbody tr").Length.ShouldBe(5);
    }

    [Fact]
    public async Task A_busy_day_shows_its_first_postings_and_how_many_more_with_a_link_to_the_day()
    {
        for (var i = 0; i < 5; i++)
        {
            await PostingAsync(12, $"Busy {i}: community event update.", At(2026, 9, 15, 14 + i, 0), At(2026, 9, 15, 14 + i, 5));
        }

        using var representative = await factory.SignedInAsync("po.cal.busy", 12, Roles.Representative);

        var month = await representative.GetAsync("/Calendar?month=2026-09");
        var cell = Cell(month, new DateOnly(2026, 9, 15));
        cell.QuerySelectorAll("a.calendar-entry").Length.ShouldBe(CalendarEntries.PerDayInGrid);
        cell.TextContent.ShouldContain("Busy 0");
        cell.TextContent.ShouldNotContain("Busy 3");
        var more = cell.QuerySelector("a.calendar-more")!;
        more.TextContent.ShouldContain("2 more");
        var day = await representative.GetAsync(more.GetAttribute("href")!);
        day.QuerySelectorAll("#calendar-list a.calendar-entry").Select(a => a.TextContent).Count(t => t.Contains("Busy", StringComparison.Ordinal)).ShouldBe(5);

        var list = await representative.GetAsync("/Calendar?month=2026-09&show=list");
        list.QuerySelector("#calendar-grid").ShouldBeNull();
        list.QuerySelectorAll("#calendar-list a.calendar-entry").Length.ShouldBe(5);
        list.Text("#calendar-list h2").ShouldBe("Tuesday 15 September 2026");
    }

    [Fact]
    public async Task Scheduled_and_cancelled_postings_show_at_their_go_out_time_and_drafts_not_at_all()
    {
        await PostingAsync(12, "Queued for later: National Night Out.", At(2026, 12, 1, 15, 0), scheduledFor: At(2026, 12, 3, 23, 0));
        await PostingAsync(12, "Cancelled before it went out.", At(2026, 12, 1, 15, 0), scheduledFor: At(2026, 12, 4, 18, 0),
            then: post => post.Cancel(Sergeant12, DiscontinueReason.Outdated, null, At(2026, 12, 2, 9, 0)));
        await PostingAsync(12, "Published then discontinued.", At(2026, 12, 1, 15, 0), At(2026, 12, 1, 15, 1),
            then: post => post.Discontinue(Sergeant12, DiscontinueReason.Outdated, null, At(2026, 12, 1, 20, 0)));
        var author = await AuthorAsync(12);
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Posts.Add(Post.Draft(12, author, "P.O. Calendar", new PostContent(PostCategory.BeatMeeting, "A draft is not on the calendar.", At(2026, 12, 5, 15, 0), false, null), At(2026, 12, 1, 12, 0)));
            return db.SaveChangesAsync();
        });
        using var commander = await factory.SignedInAsync("cmdr.cal.states", 12, Roles.Commander);

        var week = await commander.GetAsync("/Calendar?week=2026-12-01");

        Cell(week, new DateOnly(2026, 12, 3)).TextContent.ShouldContain("17:00");
        Cell(week, new DateOnly(2026, 12, 3)).TextContent.ShouldContain("Scheduled");
        Cell(week, new DateOnly(2026, 12, 4)).TextContent.ShouldContain("Cancelled");
        Cell(week, new DateOnly(2026, 12, 1)).TextContent.ShouldContain("Discontinued");
        week.QuerySelector("#calendar-grid")!.TextContent.ShouldNotContain("A draft");
    }

    [Fact]
    public async Task The_calendar_time_kept_by_the_store_is_the_domains_published_else_due_time()
    {
        var later = await PostingAsync(12, "Store: scheduled after release.", At(2026, 8, 1, 15, 0), scheduledFor: At(2026, 8, 5, 15, 0));
        var past = await ApprovedLateAsync();
        var sent = await PostingAsync(12, "Store: published.", At(2026, 8, 3, 15, 0), At(2026, 8, 3, 15, 7), scheduledFor: At(2026, 8, 3, 15, 5));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        foreach (var id in new[] { later, past, sent })
        {
            var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == id);
            var stored = await db.Posts.Where(p => p.Id == id).Select(p => EF.Property<DateTime>(p, "CalendarAt")).SingleAsync();
            stored.ShouldBe(CalendarEntries.TimeOf(post), post.Text);
        }
    }

    [Theory]
    [InlineData("/Calendar?month=13", "month", "like 2026-03")]
    [InlineData("/Calendar?month=2026-00", "month", "like 2026-03")]
    [InlineData("/Calendar?week=garbage", "week", "like 2026-03-08")]
    [InlineData("/Calendar?day=2026-02-31", "day", "like 2026-03-08")]
    [InlineData("/Calendar?month=1899-01", "month", "between 1 January 2000")]
    [InlineData("/Calendar?district=abc", "district", "Choose a district")]
    [InlineData("/Calendar?district=99", "district", "Choose a district")]
    [InlineData("/Calendar?district=99999999999999999999", "district", "Choose a district")]
    public async Task Input_it_does_not_understand_gets_a_message_next_to_the_field_never_an_error_page(string url, string field, string message)
    {
        using var news = await factory.SignedInAsync("news.cal.input", null, Roles.NewsAffairs);

        var page = await news.GetAsync(url);

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError(field).ShouldContain(message);
        page.QuerySelector("#calendar-problem").ShouldNotBeNull();
        page.QuerySelector("#calendar-grid").ShouldBeNull();
    }

    [Fact]
    public async Task Every_role_has_the_calendar_in_its_menu()
    {
        foreach (var (logOnId, district, role) in new[] { ("po.cal.menu", (int?)12, Roles.Representative), ("sgt.cal.menu", 12, Roles.CommunityPolicingSergeant), ("cmdr.cal.menu", 12, Roles.Commander), ("news.cal.menu", null, Roles.NewsAffairs), ("isd.cal.menu", null, Roles.IsdAdministrator) })
        {
            using var member = await factory.SignedInAsync(logOnId, district, role);
            var home = await member.GetAsync("/");
            home.QuerySelectorAll("nav[aria-label=Main] a.nav-link").Select(a => a.GetAttribute("href")).ShouldContain("/Calendar", role);
        }
    }
}
