using CpdTwitter.Domain.Publishing;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Publishing;

public sealed class PublishingSwitchTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_pause_needs_a_reason_and_holds_the_district()
    {
        var district = new PublishingSwitch(12);

        Should.Throw<DomainException>(() => district.Pause(Members.Commander(12), "  ", Now))
            .Message.ShouldBe("Say why publishing is paused; everyone who sees the pause reads it.");
        district.Pause(Members.Commander(12), "Incident in progress", Now);

        PublishingHold.For(null, district, null, sandbox: true, Now)!.Reason.ShouldContain("Incident in progress");
        district.PausedById.ShouldBe("u-cmdr-12");
        district.PausedByName.ShouldBe("Cmdr. 12");
    }

    [Fact]
    public void The_department_pause_holds_every_district()
    {
        var department = new PublishingSwitch(PublishingSwitch.DepartmentScope);
        department.Pause(Members.NewsAffairs, "City-wide emergency", Now);

        PublishingHold.For(department, new PublishingSwitch(11), null, sandbox: true, Now)!.Reason.ShouldContain("whole department");
    }

    [Fact]
    public void Resuming_releases_the_hold()
    {
        var district = new PublishingSwitch(12);
        district.Pause(Members.Commander(12), "Check", Now);

        district.Resume(Members.Commander(12));

        PublishingHold.For(null, district, null, sandbox: true, Now).ShouldBeNull();
        district.PausedById.ShouldBeNull();
        Should.Throw<DomainException>(() => district.Resume(Members.Commander(12))).Message.ShouldBe("Publishing is not paused.");
    }

    [Fact]
    public void An_account_that_needs_reconnecting_holds_its_district_until_reconnected()
    {
        var account = new XAccountConnection(12, "protected-token", "protected-secret", Members.Isd, Now);
        account.Unauthorized("Unauthorized", Now);

        PublishingHold.For(null, null, account, sandbox: false, Now)!.Reason.ShouldContain("reconnect");
        account.Reconnect("new-token", "new-secret", Members.Isd, Now.AddHours(1));
        PublishingHold.For(null, null, account, sandbox: false, Now.AddHours(1)).ShouldBeNull();
    }

    [Fact]
    public void Only_ISD_connects_an_account_and_the_connection_keeps_their_account_id_and_name()
    {
        Should.Throw<DomainException>(() => new XAccountConnection(12, "t", "s", Members.Commander(12), Now))
            .Message.ShouldBe("Only ISD connects a district's X account.");
        var account = new XAccountConnection(12, "t", "s", Members.Isd, Now);
        (account.ConnectedById, account.ConnectedByName).ShouldBe(("u-isd", "ISD Whitfield"));

        Should.Throw<DomainException>(() => account.Reconnect("t2", "s2", Members.NewsAffairs, Now))
            .Message.ShouldBe("Only ISD connects a district's X account.");
        account.ProtectedAccessToken.ShouldBe("t");
    }

    [Fact]
    public void A_rate_limit_holds_until_its_reset()
    {
        var account = new XAccountConnection(12, "t", "s", Members.Isd, Now);
        account.RateLimited(Now.AddMinutes(15));

        PublishingHold.For(null, null, account, sandbox: false, Now)!.UntilUtc.ShouldBe(Now.AddMinutes(15));
        PublishingHold.For(null, null, account, sandbox: false, Now.AddMinutes(16)).ShouldBeNull();
    }

    [Fact]
    public void Sergeant_approval_is_a_district_setting()
    {
        Should.Throw<DomainException>(() => new PublishingSwitch(PublishingSwitch.DepartmentScope).RequireSergeant(Members.NewsAffairs, true))
            .Message.ShouldBe("Sergeant approval is a district setting.");
    }

    [Fact]
    public void Only_the_districts_own_commander_switches_its_publishing()
    {
        foreach (var stranger in new[] { Members.Sergeant(12), Members.Representative(12), Members.Commander(11), Members.NewsAffairs, Members.Isd })
        {
            var district = new PublishingSwitch(12);
            Should.Throw<DomainException>(() => district.Pause(stranger, "Check", Now)).Message.ShouldBe("Only district 012's commander changes its publishing settings.");
            Should.Throw<DomainException>(() => district.RequireSergeant(stranger, true)).Message.ShouldBe("Only district 012's commander changes its publishing settings.");
            Should.Throw<DomainException>(() => district.SetReviewWithin(stranger, 24)).Message.ShouldBe("Only district 012's commander changes its publishing settings.");
            district.IsPaused.ShouldBeFalse();
        }

        var own = new PublishingSwitch(12);
        own.SetReviewWithin(Members.Commander(12), 24);
        own.ReviewWithinHours.ShouldBe(24);
    }

    [Fact]
    public void Only_News_Affairs_or_ISD_switch_the_whole_department()
    {
        var department = new PublishingSwitch(PublishingSwitch.DepartmentScope);
        Should.Throw<DomainException>(() => department.Pause(Members.Commander(12), "Check", Now))
            .Message.ShouldBe("Only the Office of News Affairs or ISD switches publishing for the whole department.");

        department.Pause(Members.Isd, "Outage", Now);
        Should.Throw<DomainException>(() => department.Resume(Members.Sergeant(12)))
            .Message.ShouldBe("Only the Office of News Affairs or ISD switches publishing for the whole department.");
        department.Resume(Members.NewsAffairs);
        department.IsPaused.ShouldBeFalse();
    }
}
