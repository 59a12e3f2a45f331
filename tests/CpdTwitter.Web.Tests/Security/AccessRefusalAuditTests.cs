using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>Issue 11 finding 10: a signed-in member refused a page is in the audit trail, at most once a minute.</summary>
public sealed class AccessRefusalAuditTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private FakeTimeProvider Clock => (FakeTimeProvider)factory.Clock!;

    private Task<List<AuditEvent>> RefusalsOfAsync(string logOnId) =>
        factory.WithServiceAsync<List<AuditEvent>, CpdTwitterDbContext>(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.Access.Refused && e.Actor == logOnId).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task A_403_is_audited_and_a_second_in_the_same_minute_is_not()
    {
        using var officer = await factory.SignedInAsync("po.prober", 12, Roles.Representative);
        var userId = (await factory.FindUserAsync("po.prober")).Id;

        await officer.GetAsync("/Admin/Users");
        officer.Status.ShouldBe(HttpStatusCode.Forbidden);
        var first = (await RefusalsOfAsync("po.prober")).ShouldHaveSingleItem();
        (first.SubjectType, first.SubjectId, first.District).ShouldBe((AuditSubjects.Page, "/Admin/Users", (int?)12));
        first.Details.ShouldBe($$"""{"method":"GET","status":403,"reason":"forbidden","userId":"{{userId}}"}""");
        first.OccurredAt.ShouldBe(FixedClockFactory.Now.UtcDateTime);

        Clock.Advance(TimeSpan.FromSeconds(59));
        await officer.GetAsync("/Admin/Audit");
        officer.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await RefusalsOfAsync("po.prober")).Count.ShouldBe(1);

        Clock.Advance(TimeSpan.FromSeconds(1));
        await officer.GetAsync("/Admin/Devices");
        officer.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await RefusalsOfAsync("po.prober")).Select(e => e.SubjectId).ShouldBe(["/Admin/Users", "/Admin/Devices"]);
    }

    [Fact]
    public async Task Pages_a_member_may_open_leave_no_refusal()
    {
        using var officer = await factory.SignedInAsync("po.allowed", 12, Roles.Representative);

        await officer.GetAsync("/");
        await officer.GetAsync("/Drafts");

        officer.Status.ShouldBe(HttpStatusCode.OK);
        (await RefusalsOfAsync("po.allowed")).ShouldBeEmpty();
    }
}
