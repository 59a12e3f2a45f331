using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Domain.Tests.People;
using static CpdTwitter.Domain.Tests.Responses.MentionTests;

namespace CpdTwitter.Domain.Tests.Responses;

public sealed class MentionHandlingTests
{
    public static TheoryData<string> DistrictMembers => new() { "rep", "sgt", "cmdr" };

    private static Actor Member(string who, int district) => who switch
    {
        "rep" => Members.Representative(district),
        "sgt" => Members.Sergeant(district),
        _ => Members.Commander(district),
    };

    [Theory]
    [MemberData(nameof(DistrictMembers))]
    public void The_district_members_and_News_Affairs_handle_a_mention_but_not_another_district_nor_ISD(string who)
    {
        var mention = Received(12);

        mention.MayBeHandledBy(Member(who, 12)).ShouldBeTrue();
        mention.MayBeHandledBy(Member(who, 11)).ShouldBeFalse();
        mention.MayBeHandledBy(Members.NewsAffairs).ShouldBeTrue();
        mention.MayBeHandledBy(Members.Isd).ShouldBeFalse();
    }

    [Fact]
    public void A_representative_of_the_district_and_News_Affairs_may_answer_a_new_mention()
    {
        var mention = Received(12);

        mention.WhyNotAnswerableBy(Members.Representative(12)).ShouldBeNull();
        mention.WhyNotAnswerableBy(Members.NewsAffairs).ShouldBeNull();
    }

    [Fact]
    public void Sergeants_commanders_other_districts_and_ISD_do_not_answer()
    {
        var mention = Received(12);

        foreach (var actor in new[] { Members.Sergeant(12), Members.Commander(12), Members.Representative(11), Members.Isd })
        {
            mention.WhyNotAnswerableBy(actor).ShouldBe("Only the district's representatives answer its mentions on X.");
        }
    }

    [Fact]
    public void A_flagged_mention_is_answered_only_by_News_Affairs()
    {
        var mention = Received(12);
        mention.Flag("From @tribune_jo on the press list");

        mention.WhyNotAnswerableBy(Members.Representative(12))!.ShouldContain("only News Affairs answers it");
        mention.WhyNotAnswerableBy(Members.NewsAffairs).ShouldBeNull();
    }

    [Fact]
    public void A_post_that_does_not_address_the_account_cannot_be_answered_by_anyone()
    {
        var mention = Received(12, Facts(addresses: false));

        mention.WhyNotAnswerableBy(Members.Representative(12))!.ShouldContain("mentions or quotes it");
        mention.WhyNotAnswerableBy(Members.NewsAffairs)!.ShouldContain("mentions or quotes it");
    }

    [Fact]
    public void A_handled_mention_is_not_waiting_for_an_answer()
    {
        var mention = Received(12);
        mention.CloseWithoutResponse(Members.Sergeant(12), "Thanks only", Now);

        mention.WhyNotAnswerableBy(Members.Representative(12)).ShouldBe("This mention is no response needed; it is not waiting for an answer.");
    }

    [Fact]
    public void Closing_without_a_response_keeps_the_reason_and_who_closed_it()
    {
        var mention = Received(12);
        var version = mention.Version;

        mention.CloseWithoutResponse(Members.Commander(12), "  Thanks only  ", Now.AddMinutes(5));

        mention.State.ShouldBe(MentionState.NoResponseNeeded);
        mention.NoResponseReason.ShouldBe("Thanks only");
        mention.HandledByName.ShouldBe("Cmdr. 12");
        mention.HandledById.ShouldBe("u-cmdr-12");
        mention.HandledAt.ShouldBe(Now.AddMinutes(5));
        mention.Version.ShouldBe(version + 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Closing_without_a_reason_is_refused_next_to_the_field(string? reason)
    {
        var mention = Received(12);

        var refused = Should.Throw<DomainException>(() => mention.CloseWithoutResponse(Members.Representative(12), reason, Now));
        refused.Field.ShouldBe("Reason");
        refused.Message.ShouldStartWith("Say why no response is needed");
        mention.State.ShouldBe(MentionState.New);
    }

    [Fact]
    public void A_too_long_or_unprintable_reason_is_refused()
    {
        var mention = Received(12);

        Should.Throw<DomainException>(() => mention.CloseWithoutResponse(Members.Representative(12), new string('x', Mention.ReasonMaxLength + 1), Now)).Field.ShouldBe("Reason");
        Should.Throw<DomainException>(() => mention.CloseWithoutResponse(Members.Representative(12), "thanks\u0007", Now)).Field.ShouldBe("Reason");
    }

    [Fact]
    public void ISD_and_another_district_cannot_close_reopen_or_escalate()
    {
        var mention = Received(12);

        Should.Throw<DomainException>(() => mention.CloseWithoutResponse(Members.Isd, "spam", Now)).Message.ShouldContain("may close a mention");
        Should.Throw<DomainException>(() => mention.CloseWithoutResponse(Members.Representative(11), "spam", Now));
        Should.Throw<DomainException>(() => mention.Escalate(Members.Isd, Guid.NewGuid(), Now)).Message.ShouldContain("may send to News Affairs a mention");
        mention.CloseWithoutResponse(Members.Representative(12), "spam", Now);
        Should.Throw<DomainException>(() => mention.Reopen(Members.Isd, Now));
        mention.State.ShouldBe(MentionState.NoResponseNeeded);
    }

    [Fact]
    public void Reopening_clears_the_reason_and_who_handled_it()
    {
        var mention = Received(12);
        mention.CloseWithoutResponse(Members.Representative(12), "Spam", Now);

        mention.Reopen(Members.Sergeant(12), Now.AddMinutes(1));

        mention.State.ShouldBe(MentionState.New);
        mention.NoResponseReason.ShouldBeNull();
        mention.HandledAt.ShouldBeNull();
        mention.HandledByName.ShouldBeNull();
        mention.UpdatedAt.ShouldBe(Now.AddMinutes(1));
    }

    [Fact]
    public void Only_a_mention_closed_without_a_response_can_be_reopened_and_only_a_new_one_closed()
    {
        var mention = Received(12);
        Should.Throw<DomainException>(() => mention.Reopen(Members.Representative(12), Now)).Message.ShouldBe("This mention is new; it cannot be reopened.");

        mention.CloseWithoutResponse(Members.Representative(12), "Spam", Now);
        Should.Throw<DomainException>(() => mention.CloseWithoutResponse(Members.Representative(12), "Again", Now)).Message.ShouldBe("This mention is no response needed; it cannot be closed.");
    }

    [Fact]
    public void Escalating_links_the_inquiry_and_a_new_or_closed_mention_can_be_escalated()
    {
        var inquiryId = Guid.NewGuid();
        var closed = Received(12);
        closed.CloseWithoutResponse(Members.Representative(12), "Thanks only", Now);

        closed.Escalate(Members.NewsAffairs, inquiryId, Now.AddMinutes(2));

        closed.State.ShouldBe(MentionState.Escalated);
        closed.MediaInquiryId.ShouldBe(inquiryId);
        closed.NoResponseReason.ShouldBeNull();
        closed.HandledByName.ShouldBe("News Bell");
        Received(12).Escalate(Members.Representative(12), inquiryId, Now);
    }

    [Fact]
    public void An_escalated_or_responded_mention_cannot_be_escalated_again()
    {
        var escalated = Received(12);
        escalated.Escalate(Members.Representative(12), Guid.NewGuid(), Now);
        Should.Throw<DomainException>(() => escalated.Escalate(Members.Representative(12), Guid.NewGuid(), Now)).Message.ShouldContain("cannot become a media inquiry");
        Should.Throw<DomainException>(() => escalated.Reopen(Members.Representative(12), Now));

        var responded = Received(12);
        responded.MarkResponded("u-po-12", "P.O. 12", Now);
        Should.Throw<DomainException>(() => responded.Escalate(Members.NewsAffairs, Guid.NewGuid(), Now));
    }

    [Fact]
    public void A_published_response_marks_the_mention_responded_whatever_the_inbox_said()
    {
        var mention = Received(12);
        mention.CloseWithoutResponse(Members.Representative(12), "Thanks only", Now);

        mention.MarkResponded("u-po-12", "P.O. 12", Now.AddMinutes(3));

        mention.State.ShouldBe(MentionState.Responded);
        mention.HandledByName.ShouldBe("P.O. 12");
        mention.HandledAt.ShouldBe(Now.AddMinutes(3));
        mention.NoResponseReason.ShouldBeNull();
    }
}
