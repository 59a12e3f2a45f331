using System.Net;
using System.Net.Sockets;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// The app pointed at a loopback port nobody listens on (every connection is refused before anything is sent), on a
/// clock the test moves; the test later starts the fake X on that very port.
/// </summary>
public sealed class UnreachableXApp : ManualPublishingApp
{
    public int ClosedPort { get; } = FreePort();

    protected override Uri? XBaseUrl => new($"http://127.0.0.1:{ClosedPort}/");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed class UnreachableXTests(UnreachableXApp app) : IClassFixture<UnreachableXApp>
{
    private Task<OutboxMessage> MessageAsync(Guid postId) =>
        app.Factory.WithServiceAsync<OutboxMessage, CpdTwitterDbContext>(db => db.Outbox.AsNoTracking().SingleAsync(m => m.PostId == postId));

    [Fact]
    public async Task When_X_cannot_be_reached_the_post_stays_queued_and_is_retried_with_backoff()
    {
        await app.RepresentativeAsync("po.unreachable", 20, 1, "20020");
        await app.ConnectAsync(20);
        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.unreachable");
        const string text = "Unreachable X: this post must wait, not be lost.";

        var id = await PublishingApp.SubmitAsync(officer, text);
        await app.DrainAsync();

        var refused = await MessageAsync(id);
        refused.Attempts.ShouldBe(1);
        refused.LastError.ShouldBe("X could not be reached; nothing was sent.");
        refused.AttemptStartedAt.ShouldBeNull();
        refused.CompletedAt.ShouldBeNull();
        refused.DueAt.ShouldBeGreaterThan(app.UtcNow); // backed off, not retried at once
        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);

        // X is back (on the port the app was given); before the backoff has passed nothing is tried.
        await using var x = await FakeXServer.StartAsync(app.ClosedPort);
        app.Time.Advance(refused.DueAt - app.UtcNow - TimeSpan.FromSeconds(1));
        await app.DrainAsync();
        x.Requests.ShouldBeEmpty();
        (await MessageAsync(id)).Attempts.ShouldBe(1);

        app.Time.Advance(TimeSpan.FromSeconds(1));
        await app.DrainAsync();

        var request = x.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/2/tweets");
        request.SignatureValid.ShouldBeTrue();
        var published = await app.PostAsync(id);
        published.State.ShouldBe(PostState.Published, published.PublishingMessage);
        x.Posts[published.XPostId!].ShouldBe(text);
        var done = await MessageAsync(id);
        done.Attempts.ShouldBe(2);
        done.CompletedAt.ShouldNotBeNull();
    }
}
