using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Admin;

/// <summary>CJIS 5.5.1 / issue 11: an account unused for 90 days is disabled by the daily job; ISD enables it again.</summary>
public sealed class InactiveAccountsTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private FakeTimeProvider Clock => (FakeTimeProvider)factory.Clock!;

    private Task<int> RunJobAsync() => factory.Services.GetRequiredService<InactiveAccounts>().RunAsync();

    [Fact]
    public async Task Accounts_unused_for_90_days_are_disabled_counting_from_creation_or_the_last_sign_in_and_ISD_enables_them()
    {
        // Every account this class made is dated at the fixed "now"; move the clock so this test's own dates are clear.
        var neverSignedIn = await factory.CreateUserAsync("po.idle.never", 12, Roles.Representative);
        var signedIn = await factory.CreateUserAsync("po.idle.used", 12, Roles.Representative);
        var isd = await factory.CreateUserAsync("isd.idle", null, Roles.IsdAdministrator);
        var created = Clock.GetUtcNow();

        Clock.Advance(TimeSpan.FromDays(30));
        using (var browser = new Browser(factory.CreateClient()))
        {
            await browser.SignInAsync("po.idle.used");
            browser.Path.ShouldBe("/");
        }

        // Day 90 minus a minute after creation: nothing yet.
        Clock.SetUtcNow(created.AddDays(90).AddMinutes(-1));
        (await factory.FindUserAsync("po.idle.never")).IsDisabled.ShouldBeFalse();
        await RunJobAsync();
        (await factory.FindUserAsync("po.idle.never")).IsDisabled.ShouldBeFalse();

        // Day 90 plus a minute: the account never used is disabled; the one used on day 30 is not (until day 120).
        Clock.SetUtcNow(created.AddDays(90).AddMinutes(1));
        await RunJobAsync(); // the hosted job, woken by the clock, may get there first: either way the account is disabled once
        (await factory.FindUserAsync("po.idle.never")).DisabledAt.ShouldBe(Clock.GetUtcNow().UtcDateTime);
        (await factory.FindUserAsync("po.idle.used")).IsDisabled.ShouldBeFalse();
        var audit = await factory.WithServiceAsync<AuditEvent, CpdTwitterDbContext>(db =>
            db.AuditEvents.AsNoTracking().SingleAsync(e => e.SubjectId == neverSignedIn && e.Action == AuditActions.User.DisabledForInactivity));
        audit.Actor.ShouldBe("system");
        audit.Details.ShouldContain("\"inactiveDays\":90");
        (await RunJobAsync()).ShouldBe(0);

        using (var browser = new Browser(factory.CreateClient()))
        {
            await browser.SignInAsync("po.idle.never");
            browser.Path.ShouldBe("/Account/SignIn");
        }

        // ISD (who signs in now) enables it; the next runs leave it alone until it is idle for another 90 days.
        using var admin = new Browser(factory.CreateClient());
        await admin.SignInAsync("isd.idle");
        var page = await admin.SubmitAsync($"/Admin/Users/Edit/{neverSignedIn}", new Dictionary<string, string>(), handler: "Enable");
        page.Text("[role=status]").ShouldBe("Account enabled.");
        await RunJobAsync();
        (await factory.FindUserAsync("po.idle.never")).IsDisabled.ShouldBeFalse();
        using (var browser = new Browser(factory.CreateClient()))
        {
            await browser.SignInAsync("po.idle.never");
            browser.Path.ShouldBe("/");
        }

        Clock.SetUtcNow(created.AddDays(120).AddMinutes(2));
        await RunJobAsync();
        (await factory.FindUserAsync("po.idle.used")).IsDisabled.ShouldBeTrue();
        (await factory.FindUserAsync("isd.idle")).IsDisabled.ShouldBeFalse();
        (await factory.AuditTrailAsync(AuditSubjects.User, neverSignedIn)).ShouldBe(
            ["user.created", "user.disabled-inactive", "sign-in.refused", "user.enabled", "sign-in.succeeded"]);
        isd.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_last_enabled_ISD_administrator_is_never_disabled()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var lonely = await factory.CreateUserAsync("isd.lonely", null, Roles.IsdAdministrator);
        var isdRole = await db.Roles.Where(r => r.Name == Roles.IsdAdministrator).Select(r => r.Id).SingleAsync();
        var admins = await db.UserRoles.Where(r => r.RoleId == isdRole).Select(r => r.UserId).ToListAsync();
        var now = Clock.GetUtcNow().UtcDateTime;

        // Every other administrator is already disabled; this one has been idle for a year.
        await db.Users.Where(u => admins.Contains(u.Id) && u.Id != lonely).ExecuteUpdateAsync(set => set.SetProperty(u => u.DisabledAt, now));
        await db.Users.Where(u => u.Id == lonely).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.CreatedAt, now.AddDays(-365)).SetProperty(u => u.LastSignInAt, now.AddDays(-365)).SetProperty(u => u.ReenabledAt, (DateTime?)null));

        await RunJobAsync();

        (await factory.FindUserAsync("isd.lonely")).IsDisabled.ShouldBeFalse();
        await db.Users.Where(u => admins.Contains(u.Id) && u.Id != lonely).ExecuteUpdateAsync(set => set.SetProperty(u => u.DisabledAt, (DateTime?)null));
    }
}
