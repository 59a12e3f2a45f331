using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Duty;

/// <summary>Who keeps a district's duty records (III.C): its sergeant or commander; overrides only its commander.</summary>
public sealed class DutyRecordAuthorityTests
{
    private static readonly DateTime Noon = new(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_the_districts_commander_grants_an_override()
    {
        var grant = DutyGrant.Override("u-po", 12, Noon, Noon.AddHours(2), "Water main break", Members.Commander(12), Noon);
        grant.GrantedById.ShouldBe("u-cmdr-12");
        grant.GrantedByName.ShouldBe("Cmdr. 12");
        grant.Kind.ShouldBe(DutyGrantKind.Override);

        foreach (var other in new[] { Members.Sergeant(12), Members.Commander(11), Members.Representative(12), Members.NewsAffairs, Members.Isd })
        {
            Should.Throw<DomainException>(() => DutyGrant.Override("u-po", 12, Noon, Noon.AddHours(2), "Water main break", other, Noon))
                .Message.ShouldBe("Only district 012's commander grants a duty override.");
        }
    }

    [Fact]
    public void The_districts_sergeant_or_commander_confirms_a_shift_and_sets_watches()
    {
        DutyGrant.Shift("u-po", 12, Noon, Noon.AddHours(8), Members.Sergeant(12), Noon).GrantedByName.ShouldBe("Sgt. 12");
        DutyGrant.Shift("u-po", 12, Noon, Noon.AddHours(8), Members.Commander(12), Noon).GrantedById.ShouldBe("u-cmdr-12");
        new WatchAssignment("u-po", 12, new Watch(DayOfWeek.Monday, new TimeOnly(6, 0), new TimeOnly(14, 0)), Members.Sergeant(12), Noon).SetById.ShouldBe("u-sgt-12");

        foreach (var other in new[] { Members.Sergeant(11), Members.Representative(12), Members.NewsAffairs })
        {
            Should.Throw<DomainException>(() => DutyGrant.Shift("u-po", 12, Noon, Noon.AddHours(8), other, Noon))
                .Message.ShouldBe("Only district 012's commander or sergeant keeps its duty schedules.");
            Should.Throw<DomainException>(() => new WatchAssignment("u-po", 12, new Watch(DayOfWeek.Monday, new TimeOnly(6, 0), new TimeOnly(14, 0)), other, Noon))
                .Message.ShouldBe("Only district 012's commander or sergeant keeps its duty schedules.");
        }
    }

    [Fact]
    public void A_stored_grant_puts_its_granter_on_the_schedule()
    {
        var grant = DutyGrant.Override("u-po", 12, Noon, Noon.AddHours(2), "Parade", Members.Commander(12), Noon);
        var schedule = new DutySchedule(ChicagoZone, []);

        grant.ApplyTo(schedule);

        schedule.StatusAt(Noon.AddHours(1)).OnDuty.ShouldBeTrue();
    }

    private static TimeZoneInfo ChicagoZone => TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
}
