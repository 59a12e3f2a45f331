using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Paging;

/// <summary>An app without the publisher, so rows the tests put in the queue stay there.</summary>
public sealed class PagingFactory : CpdTwitterFactory
{
    public PagingFactory() => Settings = new Dictionary<string, string> { ["Publishing:Enabled"] = "false" };
}

/// <summary>
/// Every list page pages by key: the totals are right, following "Next page" visits every row once in the list's order
/// while rows are added between pages, and a damaged or made-up page token shows the first page, never an error.
/// </summary>
public sealed class ListPagingTests(PagingFactory factory) : IClassFixture<PagingFactory>
{
    /// <summary>A month ago, so nothing the tests add is in the future; every third row shares its time with the next (ties).</summary>
    private static readonly DateTime Start = DateTime.UtcNow.AddDays(-30);

    private static DateTime At(int i) => Start.AddMinutes(i / 3 * 7);

    [Fact]
    public async Task The_review_queue_walks_oldest_first_with_totals_while_new_postings_arrive()
    {
        var author = await factory.CreateUserAsync("po.paging.review", 17, Roles.Representative);
        await PagingData.PublishedAsync(factory, author, 17, 120, At);
        using var sergeant = await factory.SignedInAsync("sgt.paging.review", 17, Roles.CommunityPolicingSergeant);

        var first = await sergeant.GetAsync("/Review");
        first.Text("#cursor-summary").ShouldBe("Showing 1–50 of 120 postings waiting for review");
        first.QuerySelectorAll(".review-item").Length.ShouldBe(50);
        var added = 0;
        var walk = await PagingData.WalkAsync(sergeant, first, ".review-item[data-id]", "#cursor-next", async _ =>
        {
            await PagingData.PublishedAsync(factory, author, 17, 2, i => DateTime.UtcNow.AddMinutes(-5 + i));
            added += 2;
        });

        var expected = await factory.WithServiceAsync<List<Guid>, CpdTwitterDbContext>(db => db.Posts
            .Where(p => p.District == 17 && p.State == PostState.Published).OrderBy(p => p.PublishedAt).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync());
        expected.Count.ShouldBe(120 + added);
        walk.Ids.ShouldBe(expected);
        walk.Summaries[1].ShouldBe("Showing 51–100 of 122 postings waiting for review");
        walk.Summaries.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_row_opens_its_review_form_and_reviewing_it_takes_it_off_the_queue()
    {
        var author = await factory.CreateUserAsync("po.paging.open", 18, Roles.Representative);
        var ids = await PagingData.PublishedAsync(factory, author, 18, 60, At);
        using var sergeant = await factory.SignedInAsync("sgt.paging.open", 18, Roles.CommunityPolicingSergeant);

        var second = await sergeant.GetAsync((await sergeant.GetAsync("/Review")).QuerySelector("#cursor-next")!.GetAttribute("href")!);
        var row = second.QuerySelector($"#item-{ids[55]:N}")!;
        var form = await sergeant.GetAsync(row.QuerySelector("a.review-link")!.GetAttribute("href")!);
        form.Text("#review-form .post-text").ShouldBe("Bulk posting 55 in district 018");
        form.QuerySelectorAll(".review-item").Length.ShouldBe(10);
        var reviewed = await sergeant.SubmitAsync(form, new Dictionary<string, string>
        {
            ["category"] = "true", ["current"] = "true", ["correct"] = "true", ["valid"] = "true", ["appropriate"] = "true", ["note"] = string.Empty,
        }, handler: $"Review&id={ids[55]}");

        reviewed.Text("[role=status]").ShouldBe("Marked reviewed.", reviewed.Errors());
        reviewed.Text("#cursor-summary").ShouldBe("Showing 1–50 of 59 postings waiting for review");
        (await sergeant.GetAsync($"/Review?review={ids[55]}")).Text("#review-gone").ShouldBe("That posting is no longer waiting for review.");
    }

    [Fact]
    public async Task Drafts_pages_the_finished_posts_latest_first_and_the_posts_in_progress_separately()
    {
        var author = await factory.CreateUserAsync("po.paging.drafts", 19, Roles.Representative);
        await PagingData.PublishedAsync(factory, author, 19, 60, At);
        await PagingData.DraftsAsync(factory, author, 19, 30, At);
        using var officer = new Browser(factory.CreateClient());
        await officer.SignInAsync("po.paging.drafts");
        var expected = await factory.WithServiceAsync<List<Guid>, CpdTwitterDbContext>(db => db.Posts
            .Where(p => p.District == 19 && p.State == PostState.Published).OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).Select(p => p.Id).ToListAsync());

        var first = await officer.GetAsync("/Drafts");
        first.Text("#progress-summary").ShouldBe("Showing 1–25 of 30 posts in progress");
        first.Text("#done-summary").ShouldBe("Showing 1–25 of 60 finished posts");
        var walk = await PagingData.WalkAsync(officer, first, "#finished tr[data-id]", "#done-next",
            _ => PagingData.PublishedAsync(factory, author, 19, 1, _ => DateTime.UtcNow));
        walk.Ids.ShouldBe(expected);
        walk.Summaries.Count.ShouldBe(3);

        var inProgress = await PagingData.WalkAsync(officer, first, "#in-progress tr[data-id]", "#progress-next");
        inProgress.Ids.Count.ShouldBe(30);
        inProgress.Ids.Distinct().Count().ShouldBe(30);
        (await officer.GetAsync(first.QuerySelector("#progress-next")!.GetAttribute("href")!)).Text("#done-summary").ShouldBe("Showing 1–25 of 62 finished posts");
    }

    [Fact]
    public async Task The_News_Affairs_approval_queue_walks_oldest_first_while_posts_are_submitted()
    {
        var author = await factory.CreateUserAsync("po.paging.notable", 20, Roles.Representative);
        await PagingData.NotableAsync(factory, author, 20, 60, At);
        using var news = await factory.SignedInAsync("news.paging", null, Roles.NewsAffairs);

        var first = await news.GetAsync("/NewsAffairs/Approvals");
        first.Text("#cursor-summary").ShouldBe("Showing 1–25 of 60 posts waiting for approval");
        var walk = await PagingData.WalkAsync(news, first, ".approval-item[data-id]", "#cursor-next",
            _ => PagingData.NotableAsync(factory, author, 20, 1, _ => DateTime.UtcNow));

        var expected = await factory.WithServiceAsync<List<Guid>, CpdTwitterDbContext>(db => db.Posts
            .Where(p => p.State == PostState.AwaitingNewsAffairs || p.State == PostState.AwaitingSergeant)
            .OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync());
        walk.Ids.ShouldBe(expected);
        expected.Count.ShouldBe(62);
    }

    [Fact]
    public async Task Notifications_walk_newest_first_and_new_ones_do_not_shift_the_pages()
    {
        var member = await factory.CreateUserAsync("po.paging.notes", 24, Roles.Representative);
        await PagingData.NotificationsAsync(factory, member, 120, At);
        using var browser = new Browser(factory.CreateClient());
        await browser.SignInAsync("po.paging.notes");
        var expected = await factory.WithServiceAsync<List<Guid>, CpdTwitterDbContext>(db => db.Notifications
            .Where(n => n.UserId == member).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Select(n => n.Id).ToListAsync());

        var first = await browser.GetAsync("/Notifications");
        first.Text("#cursor-summary").ShouldBe("Showing 1–50 of 120 notifications");
        var walk = await PagingData.WalkAsync(browser, first, "#notifications li[data-id]", "#cursor-next",
            _ => PagingData.NotificationsAsync(factory, member, 1, _ => DateTime.UtcNow));

        walk.Ids.ShouldBe(expected);
        walk.Summaries[2].ShouldBe("Showing 103–122 of 122 notifications");
        // The second page is still the one after the first page's last row; the two new ones came in above it.
        var second = await browser.GetAsync(first.QuerySelector("#cursor-next")!.GetAttribute("href")!);
        second.Text("#cursor-summary").ShouldBe("Showing 53–102 of 122 notifications");
        var back = await browser.GetAsync(second.QuerySelector("#cursor-previous")!.GetAttribute("href")!);
        back.Text("#cursor-summary").ShouldBe("Showing 3–52 of 122 notifications");
        back.QuerySelector("#cursor-previous").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_publishing_queue_walks_due_first()
    {
        await PagingData.OutboxAsync(factory, 22, 70);
        using var news = await factory.SignedInAsync("news.paging.queue", null, Roles.NewsAffairs);
        var expected = await factory.WithServiceAsync<List<Guid>, CpdTwitterDbContext>(db => db.Outbox
            .Where(m => m.CompletedAt == null).OrderBy(m => m.DueAt).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync());

        var first = await news.GetAsync("/Publishing");
        first.Text("#queue-summary").ShouldBe($"Showing 1–50 of {expected.Count} messages waiting to be sent");
        var walk = await PagingData.WalkAsync(news, first, "#queue tr[data-id]", "#queue-next");

        walk.Ids.ShouldBe(expected);
    }

    [Theory]
    [InlineData("/Review", "cursor", Roles.CommunityPolicingSergeant)]
    [InlineData("/Review/Approvals", "cursor", Roles.CommunityPolicingSergeant)]
    [InlineData("/Drafts", "done", Roles.Representative)]
    [InlineData("/Drafts", "progress", Roles.Representative)]
    [InlineData("/Notifications", "cursor", Roles.Representative)]
    [InlineData("/NewsAffairs/Approvals", "cursor", Roles.NewsAffairs)]
    [InlineData("/NewsAffairs/Representatives", "cursor", Roles.NewsAffairs)]
    [InlineData("/Publishing", "queue", Roles.NewsAffairs)]
    [InlineData("/Commander/Representatives", "history", Roles.Commander)]
    [InlineData("/Commander/Representatives", "submissions", Roles.Commander)]
    public async Task A_damaged_or_made_up_page_token_shows_the_first_page(string page, string param, string role)
    {
        var district = role == Roles.NewsAffairs ? (int?)null : 12;
        using var browser = await factory.SignedInAsync($"tamper.{role}".ToLowerInvariant(), district, role);
        string[] damaged = ["nonsense", "%00%01", new string('A', 200), "AQA", "CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", new PageCursor(false, -1, Guid.Empty).Encode()];
        foreach (var token in damaged)
        {
            var shown = await browser.GetAsync($"{page}?{param}={Uri.EscapeDataString(token)}");
            browser.Status.ShouldBe(HttpStatusCode.OK, token);
            shown.QuerySelector($"#{param}-rejected").ShouldNotBeNull(token);
        }

        string[] madeUp = [new PageCursor(true, 0, Guid.Empty).Encode(), new PageCursor(false, 0, Guid.Empty).Encode(), new PageCursor(true, DateTime.MaxValue.Ticks, Guid.NewGuid()).Encode()];
        foreach (var token in madeUp)
        {
            await browser.GetAsync($"{page}?{param}={token}");
            browser.Status.ShouldBe(HttpStatusCode.OK, token);
        }
    }
}

/// <summary>Fills the store quickly: rows made by the domain and added in one transaction, as a department accumulates them.</summary>
internal static class PagingData
{
    public sealed record Walk(List<Guid> Ids, List<string> Summaries);

    /// <summary>Follows the "Next page" link from <paramref name="page"/> to the end, collecting the rows' ids and each page's summary.</summary>
    public static async Task<Walk> WalkAsync(Browser browser, IDocument page, string rows, string next, Func<int, Task>? between = null)
    {
        var summary = next.Replace("-next", "-summary", StringComparison.Ordinal);
        var walk = new Walk([], []);
        for (var n = 0; n < 500; n++)
        {
            walk.Ids.AddRange(page.QuerySelectorAll(rows).Select(r => Guid.Parse(r.GetAttribute("data-id")!)));
            walk.Summaries.Add(page.Text(summary));
            if (page.QuerySelector(next)?.GetAttribute("href") is not { } href)
            {
                return walk;
            }

            if (between is not null)
            {
                await between(n);
            }

            page = await browser.GetAsync(href);
            browser.Status.ShouldBe(HttpStatusCode.OK);
        }

        throw new InvalidOperationException("The pages never ended.");
    }

    public static Task<List<Guid>> PublishedAsync(CpdTwitterFactory factory, string authorId, int district, int count, Func<int, DateTime> at) =>
        AddPostsAsync(factory, count, i =>
        {
            var post = Draft(authorId, district, i, at(i).AddMinutes(-2));
            post.Submit(authorId, PolicyReview.Clear, districtRequiresSergeant: false, at(i).AddMinutes(-1));
            post.MarkPublished($"sandbox-{Guid.NewGuid():N}", null, post.Text, "sandbox", sandbox: true, at(i));
            return post;
        });

    public static Task<List<Guid>> DraftsAsync(CpdTwitterFactory factory, string authorId, int district, int count, Func<int, DateTime> at) =>
        AddPostsAsync(factory, count, i => Draft(authorId, district, i, at(i)));

    public static Task<List<Guid>> NotableAsync(CpdTwitterFactory factory, string authorId, int district, int count, Func<int, DateTime> at) =>
        AddPostsAsync(factory, count, i =>
        {
            var post = Draft(authorId, district, i, at(i).AddMinutes(-1));
            post.Submit(authorId, new PolicyReview(["Notable incident (test)"], [], []), districtRequiresSergeant: false, at(i));
            return post;
        });

    public static Task NotificationsAsync(CpdTwitterFactory factory, string userId, int count, Func<int, DateTime> at) =>
        InOneTransactionAsync(factory, db => db.Notifications.AddRange(Enumerable.Range(0, count).Select(i => new Notification(userId, $"Paging note {i}", "/", at(i)))));

    public static Task OutboxAsync(CpdTwitterFactory factory, int district, int count) =>
        InOneTransactionAsync(factory, db => db.Outbox.AddRange(Enumerable.Range(0, count)
            .Select(i => new OutboxMessage(OutboxKind.PublishPost, Guid.NewGuid(), district, DateTime.UtcNow.AddDays(10).AddMinutes(i / 3), DateTime.UtcNow))));

    private static Post Draft(string authorId, int district, int i, DateTime at) =>
        Post.Draft(district, authorId, "Paging author", new PostContent(PostCategory.CommunityAlert, $"Bulk posting {i} in district {district:000}", null, false, null), at);

    private static async Task<List<Guid>> AddPostsAsync(CpdTwitterFactory factory, int count, Func<int, Post> make)
    {
        var posts = Enumerable.Range(0, count).Select(make).ToList();
        await InOneTransactionAsync(factory, db => db.Posts.AddRange(posts));
        return posts.Select(p => p.Id).ToList();
    }

    private static Task<int> InOneTransactionAsync(CpdTwitterFactory factory, Action<CpdTwitterDbContext> add) =>
        factory.WithServiceAsync<int, CpdTwitterDbContext>(async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            add(db);
            var saved = await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return saved;
        });
}
