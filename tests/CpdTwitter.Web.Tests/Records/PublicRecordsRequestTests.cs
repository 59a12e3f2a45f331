using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Requests;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>The FOIA request log: due dates over Thanksgiving, the one extension, and the overdue notice sent once.</summary>
public sealed class PublicRecordsRequestTests : IDisposable
{
    // FixedClockFactory.Now is Wednesday, November 25, 2026 (10:30 am in Chicago), the day before Thanksgiving.
    private readonly FixedClockFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Request(string requester = "A. Journalist", string received = "2026-11-25") => new()
    {
        ["Requester"] = requester, ["ReceivedOn"] = received, ["Asked"] = "District 12 postings about the parade", ["District"] = "12",
    };

    [Fact]
    public async Task A_request_received_before_Thanksgiving_is_due_five_business_days_later_and_is_extended_once()
    {
        using var news = await _factory.SignedInAsync("news.foia", null, Roles.NewsAffairs);

        var refused = await news.SubmitAsync("/Records/Requests", Request(requester: ""));
        refused.FieldError("Requester").ShouldBe("Enter who made the request.");

        var page = await news.SubmitAsync("/Records/Requests", Request());
        // Thu 26 and Fri 27 are holidays: Mon 30, Tue Dec 1, Wed 2, Thu 3, Fri 4.
        page.Text("#due").ShouldContain("Friday, Dec 4, 2026");

        var late = await news.SubmitAsync(page, new Dictionary<string, string> { ["ExtensionReason"] = nameof(FoiaExtensionReason.ExemptionReview), ["ExtendedDueOn"] = "5", ["ExtensionNoticeOn"] = "2026-11-24" }, "Extend");
        late.FieldError("ExtensionNoticeOn").ShouldContain("within 5 business days");

        var extended = await news.SubmitAsync(page, new Dictionary<string, string> { ["ExtensionReason"] = nameof(FoiaExtensionReason.ExemptionReview), ["ExtendedDueOn"] = "5", ["ExtensionNoticeOn"] = "2026-11-25" }, "Extend");
        extended.Text("#due").ShouldContain("extended to Friday, Dec 11, 2026");
        extended.Text("#due").ShouldContain("(v) The records must be examined for exemptions");
        extended.QuerySelector("#extend-submit").ShouldBeNull();

        var id = await _factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db => db.FoiaRequests.Select(r => r.Id).SingleAsync());
        (await _factory.AuditTrailAsync(AuditSubjects.FoiaRequest, id.ToString())).ShouldBe([AuditActions.PublicRecords.Logged, AuditActions.PublicRecords.Extended]);
    }

    [Fact]
    public async Task Representatives_cannot_see_the_log()
    {
        using var rep = await _factory.SignedInAsync("po.foia", 12, Roles.Representative);

        await rep.GetAsync("/Records/Requests");

        rep.Status.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_overdue_request_is_flagged_and_notified_to_ISD_and_News_Affairs_exactly_once()
    {
        using var news = await _factory.SignedInAsync("news.foia", null, Roles.NewsAffairs);
        await _factory.CreateUserAsync("isd.foia", null, Roles.IsdAdministrator);
        await news.SubmitAsync("/Records/Requests", Request());
        var notify = () => _factory.WithServiceAsync<int, FoiaRequestLog>(log => log.NotifyOverdueAsync());

        (await notify()).ShouldBe(0);
        ((FakeTimeProvider)_factory.Clock!).Advance(TimeSpan.FromDays(10)); // Saturday, December 5: one day past due.
        await Task.WhenAll(notify(), notify());
        await notify();

        var notices = await _factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db =>
            db.Notifications.Where(n => n.Text.StartsWith("Public-records request overdue")).Select(n => n.UserId).ToListAsync());
        notices.Count.ShouldBe(notices.Distinct().Count());
        notices.ShouldContain((await _factory.FindUserAsync("isd.foia")).Id);
        notices.ShouldContain((await _factory.FindUserAsync("news.foia")).Id);
        using var fresh = await _factory.SignedInAsync("news.foia", null, Roles.NewsAffairs);
        (await fresh.GetAsync("/Records/Requests")).Text("#requests").ShouldContain("Overdue: counts as a denial");
    }
}
