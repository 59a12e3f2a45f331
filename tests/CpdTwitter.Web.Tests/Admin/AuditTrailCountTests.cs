using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Admin;

/// <summary>The trail's total stops counting at a cap, so a page over ten years of events costs what a small one does.</summary>
public sealed class AuditTrailCountTests(AuditPageFactory factory) : IClassFixture<AuditPageFactory>
{
    [Fact]
    public async Task Past_the_cap_the_total_says_more_than_and_a_narrower_filter_counts_exactly()
    {
        await factory.RecordAsync(AuditPageFactory.Now.AddHours(-2), [.. Enumerable.Range(1, AuditSearch.CountCap + 5)
            .Select(i => ("audit.counter", AuditActions.Rank.Added, AuditSubjects.Rank, (string?)$"Count {i}", (int?)(i <= 7 ? 9 : 7), (object?)null))]);
        using var isd = await factory.SignedInAsync("isd.counter", null, Roles.IsdAdministrator);

        var all = await isd.GetAsync("/Admin/Audit?person=audit.counter");
        all.Text("#total").ShouldStartWith("More than 10,000 matching events;");
        all.QuerySelectorAll("#events tbody tr").Length.ShouldBe(AuditSearch.PageSize);

        var narrow = await isd.GetAsync("/Admin/Audit?person=audit.counter&district=9");
        narrow.Text("#total").ShouldStartWith("7 matching events;");
    }
}
