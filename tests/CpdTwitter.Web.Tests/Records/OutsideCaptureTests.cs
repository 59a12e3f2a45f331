using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Capture;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>
/// The capture of what happens outside the app (directive V.D.2) through the fake X: a post made directly on X is
/// recorded once for the account's district, an app posting deleted directly on X is flagged, a read cut short flags
/// nothing, News Affairs and ISD are told once per run, and the feed, record and CSV show it.
/// </summary>
public sealed class OutsideCaptureTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private const int District = 12;

    private Task<IReadOnlyList<DistrictCapture>> CaptureAsync() =>
        app.Factory.Services.GetRequiredService<TimelineCapture>().RunAsync(force: true, TestContext.Current.CancellationToken);

    private Task<List<Post>> OutsidePostsAsync() =>
        app.Factory.WithServiceAsync<List<Post>, CpdTwitterDbContext>(db => db.Posts.AsNoTracking().Where(p => p.Origin == PostOrigin.OutsideApp).ToListAsync());

    private async Task<Guid> PublishedAppPostAsync(string text)
    {
        if (await app.Factory.FindUserAsync("po.capture") is null)
        {
            await app.RepresentativeAsync("po.capture", District, 1, "41001");
            await app.ConnectAsync(District);
        }

        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.capture");
        var id = await PublishingApp.SubmitAsync(officer, text);
        await app.WaitForAsync(id, PostState.Published);
        return id;
    }

    private Task<int> PublishedAnHourAgoAsync(params Guid[] ids) =>
        app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.Where(p => ids.Contains(p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishedAt, DateTime.UtcNow.AddHours(-1))));

    [Fact]
    public async Task Posts_made_and_deleted_outside_the_app_are_recorded_once_and_shown()
    {
        var kept = await PublishedAppPostAsync("Capture: the station lobby is open all night.");
        var deletedOnX = await PublishedAppPostAsync("Capture: this one someone removes on X.");
        // Both went out an hour ago: within the window the read covers (the last five minutes are too new to judge).
        await PublishedAnHourAgoAsync(kept, deletedOnX);
        var xId = (await app.PostAsync(deletedOnX)).XPostId!;
        app.X.DeleteDirectlyOnX(xId).ShouldBeTrue();
        var outsideId = app.X.PostDirectlyOnX("Posted from the phone, not through the app.", DateTime.UtcNow.AddHours(-2));
        using var newsAffairs = await app.Factory.SignedInAsync("na.capture", null, Roles.NewsAffairs);
        using var isd = await app.Factory.SignedInAsync("isd.capture", null, Roles.IsdAdministrator);

        var first = await CaptureAsync();
        var second = await CaptureAsync();

        first.ShouldHaveSingleItem().ShouldBe(new DistrictCapture(District, 1, true, 1, 1, null));
        second.ShouldHaveSingleItem().ShouldBe(new DistrictCapture(District, 1, true, 0, 0, null));
        var outside = (await OutsidePostsAsync()).Where(p => p.XPostId == outsideId).ShouldHaveSingleItem();
        outside.XPostId.ShouldBe(outsideId);
        outside.District.ShouldBe(District);
        outside.Text.ShouldBe("Posted from the phone, not through the app.");
        (await app.PostAsync(deletedOnX)).DeletedOutsideAppAt.ShouldNotBeNull();
        (await app.PostAsync(kept)).DeletedOutsideAppAt.ShouldBeNull();
        (await app.Factory.AuditTrailAsync(AuditSubjects.Post, outside.Id.ToString())).ShouldBe([AuditActions.Post.CapturedOutsideApp]);
        (await app.Factory.AuditTrailAsync(AuditSubjects.Post, deletedOnX.ToString())).ShouldContain(AuditActions.Post.DeletedOutsideApp);
        app.X.Requests.Where(r => r.Path == "/2/users/1234/tweets").ShouldAllBe(r => r.SignatureValid);
        app.X.TimelineQueries.ShouldAllBe(q => q.Contains("tweet.fields=created_at", StringComparison.Ordinal) && q.Contains("start_time=", StringComparison.Ordinal));

        foreach (var member in new[] { "na.capture", "isd.capture" })
        {
            var userId = (await app.Factory.FindUserAsync(member)).Id;
            var notes = await app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.Notifications.Where(n => n.UserId == userId && n.Text.StartsWith(TimelineCapture.NotificationPrefix)).Select(n => n.Text).ToListAsync());
            notes.ShouldHaveSingleItem().ShouldContain("district 012: 1 post made outside the app, 1 posting deleted outside the app");
        }

        var feed = await newsAffairs.GetAsync("/NewsAffairs/Postings?outside=true");
        feed.QuerySelector($"#row-{kept:N}").ShouldBeNull();
        feed.QuerySelector($"#row-{outside.Id:N} .origin-outside")!.TextContent.ShouldBe("Made outside the app");
        feed.QuerySelector($"#row-{deletedOnX:N} .deleted-outside")!.TextContent.ShouldBe("Deleted outside the app");
        var record = await newsAffairs.GetAsync($"/Posts/{outside.Id}");
        record.Text("#made-outside").ShouldContain("Made outside the app");
        (await newsAffairs.GetAsync($"/Posts/{deletedOnX}")).Text("#deleted-outside").ShouldContain("Deleted outside the app");

        var csv = await newsAffairs.Client.GetStringAsync("/NewsAffairs/Postings?handler=Csv&outside=true", TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldContain(",origin,deleted_outside_utc");
        lines.ShouldContain(l => l.StartsWith(outside.Id.ToString(), StringComparison.Ordinal) && l.Contains(",Made outside the app,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_account_s_district_gets_the_records_and_its_sergeant_reviews_them()
    {
        await PublishedAppPostAsync("Capture: district scope check.");
        var outsideId = app.X.PostDirectlyOnX("Scope: posted directly on X.", DateTime.UtcNow.AddHours(-1));

        await CaptureAsync();

        var outside = (await OutsidePostsAsync()).Single(p => p.XPostId == outsideId);
        outside.District.ShouldBe(District);
        using var otherSergeant = await app.Factory.SignedInAsync("sgt.capture.11", 11, Roles.CommunityPolicingSergeant);
        (await otherSergeant.GetAsync($"/Posts/{outside.Id}")).ShouldNotBeNull();
        otherSergeant.LastResponse!.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        using var sergeant = await app.Factory.SignedInAsync("sgt.capture.12", District, Roles.CommunityPolicingSergeant);
        var queue = await sergeant.GetAsync("/Review");
        queue.QuerySelector($"#item-{outside.Id:N}").ShouldNotBeNull();
    }
}

/// <summary>Reads cut short — X's 429 or the configured page limit — record what they read and conclude no deletion.</summary>
public sealed class CaptureLimitTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private const int District = 12;

    private Task<IReadOnlyList<DistrictCapture>> CaptureAsync() =>
        app.Factory.Services.GetRequiredService<TimelineCapture>().RunAsync(force: true, TestContext.Current.CancellationToken);

    private async Task<Guid> PublishedAppPostAsync(string text)
    {
        if (await app.Factory.FindUserAsync("po.limits") is null)
        {
            await app.RepresentativeAsync("po.limits", District, 1, "41002");
            await app.ConnectAsync(District);
        }

        using var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync("po.limits");
        var id = await PublishingApp.SubmitAsync(officer, text);
        await app.WaitForAsync(id, PostState.Published);
        // Published an hour ago, inside the window a complete read covers: only the read being cut short spares it.
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishedAt, DateTime.UtcNow.AddHours(-1))));
        return id;
    }

    [Fact]
    public async Task A_read_cut_short_by_X_s_limit_or_the_page_limit_marks_nothing_deleted()
    {
        var gone = await PublishedAppPostAsync("Capture: gone while X refuses reads.");
        app.X.DeleteDirectlyOnX((await app.PostAsync(gone)).XPostId!).ShouldBeTrue();
        app.X.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Get, "/2/users/1234/tweets");

        var limited = (await CaptureAsync()).ShouldHaveSingleItem();

        limited.ReachedEnd.ShouldBeFalse();
        limited.DeletedOutside.ShouldBe(0);
        limited.StopReason.ShouldNotBeNull().ShouldContain("429");
        (await app.PostAsync(gone)).DeletedOutsideAppAt.ShouldBeNull();
        var run = await app.Factory.WithServiceAsync<TimelineCaptureRun, CpdTwitterDbContext>(db => db.TimelineCaptureRuns.AsNoTracking().SingleAsync(r => r.District == District));
        run.LastResult.ShouldNotBeNull().ShouldContain("429");
        run.LeaseUntil.ShouldBeNull();
        using var isd = await app.Factory.SignedInAsync("isd.limits", null, Roles.IsdAdministrator);
        (await isd.GetAsync("/Admin/Accounts")).Text($"#district-{District} .capture-result").ShouldContain("429");
    }

    [Fact]
    public async Task The_page_limit_stops_the_read_and_marks_nothing_deleted()
    {
        var gone = await PublishedAppPostAsync("Capture: gone beyond the page limit.");
        app.X.DeleteDirectlyOnX((await app.PostAsync(gone)).XPostId!).ShouldBeTrue();
        for (var i = 0; i < 12; i++)
        {
            app.X.PostDirectlyOnX($"Paging filler {i}.", DateTime.UtcNow.AddMinutes(-30 - i));
        }

        var options = app.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CaptureOptions>>().Value;
        var (pages, perPage) = (options.CaptureMaxPagesPerAccount, options.CaptureMaxResultsPerPage);
        options.CaptureMaxPagesPerAccount = 2;
        options.CaptureMaxResultsPerPage = 5;
        try
        {
            var read = (await CaptureAsync()).ShouldHaveSingleItem();

            read.Pages.ShouldBe(2);
            read.ReachedEnd.ShouldBeFalse();
            read.DeletedOutside.ShouldBe(0);
            (await app.PostAsync(gone)).DeletedOutsideAppAt.ShouldBeNull();
            app.X.TimelineQueries[^1].ShouldContain("pagination_token=p5");
        }
        finally
        {
            options.CaptureMaxPagesPerAccount = pages;
            options.CaptureMaxResultsPerPage = perPage;
        }
    }
}
