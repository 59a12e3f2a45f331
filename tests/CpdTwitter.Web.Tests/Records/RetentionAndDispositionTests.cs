using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>Retention settings, the eligible report, legal and FOIA holds, and the two-person disposition, as ISD sees them.</summary>
public sealed class RetentionAndDispositionTests : IDisposable
{
    private readonly FixedClockFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static DateTime ThreeYearsAgo => FixedClockFactory.Now.UtcDateTime.AddYears(-3);

    private async Task<List<Guid>> OldPostingsAsync(int count, int district = 12)
    {
        var author = await _factory.FindUserAsync("po.retention") is { } existing ? existing.Id : await _factory.CreateUserAsync("po.retention", district, Roles.Representative);
        return await _factory.WithServiceAsync<List<Guid>, CpdTwitterDbContext>(async db =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var at = ThreeYearsAgo.AddDays(i);
                var post = Post.Draft(district, author, "P.O. Retention", new PostContent(PostCategory.CrimePreventionTip, $"Old tip {i}: lock your car on Taylor St.", null, false, null), at);
                post.Submit(author, PolicyReview.Clear, false, at);
                post.MarkPublished($"17000000000000{i:00000}", null, post.Text, "CPD12thDist", false, at);
                db.Posts.Add(post);
                ids.Add(post.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
    }

    private static Task<AngleSharp.Dom.IDocument> SetPostingsRetentionAsync(Browser isd) =>
        isd.SubmitAsync("/Admin/Records", new Dictionary<string, string> { ["Series"] = nameof(RecordSeries.Postings), ["RetentionMonths"] = "24", ["ScheduleItem"] = "LRC 21-7" });

    private Task<Post> PostAsync(Guid id) =>
        _factory.WithServiceAsync<Post, CpdTwitterDbContext>(db => db.Posts.AsNoTracking().Include(p => p.Revisions).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Retention_needs_a_period_and_a_schedule_item_and_is_audited()
    {
        using var isd = await _factory.SignedInAsync("isd.retention", null, Roles.IsdAdministrator);

        var refused = await isd.SubmitAsync("/Admin/Records", new Dictionary<string, string> { ["Series"] = nameof(RecordSeries.Postings), ["RetentionMonths"] = "24", ["ScheduleItem"] = " " });
        refused.FieldError("ScheduleItem").ShouldContain("item number");

        var saved = await isd.SubmitAsync("/Admin/Records", new Dictionary<string, string> { ["Series"] = nameof(RecordSeries.Postings), ["RetentionMonths"] = "24", ["ScheduleItem"] = "LRC 21-7" });
        saved.Text("#series").ShouldContain("24 months");
        saved.Text("#series").ShouldContain("LRC 21-7");
        (await _factory.AuditTrailAsync(AuditSubjects.RecordSeries, nameof(RecordSeries.Postings))).ShouldBe([AuditActions.Records.ScheduleSet]);
        (await isd.GetAsync("/Admin/Records/Eligible")).Text("#none-eligible").ShouldContain("No posting is eligible");
    }

    [Fact]
    public async Task Two_ISD_members_dispose_of_eligible_postings_which_keep_a_tombstone_and_the_audit_chain_verifies()
    {
        var ids = await OldPostingsAsync(3);
        using var first = await _factory.SignedInAsync("isd.first", null, Roles.IsdAdministrator);
        using var second = await _factory.SignedInAsync("isd.second", null, Roles.IsdAdministrator);
        (await first.GetAsync("/Admin/Records/Eligible")).Text("#not-scheduled").ShouldContain("No retention period");
        await SetPostingsRetentionAsync(first);
        var before = await PostAsync(ids[0]);

        var eligible = await first.GetAsync("/Admin/Records/Eligible");
        eligible.QuerySelectorAll("#eligible tbody tr").Length.ShouldBe(3);

        var proposed = await first.SubmitAsync("/Admin/Records/Dispositions", new Dictionary<string, string> { ["Certificate"] = "LRC-2026-0412" }, "Propose");
        proposed.Text("#dispositions").ShouldContain("3 postings");
        proposed.QuerySelector("[id^=approve-]").ShouldBeNull();
        var id = await _factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db => db.Dispositions.Select(d => d.Id).SingleAsync());

        // The proposer cannot approve, even by posting the form directly.
        var own = await first.PostAsync($"/Admin/Records/Dispositions?handler=Approve&id={id}", [new("__RequestVerificationToken", proposed.AntiforgeryToken())]);
        own.Text("#disposition-errors").ShouldContain("a different ISD member must approve it");
        (await PostAsync(ids[0])).IsDisposed.ShouldBeFalse();

        var approved = await second.SubmitAsync("/Admin/Records/Dispositions", new Dictionary<string, string>(), "Approve");
        approved.Text("#dispositions").ShouldContain("Approved by Test isd.second");

        var post = await PostAsync(ids[0]);
        post.IsDisposed.ShouldBeTrue();
        post.Text.ShouldBe("Disposed under certificate LRC-2026-0412.");
        post.Justification.ShouldBeNull();
        post.SentText.ShouldBeNull();
        post.Revisions.ShouldAllBe(r => r.Text == post.Text && r.Justification == null);
        var tombstones = await _factory.WithServiceAsync<List<DisposedRecord>, CpdTwitterDbContext>(db => db.DisposedRecords.AsNoTracking().ToListAsync());
        tombstones.Count.ShouldBe(3);
        tombstones.Single(t => t.RecordId == ids[0]).ContentSha256.ShouldBe(ContentHash.Of(before.ContentForHash()));
        (await _factory.AuditTrailAsync(AuditSubjects.Post, ids[0].ToString())).ShouldContain(AuditActions.Records.PostingDisposed);
        (await _factory.WithServiceAsync<bool, AuditVerifier>(async v => (await v.VerifyAsync()).IsIntact)).ShouldBeTrue();

        var record = await first.GetAsync($"/Posts/{ids[0]}");
        record.Text("#disposed").ShouldContain("Disposed under certificate LRC-2026-0412");
        record.Body!.TextContent.ShouldNotContain("lock your car on Taylor St.");
        (await first.GetAsync("/NewsAffairs/Postings")).Body!.TextContent.ShouldContain("Disposed under certificate LRC-2026-0412.");
        (await first.GetAsync("/Admin/Records/Eligible")).Text("#none-eligible").ShouldContain("No posting is eligible");
    }

    [Fact]
    public async Task A_legal_hold_keeps_postings_out_of_the_report_and_refuses_an_approval_until_it_is_released()
    {
        var ids = await OldPostingsAsync(2);
        using var first = await _factory.SignedInAsync("isd.first", null, Roles.IsdAdministrator);
        using var second = await _factory.SignedInAsync("isd.second", null, Roles.IsdAdministrator);
        await SetPostingsRetentionAsync(first);
        await first.SubmitAsync("/Admin/Records/Dispositions", new Dictionary<string, string> { ["Certificate"] = "LRC-2026-0500" }, "Propose");

        var refusedHold = await first.SubmitAsync("/Admin/Records/Holds", new Dictionary<string, string> { ["District"] = "12", ["Reason"] = "" }, "Place");
        refusedHold.FieldError("Reason").ShouldBe("Give the reason.");
        var placed = await first.SubmitAsync("/Admin/Records/Holds", new Dictionary<string, string> { ["PostId"] = ids[1].ToString(), ["Reason"] = "Smith v. City, 26 L 100" }, "Place");
        placed.Text("#holds").ShouldContain("In force");
        (await first.GetAsync("/Admin/Records/Eligible")).QuerySelectorAll("#eligible tbody tr").Length.ShouldBe(1);

        var refused = await second.SubmitAsync("/Admin/Records/Dispositions", new Dictionary<string, string>(), "Approve");
        refused.Text("#disposition-errors").ShouldContain("1 record is under a legal hold");
        (await PostAsync(ids[0])).IsDisposed.ShouldBeFalse();
        (await PostAsync(ids[1])).IsDisposed.ShouldBeFalse();

        var holdId = await _factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db => db.LegalHolds.Select(h => h.Id).SingleAsync());
        var released = await first.SubmitAsync("/Admin/Records/Holds", new Dictionary<string, string> { ["HoldId"] = holdId.ToString(), ["ReleaseReason"] = "Case dismissed" }, "Release");
        released.Text("#holds").ShouldContain("Released by Test isd.first");
        (await _factory.AuditTrailAsync(AuditSubjects.LegalHold, holdId.ToString())).ShouldBe([AuditActions.Records.HoldPlaced, AuditActions.Records.HoldReleased]);

        (await second.SubmitAsync("/Admin/Records/Dispositions", new Dictionary<string, string>(), "Approve")).Text("#dispositions").ShouldContain("Approved by");
        (await PostAsync(ids[1])).IsDisposed.ShouldBeTrue();
    }

    [Fact]
    public async Task An_open_public_records_request_holds_its_records_from_receipt_until_it_is_closed()
    {
        await OldPostingsAsync(2);
        using var isd = await _factory.SignedInAsync("isd.first", null, Roles.IsdAdministrator);
        using var news = await _factory.SignedInAsync("news.records", null, Roles.NewsAffairs);
        await SetPostingsRetentionAsync(isd);
        var oldDay = Domain.ChicagoTime.DateOf(ThreeYearsAgo);

        var logged = await news.SubmitAsync("/Records/Requests", new Dictionary<string, string>
        {
            ["Requester"] = "A. Journalist", ["ReceivedOn"] = "2026-11-25", ["Asked"] = "District 12 postings of that winter", ["District"] = "12",
            ["FromDate"] = oldDay.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["ToDate"] = oldDay.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        logged.Text("#request-facts").ShouldContain("Records held");

        (await isd.GetAsync("/Admin/Records/Eligible")).Text("#none-eligible").ShouldContain("No posting is eligible");
        var refused = await isd.SubmitAsync("/Admin/Records/Dispositions", new Dictionary<string, string> { ["Certificate"] = "LRC-2026-0600" }, "Propose");
        refused.Text("#disposition-errors").ShouldContain("No records are eligible");

        await news.SubmitAsync(logged, new Dictionary<string, string> { ["Outcome"] = nameof(FoiaOutcome.Granted) }, "Close");
        (await isd.GetAsync("/Admin/Records/Eligible")).QuerySelectorAll("#eligible tbody tr").Length.ShouldBe(2);
    }
}
