using CpdTwitter.Domain.Representatives;

namespace CpdTwitter.Domain.Tests.Representatives;

public sealed class DistrictRegistryTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    private static DistrictRegistry Full()
    {
        var registry = new DistrictRegistry(12, []);
        registry.Appoint(1, A.Representative("u-grant", "Aisha Grant", "12345", "111111"), "cmdr.ortiz", Now.AddDays(-30));
        registry.Appoint(2, A.Representative("u-moreno", "Luis Moreno", "23456", "222222"), "cmdr.ortiz", Now.AddDays(-30));
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

        var (appointment, submission) = registry.Appoint(1, A.Representative(), "cmdr.ortiz", Now);

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

        Should.Throw<DomainException>(() => registry.Appoint(3, A.Representative("u-third"), "cmdr.ortiz", Now))
            .Message.ShouldBe("A district has representative slots 1 and 2.");
        Should.Throw<DomainException>(() => registry.Appoint(1, A.Representative("u-third"), "cmdr.ortiz", Now))
            .Message.ShouldStartWith("Slot 1 is held by Aisha Grant.");
        registry.Active.Count.ShouldBe(2);
    }

    [Fact]
    public void The_same_member_cannot_hold_both_slots()
    {
        var registry = new DistrictRegistry(12, []);
        registry.Appoint(1, A.Representative("u-grant"), "cmdr.ortiz", Now);

        Should.Throw<DomainException>(() => registry.Appoint(2, A.Representative("u-grant"), "cmdr.ortiz", Now))
            .Message.ShouldContain("two different representatives");
    }

    [Fact]
    public void Replacing_ends_the_old_appointment_with_its_date_and_reason()
    {
        var registry = Full();
        var effective = Now.AddDays(-1);

        var (appointment, submission, ended) = registry.Replace(2, A.Representative("u-okafor", "Chidi Okafor", "34567", "333333"), effective, new DateOnly(2026, 11, 24), "Transferred to district 011", "cmdr.ortiz", Now);

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

        Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-new"), Now, DateOnly.FromDateTime(Now), " ", "cmdr.ortiz", Now)).Message.ShouldBe("Give the reason for the replacement (at most 500 characters).");
        Should.Throw<DomainException>(() => registry.Replace(1, A.Representative("u-new"), Now.AddDays(1), DateOnly.FromDateTime(Now.AddDays(1)), "Promotion", "cmdr.ortiz", Now)).Message.ShouldBe("The replacement takes effect today or on an earlier date, not in the future.");
        Should.Throw<DomainException>(() => new DistrictRegistry(12, []).Replace(1, A.Representative("u-new"), Now, DateOnly.FromDateTime(Now), "Promotion", "cmdr.ortiz", Now))
            .Message.ShouldContain("vacant");
        registry.InSlot(1)!.Name.ShouldBe("Aisha Grant");
    }

    [Fact]
    public void Acknowledging_a_submission_lets_the_representatives_it_named_publish()
    {
        var registry = new DistrictRegistry(12, []);
        var (appointment, submission) = registry.Appoint(1, A.Representative(), "cmdr.ortiz", Now);

        submission.Acknowledge("news.bell", Now.AddHours(2), [appointment]);

        submission.IsAcknowledged.ShouldBeTrue();
        appointment.IsAcknowledged.ShouldBeTrue();
        appointment.AcknowledgedBy.ShouldBe("news.bell");
        Should.Throw<DomainException>(() => submission.Acknowledge("news.bell", Now.AddHours(3), [appointment]))
            .Message.ShouldContain("already acknowledged");
    }

    [Fact]
    public void Nobody_acknowledges_their_own_submission()
    {
        var (appointment, submission) = new DistrictRegistry(12, []).Appoint(1, A.Representative(), "cmdr.ortiz", Now);

        Should.Throw<DomainException>(() => submission.Acknowledge("CMDR.ORTIZ", Now, [appointment])).Message.ShouldBe("A submission is acknowledged by someone other than the person who made it.");
    }

    [Fact]
    public void A_registry_is_built_only_from_its_own_district()
    {
        var other = Full().Active;

        Should.Throw<ArgumentException>(() => new DistrictRegistry(11, other)).Message.ShouldBe("Appointments of another district were passed. (Parameter 'activeAppointments')");
    }
}
