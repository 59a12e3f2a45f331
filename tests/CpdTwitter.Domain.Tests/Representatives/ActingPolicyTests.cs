using CpdTwitter.Domain.Representatives;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Representatives;

public sealed class ActingPolicyTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_acknowledged_representative_may_draft_and_publish_for_their_district()
    {
        var (appointment, submission) = new DistrictRegistry(12, []).Appoint(1, A.Representative("u-grant"), Members.Commander(12), Now.AddDays(-2));
        submission.Acknowledge(Members.NewsAffairs, Now.AddDays(-1), [appointment]);

        ActingPolicy.CanActForDistrict("u-grant", 12, Now, ActingPurpose.Draft, [appointment]).Allowed.ShouldBeTrue();
        ActingPolicy.CanActForDistrict("u-grant", 12, Now, ActingPurpose.Publish, [appointment]).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Before_News_Affairs_acknowledges_a_representative_may_draft_but_not_publish()
    {
        var (appointment, _) = new DistrictRegistry(12, []).Appoint(1, A.Representative("u-grant"), Members.Commander(12), Now.AddDays(-2));

        ActingPolicy.CanActForDistrict("u-grant", 12, Now, ActingPurpose.Draft, [appointment]).Allowed.ShouldBeTrue();
        var publish = ActingPolicy.CanActForDistrict("u-grant", 12, Now, ActingPurpose.Publish, [appointment]);
        publish.Allowed.ShouldBeFalse();
        publish.Reason.ShouldBe("The Office of News Affairs has not yet acknowledged your appointment: you may draft, but not publish.");
    }

    [Fact]
    public void A_representative_cannot_act_for_another_district()
    {
        var (appointment, submission) = new DistrictRegistry(12, []).Appoint(1, A.Representative("u-grant"), Members.Commander(12), Now.AddDays(-2));
        submission.Acknowledge(Members.NewsAffairs, Now.AddDays(-1), [appointment]);

        var decision = ActingPolicy.CanActForDistrict("u-grant", 11, Now, ActingPurpose.Draft, [appointment]);

        decision.Allowed.ShouldBeFalse();
        decision.Reason!.ShouldContain("not a registered Twitter representative of district 011");
    }

    [Fact]
    public void A_replaced_representative_can_no_longer_act()
    {
        var registry = new DistrictRegistry(12, []);
        var (appointment, submission) = registry.Appoint(1, A.Representative("u-grant"), Members.Commander(12), Now.AddDays(-10));
        submission.Acknowledge(Members.NewsAffairs, Now.AddDays(-9), [appointment]);
        registry.Replace(1, A.Representative("u-new", "New Officer", "99999", "999999"), Now.AddDays(-1), DateOnly.FromDateTime(Now.AddDays(-1)), "Reassigned", Members.Commander(12), Now);

        ActingPolicy.CanActForDistrict("u-grant", 12, Now, ActingPurpose.Draft, [appointment]).Allowed.ShouldBeFalse();
        ActingPolicy.CanActForDistrict("u-grant", 12, Now.AddDays(-2), ActingPurpose.Publish, [appointment]).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void A_member_without_an_appointment_cannot_act()
    {
        ActingPolicy.CanActForDistrict("u-anyone", 12, Now, ActingPurpose.Draft, []).Allowed.ShouldBeFalse();
    }

    [Fact]
    public void Off_duty_a_representative_may_draft_but_not_publish_and_is_told_when_the_next_watch_starts()
    {
        ActingPolicy.OnDuty(ActingPurpose.Draft, onDuty: false, nextWatchStartsUtc: null).Allowed.ShouldBeTrue();
        ActingPolicy.OnDuty(ActingPurpose.Publish, onDuty: true, nextWatchStartsUtc: null).Allowed.ShouldBeTrue();

        var publish = ActingPolicy.OnDuty(ActingPurpose.Publish, onDuty: false, Now.AddHours(3));

        publish.Allowed.ShouldBeFalse();
        publish.IsOffDuty.ShouldBeTrue();
        publish.NextWatchUtc.ShouldBe(Now.AddHours(3));
        publish.Reason.ShouldBe("You are off duty: on a Department device you can save drafts, and submit them when you are on duty (S02-03-10 III.C). Your next watch starts 2026-11-25 12:00 CST.");
    }

    [Fact]
    public void Off_duty_with_no_watch_scheduled_the_representative_is_told_to_ask_the_sergeant()
    {
        var publish = ActingPolicy.OnDuty(ActingPurpose.Publish, onDuty: false, nextWatchStartsUtc: null);

        publish.IsOffDuty.ShouldBeTrue();
        publish.Reason.ShouldBe("You are off duty and no watch is scheduled: on a Department device you can save drafts; to submit them, ask your sergeant to confirm your shift (S02-03-10 III.C).");
    }
}
