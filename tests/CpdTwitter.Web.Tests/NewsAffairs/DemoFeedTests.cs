using System.Net;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Seeding;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.NewsAffairs;

/// <summary>The demo seed's weeks of postings (issue 14) as News Affairs sees them in the feed, and the seed run twice.</summary>
public sealed class DemoFeedTests : IAsyncLifetime
{
    private readonly CpdTwitterFactory _factory = new() { Environment = "Development", SeedDemo = true };

    public ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_demo_feed_has_weeks_of_postings_of_three_districts_in_every_kind_of_state_and_no_drafts()
    {
        var counts = await _factory.WithServiceAsync<Dictionary<PostState, int>, CpdTwitterDbContext>(db =>
            db.Posts.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var districts = await _factory.WithServiceAsync<List<int>, CpdTwitterDbContext>(db => db.Posts.Select(p => p.District).Distinct().OrderBy(d => d).ToListAsync());
        var oldest = await _factory.WithServiceAsync<DateTime, CpdTwitterDbContext>(db => db.Posts.MinAsync(p => p.CreatedAt));
        districts.ShouldBe([11, 12, 18]);
        oldest.ShouldBeLessThan(DateTime.UtcNow.AddDays(-42));
        foreach (var state in new[] { PostState.Reviewed, PostState.Published, PostState.Discontinued, PostState.Rejected, PostState.Failed, PostState.Cancelled, PostState.AwaitingNewsAffairs })
        {
            counts.GetValueOrDefault(state).ShouldBeGreaterThan(0, state.ToString());
        }

        var shown = counts.Where(c => c.Key != PostState.Draft).Sum(c => c.Value);
        using var news = new Browser(_factory.CreateClient());
        await news.SignInAsync("news.bell", DemoSeeder.Password);
        var page = await news.GetAsync("/NewsAffairs/Postings");
        news.Status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#page-summary")!.TextContent.ShouldBe($"Showing 1–50 of {shown:N0} postings");
        page.QuerySelector("#feed")!.TextContent.ShouldNotContain("Toy drive"); // po.moreno's draft
        (await news.GetAsync("/NewsAffairs/Postings?correction=true")).QuerySelectorAll("#feed li").Length.ShouldBeGreaterThan(0);
        (await news.GetAsync("/NewsAffairs/Postings?discontinued=true")).QuerySelectorAll("#feed li").Length.ShouldBe(counts.GetValueOrDefault(PostState.Discontinued) + counts.GetValueOrDefault(PostState.Discontinuing));
        var eleven = await news.GetAsync("/NewsAffairs/Postings?district=11");
        eleven.QuerySelectorAll("#feed .feed-district").Select(d => d.TextContent).Distinct().ShouldBe(["District 011"]);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        var again = await _factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.CountAsync());
        again.ShouldBe(counts.Values.Sum());
    }

    [Fact]
    public async Task The_demo_shows_a_post_made_and_one_deleted_outside_the_app_in_district_012()
    {
        using var news = new Browser(_factory.CreateClient());
        await news.SignInAsync("news.bell", DemoSeeder.Password);
        var feed = await news.GetAsync("/NewsAffairs/Postings?outside=true&district=12");
        feed.QuerySelectorAll("#feed .origin-outside").Length.ShouldBe(1);
        feed.QuerySelectorAll("#feed .deleted-outside").Length.ShouldBe(1);

        var outside = await _factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db => db.Posts.Where(p => p.District == 12 && p.Origin == PostOrigin.OutsideApp).Select(p => p.Id).SingleAsync());
        using var sergeant = new Browser(_factory.CreateClient());
        await sergeant.SignInAsync("sgt.kowalski", DemoSeeder.Password);
        var record = await sergeant.GetAsync($"/Posts/{outside}");
        sergeant.Status.ShouldBe(HttpStatusCode.OK);
        record.QuerySelector("#post-state .origin-outside")!.TextContent.ShouldBe("Made outside the app");
        var author = await _factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.Users.Where(u => u.Id == Post.OutsideAppAuthorId && u.DisabledAt != null && u.PasswordHash == null).Select(u => u.Id).ToListAsync());
        author.ShouldHaveSingleItem();
    }
}
