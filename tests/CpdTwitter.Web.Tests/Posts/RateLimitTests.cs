using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>X's rate limit, on a clock the test moves: the post waits for the reset X named, then goes once.</summary>
public sealed class RateLimitTests(ManualPublishingApp app) : IClassFixture<ManualPublishingApp>
{
    [Fact]
    public async Task A_rate_limited_post_waits_for_the_reset_and_is_then_sent_once()
    {
        await app.RepresentativeAsync("po.ratelimit", 7, 1, "10007");
        await app.ConnectAsync(7);
        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.ratelimit");
        var reset = app.Time.GetUtcNow().AddMinutes(15);
        app.X.RateLimitReset = reset;
        app.X.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Post, "/2/tweets", "Beat 712");
        const string text = "Beat 712 meeting moved to Thursday 6 pm.";

        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.BeatMeeting);
        await app.DrainAsync();

        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);
        var waiting = await app.Factory.WithServiceAsync<OutboxMessage, CpdTwitterDbContext>(db => db.Outbox.AsNoTracking().SingleAsync(m => m.PostId == id));
        waiting.DueAt.ShouldBe(reset.UtcDateTime);
        waiting.LastError.ShouldBe("X's rate limit (429); waiting for the reset.");
        (await app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.SubjectType == "XAccount" && e.SubjectId == "7").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync()))
            .ShouldBe(["x-account.rate-limited"]);

        app.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        await app.DrainAsync();
        app.X.Requests.Count(r => r.Method == "POST" && r.Body!.Contains("Beat 712", StringComparison.Ordinal)).ShouldBe(1); // only the 429 so far
        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);

        app.Time.Advance(TimeSpan.FromSeconds(1));
        await app.DrainAsync();

        var published = await app.PostAsync(id);
        published.State.ShouldBe(PostState.Published, published.PublishingMessage);
        app.X.Requests.Count(r => r.Method == "POST" && r.Body!.Contains("Beat 712", StringComparison.Ordinal)).ShouldBe(2); // the 429, then the one that went
        app.X.Posts.Values.Count(v => v == text).ShouldBe(1);
        app.X.Posts[published.XPostId!].ShouldBe(text);
    }
}
