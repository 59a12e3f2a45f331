using System.Globalization;
using System.Net;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// Following, changing and cancelling a queued post before it goes (issue #13), through the pages, on a clock the test
/// moves and with the publisher run by the test: what X receives is exactly one post at the new time, or none.
/// </summary>
public sealed class QueuedPostChangeTests(ManualPublishingApp app) : IClassFixture<ManualPublishingApp>
{
    private static DateTime Minute(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);

    private static string Local(DateTime utc) => ChicagoTime.ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private async Task<Browser> OfficerAsync(string logOnId, int district)
    {
        await app.RepresentativeAsync(logOnId, district, 1, $"{district}0{district}");
        await app.ConnectAsync(district);
        var officer = new Browser(app.Factory.CreateClient());
        await officer.SignInAsync(logOnId);
        return officer;
    }

    private int Sent(string marker) => app.X.Requests.Count(r => r.Method == "POST" && r.Body != null && r.Body.Contains(marker, StringComparison.Ordinal));

    private Task<OutboxMessage> MessageAsync(Guid id) =>
        app.Factory.WithServiceAsync<OutboxMessage, CpdTwitterDbContext>(db => db.Outbox.AsNoTracking().SingleAsync(m => m.PostId == id && m.Kind == OutboxKind.PublishPost));

    [Fact]
    public async Task The_author_sees_when_a_queued_post_goes_out_reschedules_it_and_it_is_sent_once_at_the_new_time()
    {
        using var officer = await OfficerAsync("po.resched", 18);
        var now = Minute(app.UtcNow);
        const string text = "Beat 1811 meeting Thursday 6 pm at the district station.";
        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.BeatMeeting, scheduledFor: Local(now.AddHours(1)));

        (await officer.GetAsync($"/Posts/{id}")).Text("#goes-out").ShouldContain(ChicagoTime.Format(now.AddHours(1)));
        (await officer.GetAsync("/Drafts")).Text($"tr[data-id='{id}'] .goes-out").ShouldBe($"Goes out {ChicagoTime.Format(now.AddHours(1))}");
        var form = await officer.GetAsync($"/Posts/{id}/Change");
        form.Text("#goes-out").ShouldContain(ChicagoTime.Format(now.AddHours(1)));

        var changed = await officer.SubmitAsync(form, new Dictionary<string, string> { ["ScheduledFor"] = Local(now.AddHours(3)), ["Text"] = text }, handler: "Save");

        changed.Text("[role=status]").ShouldBe($"Changed. It goes out {ChicagoTime.Format(now.AddHours(3))}.", customMessage: changed.Errors());
        (await MessageAsync(id)).DueAt.ShouldBe(now.AddHours(3));
        app.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await app.DrainAsync();
        Sent("Beat 1811").ShouldBe(0);
        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);

        app.Time.Advance(TimeSpan.FromHours(2));
        await app.DrainAsync();
        await app.DrainAsync();

        var published = await app.PostAsync(id);
        published.State.ShouldBe(PostState.Published, published.PublishingMessage);
        published.RevisionNumber.ShouldBe(1);
        Sent("Beat 1811").ShouldBe(1);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldContain(AuditActions.Post.Rescheduled);
    }

    [Fact]
    public async Task A_notable_post_whose_text_changes_goes_back_to_News_Affairs_and_is_not_sent_meanwhile()
    {
        using var officer = await OfficerAsync("po.renote", 19);
        var now = Minute(app.UtcNow);
        var id = await PublishingApp.SubmitAsync(officer, "Man arrested after the burglary on Halsted (1921); thanks to the neighbors who called 911.", scheduledFor: Local(now.AddHours(2)));
        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingNewsAffairs);
        (await app.Factory.WithServiceAsync<Outcome, PostWorkflow>(w => w.ApproveAsync(id, PostApprover.From(TestActors.NewsAffairs)!, null, null))).Succeeded.ShouldBeTrue();
        (await app.PostAsync(id)).State.ShouldBe(PostState.Queued);

        var changed = await officer.SubmitAsync($"/Posts/{id}/Change", new Dictionary<string, string>
        {
            ["ScheduledFor"] = Local(now.AddHours(2)),
            ["Text"] = "Man charged after the burglary on Halsted (1921); thanks to the neighbors who called 911.",
        }, handler: "Save");

        changed.Text("[role=status]").ShouldStartWith("Changed. The new text went back to the Office of News Affairs", customMessage: changed.Errors());
        var post = await app.PostAsync(id);
        post.State.ShouldBe(PostState.AwaitingNewsAffairs);
        post.RevisionNumber.ShouldBe(2);
        (await MessageAsync(id)).CompletedAt.ShouldNotBeNull();
        app.Time.Advance(TimeSpan.FromHours(3));
        await app.DrainAsync();
        Sent("(1921)").ShouldBe(0);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldContain(AuditActions.Post.ChangedBeforeSending);
    }

    [Fact]
    public async Task The_author_cancels_a_queued_post_and_nothing_is_sent()
    {
        using var officer = await OfficerAsync("po.withdraw", 20);
        var now = Minute(app.UtcNow);
        var id = await PublishingApp.SubmitAsync(officer, "Beat 2011 meeting moved (2011).", PostCategory.BeatMeeting, scheduledFor: Local(now.AddHours(1)));

        var cancelled = await officer.SubmitAsync($"/Posts/{id}/Change", new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Outdated), ["note"] = "Meeting moved again" }, handler: "Cancel");

        cancelled.Text("[role=status]").ShouldBe("Cancelled before it went out; the record is kept.", customMessage: cancelled.Errors());
        var post = await app.PostAsync(id);
        post.State.ShouldBe(PostState.Cancelled);
        post.DiscontinuedByName.ShouldNotBeNull().ShouldNotBe(string.Empty);
        app.Time.Advance(TimeSpan.FromHours(2));
        await app.DrainAsync();
        Sent("(2011)").ShouldBe(0);
        (await app.Factory.AuditTrailAsync("Post", id.ToString())).ShouldContain(AuditActions.Post.Cancelled);
    }

    [Fact]
    public async Task Once_the_publisher_has_claimed_the_post_it_is_too_late_and_the_page_says_so_and_it_is_sent_once_unchanged()
    {
        using var officer = await OfficerAsync("po.race", 14);
        var now = Minute(app.UtcNow);
        const string text = "Beat 2111 meeting tonight (2111).";
        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.BeatMeeting, scheduledFor: Local(now.AddMinutes(20)));
        var form = await officer.GetAsync($"/Posts/{id}/Change");
        var token = form.AntiforgeryToken("#change-form");

        // Another publisher instance takes the message's lease, as it does just before sending.
        app.Time.Advance(TimeSpan.FromMinutes(20));
        var leaseUntil = app.UtcNow.AddMinutes(1);
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Outbox.Where(m => m.PostId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, "another-instance").SetProperty(m => m.LeaseUntil, leaseUntil)));

        (await officer.GetAsync($"/Posts/{id}/Change")).Text("#too-late").ShouldBe(QueuedPostChanges.TooLateMessage);
        var refused = await officer.PostAsync($"/Posts/{id}/Change?handler=Save", [new("Text", "Changed too late (2111)."), new("ScheduledFor", Local(now.AddHours(5))), new("__RequestVerificationToken", token)]);
        refused.Text("#change-errors").ShouldBe(QueuedPostChanges.TooLateMessage);
        var cancel = await officer.PostAsync($"/Posts/{id}/Change?handler=Cancel", [new("reason", nameof(DiscontinueReason.Outdated)), new("__RequestVerificationToken", token)]);
        cancel.Text("#change-errors").ShouldBe(QueuedPostChanges.TooLateMessage);

        var post = await app.PostAsync(id);
        post.State.ShouldBe(PostState.Queued);
        post.Text.ShouldBe(text);
        post.RevisionNumber.ShouldBe(1);
        var message = await MessageAsync(id);
        message.CompletedAt.ShouldBeNull();
        message.DueAt.ShouldBe(now.AddMinutes(20));

        // The other instance never finished: its lease runs out and this one sends the post, once, as it was.
        app.Time.Advance(TimeSpan.FromMinutes(2));
        await app.DrainAsync();
        (await app.PostAsync(id)).State.ShouldBe(PostState.Published);
        Sent("(2111)").ShouldBe(1);
        app.X.Posts.Values.ShouldContain(text);
    }

    [Fact]
    public async Task Another_districts_members_cannot_see_or_change_it_and_the_district_sergeant_can()
    {
        using var officer = await OfficerAsync("po.guarded", 22);
        var now = Minute(app.UtcNow);
        const string text = "Beat 2211 meeting Friday (2211).";
        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.BeatMeeting, scheduledFor: Local(now.AddHours(4)));
        using var otherSergeant = await app.Factory.SignedInAsync("sgt.guard.25", 25, Roles.CommunityPolicingSergeant);
        using var colleague = await app.Factory.SignedInAsync("po.guard.colleague", 22, Roles.Representative);

        await otherSergeant.GetAsync($"/Posts/{id}/Change");
        otherSergeant.Status.ShouldBe(HttpStatusCode.NotFound);
        var token = (await otherSergeant.GetAsync("/Review")).AntiforgeryToken();
        await otherSergeant.PostAsync($"/Posts/{id}/Change?handler=Save", [new("Text", "Hijacked (2211)."), new("ScheduledFor", string.Empty), new("__RequestVerificationToken", token)]);
        otherSergeant.Status.ShouldBe(HttpStatusCode.NotFound);
        await otherSergeant.PostAsync($"/Posts/{id}/Change?handler=Cancel", [new("reason", nameof(DiscontinueReason.Outdated)), new("__RequestVerificationToken", token)]);
        otherSergeant.Status.ShouldBe(HttpStatusCode.NotFound);
        await colleague.GetAsync($"/Posts/{id}/Change");
        colleague.Status.ShouldBe(HttpStatusCode.Forbidden);
        var unchanged = await app.PostAsync(id);
        unchanged.State.ShouldBe(PostState.Queued);
        unchanged.Text.ShouldBe(text);

        using var sergeant = await app.Factory.SignedInAsync("sgt.guard.22", 22, Roles.CommunityPolicingSergeant);
        var record = await sergeant.GetAsync($"/Posts/{id}");
        record.QuerySelector("#change-link").ShouldNotBeNull();
        var changed = await sergeant.SubmitAsync($"/Posts/{id}/Change", new Dictionary<string, string> { ["ScheduledFor"] = Local(now.AddHours(6)), ["Text"] = text }, handler: "Save");
        changed.Text("[role=status]").ShouldBe($"Changed. It goes out {ChicagoTime.Format(now.AddHours(6))}.", customMessage: changed.Errors());
        var notice = await app.Factory.WithServiceAsync<string, CpdTwitterDbContext>(db => db.Notifications.Where(n => n.UserId == unchanged.AuthorId).OrderByDescending(n => n.CreatedAt).Select(n => n.Text).FirstAsync());
        notice.ShouldContain($"changed the go-out time of your queued post");
        notice.ShouldContain(ChicagoTime.Format(now.AddHours(6)));
    }

    [Fact]
    public async Task Off_duty_the_author_cannot_change_their_queued_post()
    {
        using var officer = await OfficerAsync("po.lateshift", 24);
        var now = Minute(app.UtcNow);
        const string text = "Beat 2411 meeting next week (2411).";
        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.BeatMeeting, scheduledFor: Local(now.AddDays(2)));
        (await officer.GetAsync($"/Posts/{id}/Change")).QuerySelector("#change-form").ShouldNotBeNull("On duty the author may change it.");

        app.Time.Advance(TimeSpan.FromHours(9)); // the confirmed shift has ended (and the idle session with it: sign in again)
        using var later = new Browser(app.Factory.CreateClient());
        await later.SignInAsync("po.lateshift");

        var page = await later.GetAsync($"/Posts/{id}/Change");
        page.Text("#acting-refused").ShouldContain("You are off duty");
        page.QuerySelector("#change-form").ShouldBeNull();
        var refused = await later.PostAsync($"/Posts/{id}/Change?handler=Save", [new("Text", "Changed off duty (2411)."), new("ScheduledFor", Local(now.AddDays(2))), new("__RequestVerificationToken", page.AntiforgeryToken())]);
        refused.Text("#acting-refused").ShouldContain("You are off duty");
        var post = await app.PostAsync(id);
        post.Text.ShouldBe(text);
        post.State.ShouldBe(PostState.Queued);
    }
}
