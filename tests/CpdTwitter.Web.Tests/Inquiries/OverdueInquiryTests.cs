using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Inquiries;

/// <summary>An inquiry unanswered past <c>NewsAffairs:InquiryResponseHours</c> is flagged, counted and notified once.</summary>
public sealed class OverdueInquiryTests : IDisposable
{
    private readonly FixedClockFactory _factory = new() { Settings = new Dictionary<string, string> { ["NewsAffairs:InquiryResponseHours"] = "3" } };

    public void Dispose() => _factory.Dispose();

    private Task<int> NotifyOverdueAsync() => _factory.WithServiceAsync<int, InquiryDesk>(desk => desk.NotifyOverdueAsync());

    private Task<List<string>> OverdueNoticesAsync() =>
        _factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.Notifications.Where(n => n.Text.StartsWith("Overdue media inquiry")).Select(n => n.UserId).ToListAsync());

    [Fact]
    public async Task An_unanswered_inquiry_is_flagged_counted_and_notified_to_News_Affairs_exactly_once()
    {
        var news = await _factory.SignedInAsync("news.overdue", null, Roles.NewsAffairs);
        await _factory.CreateUserAsync("news.overdue.two", null, Roles.NewsAffairs);
        using var rep = await _factory.SignedInAsync("po.overdue", 12, Roles.Representative);
        var id = await InquiryFlowTests.LogAsync(rep, "When does the street reopen?", receivedChicago: FixedClockFactory.ChicagoNow(TimeSpan.FromHours(-1)));

        (await NotifyOverdueAsync()).ShouldBe(0);
        (await news.GetAsync("/NewsAffairs/Inquiries")).Text($"#inquiry-{id}").ShouldNotContain("Overdue");
        (await news.GetAsync("/")).Text("#need-media-inquiries-overdue").ShouldContain("None overdue");

        ((FakeTimeProvider)_factory.Clock!).Advance(TimeSpan.FromHours(2).Add(TimeSpan.FromMinutes(1)));
        news.Dispose();
        news = await _factory.SignedInAsync("news.overdue", null, Roles.NewsAffairs); // the idle session ended meanwhile

        var row = (await news.GetAsync("/NewsAffairs/Inquiries")).Text($"#inquiry-{id}");
        row.ShouldContain("Overdue: response was due");
        var home = await news.GetAsync("/");
        home.Text("#need-media-inquiries-overdue").ShouldContain("1 overdue (answer within 3 hours)");
        home.Text("#need-media-inquiries").ShouldContain("1 waiting");
        (await _factory.WithServiceAsync<IReadOnlyList<(int District, int Overdue)>, InquiryCounts>(c => c.OverdueByDistrictAsync())).ShouldBe([(12, 1)]);

        // Run twice at once and once more: the background watch may run too; each News Affairs member is told once.
        await Task.WhenAll(NotifyOverdueAsync(), NotifyOverdueAsync());
        await NotifyOverdueAsync();

        var notices = await OverdueNoticesAsync();
        notices.Count.ShouldBe(2);
        notices.Distinct().Count().ShouldBe(2);
        (await _factory.AuditTrailAsync(AuditSubjects.MediaInquiry, id.ToString())).Count(a => a == AuditActions.Inquiry.OverdueNotified).ShouldBe(1);
        (await news.GetAsync("/Notifications")).Body!.TextContent.ShouldContain("Overdue media inquiry: Chicago Tribune (district 012) has waited more than 3 hours for a response; not assigned.");
        news.Dispose();
    }
}
