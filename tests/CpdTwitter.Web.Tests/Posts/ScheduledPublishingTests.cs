using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>The app on a clock the test moves, so "at its scheduled time" is checked without waiting for it.</summary>
public sealed class ScheduledPublishingApp : PublishingApp
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? Clock => Time;
}

public sealed class ScheduledPublishingTests(ScheduledPublishingApp app) : IClassFixture<ScheduledPublishingApp>
{
    [Fact]
    public async Task A_scheduled_post_waits_for_its_time_in_Chicago_and_then_goes()
    {
        await app.RepresentativeAsync("po.scheduled", 17, 1, "17017");
        await app.ConnectAsync(17);
        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.scheduled");
        var at = TimeZoneInfo.ConvertTimeFromUtc(app.Time.GetUtcNow().UtcDateTime.AddHours(2), ChicagoTime.Zone);
        var local = at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        var id = await PublishingApp.SubmitAsync(officer, "Scheduled: Beat 1713 meeting starts in one hour.", PostCategory.BeatMeeting, scheduledFor: local);
        await app.DrainAsync();

        var queued = await app.PostAsync(id);
        queued.State.ShouldBe(PostState.Queued);
        queued.ScheduledFor.ShouldBe(TimeZoneInfo.ConvertTimeToUtc(DateTime.ParseExact(local, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ChicagoTime.Zone));
        app.X.Requests.ShouldNotContain(r => r.Body != null && r.Body.Contains("Beat 1713", StringComparison.Ordinal));
        var page = await officer.GetAsync($"/Posts/{id}");
        page.Text("[role=status]").ShouldContain(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        app.Time.Advance(TimeSpan.FromHours(2).Add(TimeSpan.FromMinutes(1)));
        var published = await app.WaitForAsync(id, PostState.Published);

        published.PublishedAt!.Value.ShouldBeGreaterThanOrEqualTo(queued.ScheduledFor!.Value);
        app.X.Requests.Count(r => r.Body != null && r.Body.Contains("Beat 1713", StringComparison.Ordinal)).ShouldBe(1);
    }
}
