using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Records;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Records;

public sealed class FoiaRequestTests
{
    // Wed Nov 4, 2026, 10:00 in Chicago.
    private static readonly DateTime Now = new(2026, 11, 4, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Received = new(2026, 11, 4);

    private static FoiaRequest Logged(DateOnly? received = null) =>
        FoiaRequest.Log("A. Journalist", received ?? Received, "All posts of district 12 in October", 12, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "parade", Members.NewsAffairs, Now);

    [Fact]
    public void It_is_due_five_business_days_after_receipt_counting_Veterans_Day()
    {
        var request = Logged();

        request.DueOn.ShouldBe(new DateOnly(2026, 11, 12));
        request.IsOverdue(new DateOnly(2026, 11, 12)).ShouldBeFalse();
        request.IsOverdue(new DateOnly(2026, 11, 13)).ShouldBeTrue();
    }

    [Fact]
    public void Only_ISD_and_News_Affairs_log_requests()
    {
        Should.Throw<DomainException>(() => FoiaRequest.Log("X", Received, "Y", null, null, null, null, Members.Commander(12), Now));
        FoiaRequest.Log("X", Received, "Y", null, null, null, null, Members.Isd, Now).Requester.ShouldBe("X");
    }

    [Fact]
    public void The_requester_and_what_was_asked_are_required_and_receipt_is_not_in_the_future()
    {
        Should.Throw<DomainException>(() => FoiaRequest.Log(" ", Received, "Y", null, null, null, null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.Requester));
        Should.Throw<DomainException>(() => FoiaRequest.Log("X", Received, "", null, null, null, null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.Asked));
        Should.Throw<DomainException>(() => FoiaRequest.Log("X", Received.AddDays(1), "Y", null, null, null, null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ReceivedOn));
        Should.Throw<DomainException>(() => FoiaRequest.Log("X", Received, "Y", null, new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1), null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ToDate));
    }

    [Fact]
    public void An_extension_with_notice_in_the_first_five_days_adds_business_days_to_the_due_date()
    {
        var request = Logged();

        request.Extend(FoiaExtensionReason.ExemptionReview, 5, new DateOnly(2026, 11, 10), Members.Isd, Now.AddDays(6));

        // Due Thu Nov 12 + 5 business days: Fri 13, Mon 16, Tue 17, Wed 18, Thu 19.
        request.ExtendedDueOn.ShouldBe(new DateOnly(2026, 11, 19));
        request.EffectiveDueOn.ShouldBe(new DateOnly(2026, 11, 19));
        request.IsOverdue(new DateOnly(2026, 11, 16)).ShouldBeFalse();
    }

    [Fact]
    public void A_request_is_extended_only_once()
    {
        var request = Logged();
        request.Extend(FoiaExtensionReason.NotLocated, 2, Received, Members.Isd, Now);

        Should.Throw<DomainException>(() => request.Extend(FoiaExtensionReason.NotLocated, 2, Received, Members.Isd, Now)).Message.ShouldContain("one extension");
    }

    [Fact]
    public void An_extension_needs_a_listed_reason_one_to_five_days_and_notice_within_the_first_five_days()
    {
        Should.Throw<DomainException>(() => Logged().Extend(null, 5, Received, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ExtensionReason));
        Should.Throw<DomainException>(() => Logged().Extend((FoiaExtensionReason)9, 5, Received, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ExtensionReason));
        Should.Throw<DomainException>(() => Logged().Extend(FoiaExtensionReason.UndueBurden, 6, Received, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ExtendedDueOn));
        Should.Throw<DomainException>(() => Logged().Extend(FoiaExtensionReason.UndueBurden, 0, Received, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ExtendedDueOn));
        Should.Throw<DomainException>(() => Logged().Extend(FoiaExtensionReason.UndueBurden, 5, null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ExtensionNoticeOn));
        Should.Throw<DomainException>(() => Logged().Extend(FoiaExtensionReason.UndueBurden, 5, Received.AddDays(-1), Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.ExtensionNoticeOn));

        // Notice sent on the 6th business day (Fri Nov 13) is too late, even if recorded while the request is open.
        Should.Throw<DomainException>(() => Logged().Extend(FoiaExtensionReason.UndueBurden, 5, new DateOnly(2026, 11, 13), Members.Isd, Now.AddDays(8)));
    }

    [Fact]
    public void Once_the_first_five_business_days_have_passed_the_request_cannot_be_extended()
    {
        var request = Logged();
        request.MayBeExtendedOn(new DateOnly(2026, 11, 12)).ShouldBeTrue();
        request.MayBeExtendedOn(new DateOnly(2026, 11, 13)).ShouldBeFalse();

        Should.Throw<DomainException>(() => request.Extend(FoiaExtensionReason.UndueBurden, 5, new DateOnly(2026, 11, 10), Members.Isd, new DateTime(2026, 11, 13, 16, 0, 0, DateTimeKind.Utc)))
            .Message.ShouldContain("can no longer be extended");
    }

    [Fact]
    public void Closing_records_the_outcome_and_a_denial_needs_its_reasons()
    {
        var request = Logged();
        Should.Throw<DomainException>(() => request.Close(FoiaOutcome.Denied, null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.OutcomeNote));
        Should.Throw<DomainException>(() => request.Close(null, null, Members.Isd, Now)).Field.ShouldBe(nameof(FoiaRequest.Outcome));

        request.Close(FoiaOutcome.Granted, null, Members.NewsAffairs, Now);

        request.IsOpen.ShouldBeFalse();
        request.IsOverdue(new DateOnly(2027, 1, 1)).ShouldBeFalse();
        Should.Throw<DomainException>(() => request.Close(FoiaOutcome.Granted, null, Members.Isd, Now));
        Should.Throw<DomainException>(() => request.Extend(FoiaExtensionReason.NotLocated, 1, Received, Members.Isd, Now));
    }

    [Fact]
    public void An_open_request_holds_its_district_and_dates_whatever_its_search_words()
    {
        var request = Logged();
        var october = new DateTime(2026, 10, 15, 15, 0, 0, DateTimeKind.Utc);

        request.HoldScope.Covers(new HeldRecord(Guid.NewGuid(), 12, "u-any", october)).ShouldBeTrue();
        request.HoldScope.Covers(new HeldRecord(Guid.NewGuid(), 11, "u-any", october)).ShouldBeFalse();
        request.HoldScope.Covers(new HeldRecord(Guid.NewGuid(), 12, "u-any", october.AddMonths(1))).ShouldBeFalse();
        FoiaRequest.Log("X", Received, "Everything", null, null, null, null, new Actor("u-isd", "ISD", [Roles.IsdAdministrator], null), Now)
            .HoldScope.Covers(new HeldRecord(Guid.NewGuid(), 5, "u-any", october)).ShouldBeTrue();
    }
}
