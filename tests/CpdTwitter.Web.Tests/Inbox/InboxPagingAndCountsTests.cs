using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;
using static CpdTwitter.Web.Tests.Inbox.InboxData;

namespace CpdTwitter.Web.Tests.Inbox;

/// <summary>The inbox pages newest first without repeating or losing a mention; its counts show on the home page and in the menu.</summary>
public sealed class InboxPagingAndCountsTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    [Fact]
    public async Task More_than_a_page_of_mentions_is_paged_newest_first()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 55; i++)
        {
            ids.Add(await MentionAsync(factory, 11, $"@district question {i}", postedAt: FixedClockFactory.Now.UtcDateTime.AddMinutes(-i)));
        }

        using var rep = await factory.SignedInAsync("po.inbox.paging", 11, Roles.Representative);
        var first = await rep.GetAsync("/Inbox");
        var firstRows = first.QuerySelectorAll("#mentions tbody tr").Select(r => r.Id!).ToList();
        firstRows.ShouldBe(ids.Take(50).Select(id => $"mention-{id}"));
        first.Text("#count-New").ShouldContain("55");
        var second = await rep.GetAsync(first.QuerySelector("#page-next")!.GetAttribute("href")!);
        second.QuerySelectorAll("#mentions tbody tr").Select(r => r.Id!).ShouldBe(ids.Skip(50).Select(id => $"mention-{id}"));
    }

    [Fact]
    public async Task Home_and_menu_count_new_mentions_for_the_district_and_flagged_ones_for_News_Affairs()
    {
        await MentionAsync(factory, 14);
        await MentionAsync(factory, 14, flag: "Asks for comment");
        await MentionAsync(factory, 14, closed: true);
        await MentionAsync(factory, 15, flag: "Asks for a statement");
        await MentionAsync(factory, 15);
        using var rep = await factory.SignedInAsync("po.inbox.count", 14, Roles.Representative);
        using var sergeant = await factory.SignedInAsync("sgt.inbox.count", 14, Roles.CommunityPolicingSergeant);
        using var news = await factory.SignedInAsync("news.inbox.count", null, Roles.NewsAffairs);

        var home = await rep.GetAsync("/");
        home.QuerySelector("#need-mentions .need-status")!.GetAttribute("data-count").ShouldBe("2");
        home.Text("#need-mentions .need-status").ShouldBe("2 new mentions to read");
        home.QuerySelector("#need-mentions a")!.GetAttribute("href").ShouldBe("/Inbox");
        NavLink(home, "/Inbox").ShouldBe("Inbox, 2 new");
        NavLink(await sergeant.GetAsync("/"), "/Inbox").ShouldBe("Inbox, 2 new");

        var newsHome = await news.GetAsync("/");
        newsHome.QuerySelector("#need-news-mentions .need-status")!.GetAttribute("data-count").ShouldBe("2");
        newsHome.QuerySelector("#need-news-mentions a")!.GetAttribute("href").ShouldBe("/Inbox?flagged=true");
        NavLink(newsHome, "/Inbox").ShouldBe("Inbox, 2 waiting");
        var flagged = await news.GetAsync("/Inbox?flagged=true");
        flagged.QuerySelectorAll("#mentions tbody tr").Length.ShouldBe(2);
    }

    private static string NavLink(AngleSharp.Dom.IDocument page, string href) =>
        page.QuerySelectorAll("#main-nav a.nav-link").Single(a => a.GetAttribute("href") == href).TextContent.Trim();
}
