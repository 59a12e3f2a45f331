using System.Net;
using System.Net.Sockets;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>The app pointed at a loopback port nobody listens on: every connection is refused before anything is sent.</summary>
public sealed class UnreachableXApp : PublishingApp
{
    private static readonly Uri Closed = ClosedPort();

    protected override Uri? XBaseUrl => Closed;

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}

public sealed class UnreachableXTests(UnreachableXApp app) : IClassFixture<UnreachableXApp>
{
    [Fact]
    public async Task When_X_cannot_be_reached_the_post_stays_queued_and_is_retried_with_backoff()
    {
        await app.RepresentativeAsync("po.unreachable", 20, 1, "20020");
        await app.ConnectAsync(20);
        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.unreachable");

        var id = await PublishingApp.SubmitAsync(officer, "Unreachable X: this post must wait, not be lost.");
        OutboxMessage? message = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            message = await app.Factory.WithServiceAsync<OutboxMessage?, CpdTwitterDbContext>(db => db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.PostId == id && m.Attempts > 0));
            if (message?.LastError is not null)
            {
                break;
            }

            await Task.Delay(100);
        }

        message.ShouldNotBeNull();
        message.LastError.ShouldBe("X could not be reached; nothing was sent.");
        message.AttemptStartedAt.ShouldBeNull();
        message.CompletedAt.ShouldBeNull();
        message.DueAt.ShouldBeGreaterThan(DateTime.UtcNow);
        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);
    }
}
