using CpdTwitter.Domain.Records;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Records;

public sealed class LegalHoldTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    // 11:30 pm Chicago on Mar 31, 2024 is already April 1 in UTC: the hold's dates are Chicago days.
    private static readonly DateTime LateMarch31 = new(2024, 4, 1, 4, 30, 0, DateTimeKind.Utc);

    private static HeldRecord Record(int district = 12, string author = "u-grant", DateTime? created = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), district, author, created ?? LateMarch31);

    [Fact]
    public void A_hold_by_district_and_dates_covers_that_districts_records_of_those_Chicago_days()
    {
        var hold = LegalHold.Place(12, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), null, null, "Smith v. City, 24 L 1234", Members.Isd, Now);

        hold.Covers(Record()).ShouldBeTrue();
        hold.Covers(Record(district: 11)).ShouldBeFalse();
        hold.Covers(Record(created: LateMarch31.AddDays(1))).ShouldBeFalse();
    }

    [Fact]
    public void A_hold_on_a_posting_or_a_person_covers_only_that()
    {
        var id = Guid.NewGuid();
        var onPosting = LegalHold.Place(null, null, null, id, null, "Subpoena", Members.Isd, Now);
        var onPerson = LegalHold.Place(null, null, null, null, ("u-grant", "P.O. Grant"), "Investigation", Members.Isd, Now);

        onPosting.Covers(Record(id: id)).ShouldBeTrue();
        onPosting.Covers(Record()).ShouldBeFalse();
        onPerson.Covers(Record(district: 3)).ShouldBeTrue();
        onPerson.Covers(Record(author: "u-other")).ShouldBeFalse();
        onPerson.PersonName.ShouldBe("P.O. Grant");
    }

    [Fact]
    public void A_hold_needs_a_reason_something_to_cover_and_ISD()
    {
        Should.Throw<DomainException>(() => LegalHold.Place(12, null, null, null, null, " ", Members.Isd, Now)).Field.ShouldBe(nameof(LegalHold.Reason));
        Should.Throw<DomainException>(() => LegalHold.Place(null, null, null, null, null, "Why", Members.Isd, Now)).Message.ShouldContain("Say what the hold covers");
        Should.Throw<DomainException>(() => LegalHold.Place(12, null, null, null, null, "Why", Members.NewsAffairs, Now)).Message.ShouldContain("Only ISD");
    }

    [Fact]
    public void A_released_hold_covers_nothing_and_is_released_once_with_a_reason()
    {
        var hold = LegalHold.Place(12, null, null, null, null, "Litigation", Members.Isd, Now);
        Should.Throw<DomainException>(() => hold.Release("", Members.Isd, Now)).Field.ShouldBe(nameof(LegalHold.ReleaseReason));

        hold.Release("Case settled", Members.Isd, Now);

        hold.InForce.ShouldBeFalse();
        hold.Covers(Record()).ShouldBeFalse();
        Should.Throw<DomainException>(() => hold.Release("Again", Members.Isd, Now));
    }
}
