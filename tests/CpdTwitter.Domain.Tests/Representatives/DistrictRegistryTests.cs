using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Representatives;

public sealed class DistrictRegistryTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    private static DistrictRegistry Full()
    {
        var registry = new DistrictRegistry(12, []);
        registry.Appoint(1, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), Members.Commander(12), Now.AddDays(-30));
        registry.Appoint(2, A.Representative("u-moreno", "Luis Moreno", "23456", "222222"), Members.Commander(12), Now.AddDays(-30));
        return registry;
    }

    [Fact]
    public void A_new_district_has_two_vacancies()
    {
        new DistrictRegistry(12, []).Vacancies.ShouldBe(2);
    }

    [Fact]
    public void Appointing_fills_a_slot_and_creates_a_submission_to_News_Affairs()
    {
        var registry = new DistrictRegistry(12, []);

        var (appointment, submission) = registry.Appoint(1, A.Representative(), Members.Commander(12), Now);

        registry.Vacancies.ShouldBe(1);
        appointment.Slot.ShouldBe(1);
        appointment.SubmissionId.ShouldBe(submission.Id);
        appointment.IsAcknowledged.ShouldBeFalse();
        submission.District.ShouldBe(12);
        submission.Summary.ShouldBe("Slot 1: Police Officer Aisha Grant (star 12345) appointed.");
    }

    [Fact]
    public void A_third_representative_cannot_be_added()
    {
        var registry = Full();

        Should.Throw<DomainException>(() => registry.Appoint(3, A.Representative("u-third"), Members.Commander(12), Now))
            .Message.ShouldBe("A district has representative slots 1 and 2.");
        Should.Throw<DomainException>(() => registry.Appoint(1, A.Representative("u-third"), Members.Commander(12), Now))
            .Message.ShouldStartWith("Slot 1 is held by Aisha Grant.");
        registry.Active.Count.ShouldBe(2);
    }

    [Fact]
    public void The_same_member_cannot_hold_both_slots()
    {
        var registry = new DistrictRegistry(12, []);
        registry.Appoint(1, A.Representative("u-grant"), Members.Commander(12), Now);

        Should.Throw<DomainException>(() => registry.Appoint(2, A.Representative("u-grant"), Members.Commander(12), Now))
            .Message.ShouldContain("two different representatives");
    }

    [Fact]
    public void Replacing_ends_the_old_appointment_with_its_date_and_reason()
    {
        var registry = Full();
        var effective = Now.AddDays(-1);

        var (appointment, submission, ended) = registry.Replace(2, A.Representative("u-okafor", "Chidi Okafor", "34567", "333333"), effective, new DateOnly(2026, 11, 24), "Transferred to district 011", Members.Commander(12), Now);

        ended.Name.ShouldBe("Luis Moreno");
        ended.EndedAt.ShouldBe(effective);
        ended.EndReason.ShouldBe("Transferred to district 011");
        ended.IsActive.ShouldBeFalse();
        appointment.Name.ShouldBe("Chidi Okafor");
        registry.InSlot(2).ShouldBe(appointment);
        registry.Vacancies.ShouldBe(0);
        submission.Summary.ShouldContain("replaces Luis Moreno (star 23456) from 2026-11-24");
    }

    [Fact]
    public void A_replacement_needs_a_reason_and_an_occupied_slot_and_cannot_take_effect_in_the_future()
    {
        var registry = Full();

        Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-new"), Now, DateOnly.FromDateTime(Now), " ", Members.Commander(12), Now)).Message.ShouldBe("Give the reason for the replacement (at most 500 characters).");
        Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-new"), Now.AddDays(1), DateOnly.FromDateTime(Now.AddDays(1)), "Promotion", Members.Commander(12), Now)).Message.ShouldBe("The replacement takes effect today or on an earlier date, not in the future.");
        Should.Throw<DomainException>(() => new DistrictRegistry(12, []).Replace(1, A.Representative("u-new"), Now, DateOnly.FromDateTime(Now), "Promotion", Members.Commander(12), Now))
            .Message.ShouldContain("vacant");
        registry.InSlot(1)!.Name.ShouldBe("Aisha Grant");
    }

    [Fact]
    public void Acknowledging_a_submission_lets_the_representatives_it_named_publish()
    {
        var registry = new DistrictRegistry(12, []);
        var (appointment, submission) = registry.Appoint(1, A.Representative(), Members.Commander(12), Now);

        submission.Acknowledge(Members.NewsAffairs, Now.AddHours(2), [appointment]);

        submission.IsAcknowledged.ShouldBeTrue();
        appointment.IsAcknowledged.ShouldBeTrue();
        (submission.AcknowledgedById, submission.AcknowledgedByName).ShouldBe(("u-news", "News Bell"));
        (appointment.AcknowledgedById, appointment.AcknowledgedByName).ShouldBe(("u-news", "News Bell"));
        Should.Throw<DomainException>(() => submission.Acknowledge(Members.NewsAffairs, Now.AddHours(3), [appointment]))
            .Message.ShouldBe("This submission was already acknowledged by News Bell.");
    }

    [Fact]
    public void The_records_keep_the_commanders_account_id_and_name()
    {
        var registry = Full();

        var (appointment, submission, ended) = registry.Replace(2, A.Representative("u-okafor", "Chidi Okafor", "34567", "333333"), Now, DateOnly.FromDateTime(Now), "Transferred", Members.Commander(12), Now);

        (submission.SubmittedById, submission.SubmittedByName).ShouldBe(("u-cmdr-12", "Cmdr. 12"));
        (appointment.AppointedById, appointment.AppointedByName).ShouldBe(("u-cmdr-12", "Cmdr. 12"));
        (ended.EndedById, ended.EndedByName).ShouldBe(("u-cmdr-12", "Cmdr. 12"));
    }

    [Fact]
    public void Only_the_districts_own_commander_names_its_representatives()
    {
        var registry = Full();

        Should.Throw<DomainException>(() => new DistrictRegistry(12, []).Appoint(1, A.Representative(), Members.Commander(11), Now))
            .Message.ShouldBe("Only district 012's commander names its representatives.");
        Should.Throw<DomainException>(() => new DistrictRegistry(12, []).Appoint(1, A.Representative(), Members.Sergeant(12), Now))
            .Message.ShouldBe("Only district 012's commander names its representatives.");
        Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-new"), Now, DateOnly.FromDateTime(Now), "Promotion", Members.NewsAffairs, Now))
            .Message.ShouldBe("Only district 012's commander names its representatives.");
        registry.InSlot(1)!.Name.ShouldBe("Aisha Grant");
    }

    [Fact]
    public void Only_News_Affairs_acknowledges_a_submission()
    {
        var (appointment, submission) = new DistrictRegistry(12, []).Appoint(1, A.Representative(), Members.Commander(12), Now);

        Should.Throw<DomainException>(() => submission.Acknowledge(Members.Commander(11), Now, [appointment]))
            .Message.ShouldBe("Only the Office of News Affairs acknowledges a registry submission.");
        Should.Throw<DomainException>(() => submission.Acknowledge(Members.Isd, Now, [appointment]))
            .Message.ShouldBe("Only the Office of News Affairs acknowledges a registry submission.");
        submission.IsAcknowledged.ShouldBeFalse();
        appointment.IsAcknowledged.ShouldBeFalse();
    }

    [Fact]
    public void Nobody_acknowledges_their_own_submission_whatever_name_they_go_by()
    {
        var both = new Actor("u-both", "Cmdr. Both", [Roles.Commander, Roles.NewsAffairs], 12);
        var (appointment, submission) = new DistrictRegistry(12, []).Appoint(1, A.Representative(), both, Now);

        Should.Throw<DomainException>(() => submission.Acknowledge(new Actor("u-both", "Lt. Both (renamed)", [Roles.NewsAffairs], null), Now, [appointment]))
            .Message.ShouldBe("A submission is acknowledged by someone other than the person who made it.");
        submission.IsAcknowledged.ShouldBeFalse();

        submission.Acknowledge(new Actor("u-other", "Cmdr. Both", [Roles.NewsAffairs], null), Now, [appointment]);
        (submission.AcknowledgedById, submission.AcknowledgedByName).ShouldBe(("u-other", "Cmdr. Both"));
    }

    [Fact]
    public void A_registry_is_built_only_from_its_own_district()
    {
        var other = Full().Active;

        Should.Throw<ArgumentException>(() => new DistrictRegistry(11, other)).Message.ShouldBe("Appointments of another district were passed. (Parameter 'activeAppointments')");
    }
}

/// <summary>Issue #11, finding 6: the registry is tied to accounts, one person to one slot of one district.</summary>
public sealed class RegistryIdentityTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    private static (DistrictRegistry Registry, Appointment Grant) Acknowledged()
    {
        var registry = new DistrictRegistry(12, []);
        var (grant, submission) = registry.Appoint(1, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), Members.Commander(12), Now.AddDays(-30));
        submission.Acknowledge(Members.NewsAffairs, Now.AddDays(-29), [grant]);
        return (registry, grant);
    }

    [Fact]
    public void Replacing_a_representative_with_himself_unchanged_is_refused_as_no_change_and_keeps_the_acknowledgement()
    {
        var (registry, grant) = Acknowledged();

        var refused = Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), Now, DateOnly.FromDateTime(Now), "Re-registered", Members.Commander(12), Now));

        refused.Message.ShouldBe("No change: Aisha Grant already holds slot 1 with these details. Nothing was submitted, and News Affairs' acknowledgement stands.");
        refused.Field.ShouldBe("LogOnId");
        registry.InSlot(1).ShouldBeSameAs(grant);
        grant.IsActive.ShouldBeTrue();
        grant.IsAcknowledged.ShouldBeTrue();
    }

    [Fact]
    public void Replacing_a_representative_with_himself_under_other_details_is_refused()
    {
        var (registry, grant) = Acknowledged();

        var refused = Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-grant", "Aisha Grant", "54321", "111111"), Now, DateOnly.FromDateTime(Now), "New star", Members.Commander(12), Now));

        refused.Message.ShouldBe("Aisha Grant already holds slot 1: a representative is replaced by another member, not by themselves.");
        refused.Field.ShouldBe("LogOnId");
        registry.InSlot(1).ShouldBeSameAs(grant);
        grant.IsAcknowledged.ShouldBeTrue();
        grant.EndedAt.ShouldBeNull();
    }

    [Fact]
    public void The_same_member_in_the_other_slot_is_refused_by_the_log_on_ID()
    {
        var (registry, _) = Acknowledged();

        var refused = Should.Throw<DomainException>(() => registry.Appoint(2, A.Representative("u-grant", "Aisha Grant", "99999", "999999"), Members.Commander(12), Now));

        refused.Field.ShouldBe("LogOnId");
        registry.Vacancies.ShouldBe(1);
    }

    [Fact]
    public void A_representative_of_another_district_is_not_appointed_or_brought_in_as_a_replacement()
    {
        var (elsewhere, grant) = Acknowledged();
        var district11 = new DistrictRegistry(11, []);
        var (okafor, _) = district11.Appoint(1, A.Representative("u-okafor", "Chidi Okafor", "34567", "333333"), Members.Commander(11), Now.AddDays(-5));

        var appoint = Should.Throw<DomainException>(() => district11.Appoint(2, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), Members.Commander(11), Now, [grant]));
        var replace = Should.Throw<DomainException>(() => district11.Replace(1, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), Now, DateOnly.FromDateTime(Now), "Transfer", Members.Commander(11), Now, [grant]));

        appoint.Message.ShouldBe("Aisha Grant is already a representative of district 012; a member represents one district at a time.");
        appoint.Field.ShouldBe("LogOnId");
        replace.Message.ShouldBe(appoint.Message);
        district11.InSlot(1).ShouldBeSameAs(okafor);
        okafor.IsActive.ShouldBeTrue();
        district11.Vacancies.ShouldBe(1);
        elsewhere.InSlot(1).ShouldBeSameAs(grant);
    }

    [Fact]
    public void An_ended_appointment_elsewhere_does_not_stand_in_the_way()
    {
        var (elsewhere, grant) = Acknowledged();
        elsewhere.Replace(1, A.Representative("u-moreno", "Luis Moreno", "23456", "222222"), Now.AddDays(-1), DateOnly.FromDateTime(Now.AddDays(-1)), "Transferred to district 011", Members.Commander(12), Now.AddDays(-1));

        var (appointment, _) = new DistrictRegistry(11, []).Appoint(1, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), Members.Commander(11), Now, [grant]);

        appointment.District.ShouldBe(11);
    }

    [Theory]
    [InlineData("P.O. Aisha Grant", "Aisha Grant")]
    [InlineData("Sgt. Ray Kowalski", "Ray Kowalski")]
    [InlineData("Aisha Grant", "Aisha Grant")]
    [InlineData("J. Smith", "J. Smith")]
    [InlineData("  P.O.   Aisha  Grant ", "Aisha Grant")]
    public void The_name_from_the_account_leaves_out_an_abbreviated_title(string accountName, string expected)
    {
        RepresentativeDetails.NameFromAccount(accountName).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Aisha Grant", true)]
    [InlineData("aisha  grant", true)]
    [InlineData("P.O. Aisha Grant", true)]
    [InlineData("Luis Moreno", false)]
    [InlineData("Aisha", false)]
    [InlineData("Aisha Grant-Moreno", false)]
    [InlineData(" ", false)]
    public void A_typed_name_must_be_the_accounts(string typed, bool matches)
    {
        RepresentativeDetails.NameMatchesAccount(typed, "P.O. Aisha Grant").ShouldBe(matches);
    }
}
