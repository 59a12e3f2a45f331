using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// X takes the post and never answers (or never takes it): the client's own timeout (2 s in this app only) turns the
/// attempt into an unknown outcome, which is reconciled against the account, never resent blindly.
/// </summary>
public sealed class XTimeoutTests(ShortTimeoutPublishingApp app) : IClassFixture<ShortTimeoutPublishingApp>
{
    private async Task<Browser> RepresentativeAsync(string logOnId, int district, int slot, string star)
    {
        await app.RepresentativeAsync(logOnId, district, slot, star);
        await app.ConnectAsync(district);
        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    private Task<List<string>> AuditTrailAsync(Guid postId) =>
        app.Factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.SubjectId == postId.ToString()).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task A_timeout_after_X_processed_the_post_is_reconciled_without_a_second_POST()
    {
        using var officer = await RepresentativeAsync("po.timeout", 8, 1, "10008");
        const string text = "Holiday safety: keep packages out of sight. Call 911 in an emergency.";
        app.X.Enqueue(FakeXBehaviour.HangAfterProcessing, HttpMethod.Post, "/2/tweets", "Holiday safety");

        var id = await PublishingApp.SubmitAsync(officer, text, PostCategory.CrimePreventionTip);
        var post = await app.WaitForAsync(id, PostState.Published);

        app.X.PendingBehaviours.ShouldBe(0);
        app.X.Requests.Count(r => r.Method == "POST" && r.Body!.Contains("Holiday safety", StringComparison.Ordinal)).ShouldBe(1);
        app.X.Posts[post.XPostId!].ShouldBe(text);
        (await AuditTrailAsync(id)).ShouldBe(["post.drafted", "post.submitted", "post.send-attempted", "post.outcome-unknown", "post.reconciled"]);
    }

    [Fact]
    public async Task A_timeout_before_X_processed_it_stays_unknown_for_ISD_and_is_never_resent_by_itself()
    {
        using var officer = await RepresentativeAsync("po.lost", 9, 1, "10009");
        using var isdBrowser = await app.Factory.SignedInAsync("isd.lost", null, Roles.IsdAdministrator);
        var isd = (await app.Factory.FindUserAsync("isd.lost")).Id;
        app.X.Enqueue(FakeXBehaviour.HangBeforeProcessing, HttpMethod.Post, "/2/tweets", "Snow parking ban");

        var id = await PublishingApp.SubmitAsync(officer, "Snow parking ban starts tonight at 3 am on arterial streets.", PostCategory.CommunityAlert);
        await app.WaitForAsync(id, PostState.OutcomeUnknown);
        await PublishingApp.WaitUntilAsync(() => app.Factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.Outbox.AllAsync(m => m.PostId != id || m.CompletedAt != null)), "the reconciliation to give up");

        (await app.PostAsync(id)).State.ShouldBe(PostState.OutcomeUnknown);
        app.X.Requests.Count(r => r.Method == "POST" && r.Body!.Contains("Snow parking ban", StringComparison.Ordinal)).ShouldBe(1);
        var handedOver = await app.Factory.WithServiceAsync<List<Domain.Notifications.Notification>, CpdTwitterDbContext>(db => db.Notifications.Where(n => n.UserId == isd).ToListAsync());
        handedOver.ShouldHaveSingleItem().Text.ShouldBe("A district 009 post's outcome on X is unknown and it was not found on the account: check it by hand.");
        handedOver[0].Link.ShouldBe("/Publishing");
        (await isdBrowser.GetAsync(handedOver[0].Link)).Text("h1").ShouldContain("Publishing");
        isdBrowser.Status.ShouldBe(System.Net.HttpStatusCode.OK);

        // ISD checked the account by hand: not there, so it is sent again, once.
        (await app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(w => w.RequeueUnknownAsync(id, TestActors.Isd))).Succeeded.ShouldBeTrue();
        await app.WaitForAsync(id, PostState.Published);
        app.X.Requests.Count(r => r.Method == "POST" && r.Body!.Contains("Snow parking ban", StringComparison.Ordinal)).ShouldBe(2);
    }
}
