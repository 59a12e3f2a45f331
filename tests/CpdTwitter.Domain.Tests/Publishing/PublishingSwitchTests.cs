using CpdTwitter.Domain.Publishing;

namespace CpdTwitter.Domain.Tests.Publishing;

public sealed class PublishingSwitchTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_pause_needs_a_reason_and_holds_the_district()
    {
        var district = new PublishingSwitch(12);

        Should.Throw<DomainException>(() => district.Pause("cmdr.ortiz", "  ", Now)).Message.ShouldBe("Say why publishing is paused; everyone who sees the pause reads it.");
        district.Pause("cmdr.ortiz", "Incident in progress", Now);

        PublishingHold.For(null, district, null, sandbox: true, Now)!.Reason.ShouldContain("Incident in progress");
    }

    [Fact]
    public void The_department_pause_holds_every_district()
    {
        var department = new PublishingSwitch(PublishingSwitch.DepartmentScope);
        department.Pause("news.bell", "City-wide emergency", Now);

        PublishingHold.For(department, new PublishingSwitch(11), null, sandbox: true, Now)!.Reason.ShouldContain("whole department");
    }

    [Fact]
    public void Resuming_releases_the_hold()
    {
        var district = new PublishingSwitch(12);
        district.Pause("cmdr.ortiz", "Check", Now);

        district.Resume();

        PublishingHold.For(null, district, null, sandbox: true, Now).ShouldBeNull();
        Should.Throw<DomainException>(district.Resume).Message.ShouldBe("Publishing is not paused.");
    }

    [Fact]
    public void An_account_that_needs_reconnecting_holds_its_district_until_reconnected()
    {
        var account = new XAccountConnection(12, "protected-token", "protected-secret", "isd.whitfield", Now);
        account.Unauthorized("Unauthorized", Now);

        PublishingHold.For(null, null, account, sandbox: false, Now)!.Reason.ShouldContain("reconnect");
        account.Reconnect("new-token", "new-secret", "isd.whitfield", Now.AddHours(1));
        PublishingHold.For(null, null, account, sandbox: false, Now.AddHours(1)).ShouldBeNull();
    }

    [Fact]
    public void A_rate_limit_holds_until_its_reset()
    {
        var account = new XAccountConnection(12, "t", "s", "isd.whitfield", Now);
        account.RateLimited(Now.AddMinutes(15));

        PublishingHold.For(null, null, account, sandbox: false, Now)!.UntilUtc.ShouldBe(Now.AddMinutes(15));
        PublishingHold.For(null, null, account, sandbox: false, Now.AddMinutes(16)).ShouldBeNull();
    }

    [Fact]
    public void Sergeant_approval_is_a_district_setting()
    {
        Should.Throw<DomainException>(() => new PublishingSwitch(PublishingSwitch.DepartmentScope).RequireSergeant(true)).Message.ShouldBe("Sergeant approval is a district setting.");
    }
}
