using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.Tests.People;
using static CpdTwitter.Domain.Tests.Responses.MentionTests;

namespace CpdTwitter.Domain.Tests.Inquiries;

public sealed class MediaInquiryFromMentionTests
{
    private static readonly DateTime Later = Now.AddDays(40);

    [Fact]
    public void A_mention_becomes_an_inquiry_in_its_district_from_its_author_received_when_posted()
    {
        var mention = Received(12, Facts(text: "@CPD12thDistrict Can you comment on the closure?", handle: "tribune_jo", name: "Jo Reporter"));

        // Sent to News Affairs long after it was posted: the 30-day window of a hand-logged inquiry does not apply.
        var inquiry = MediaInquiry.FromMention(Members.Sergeant(12), mention, "Chicago Tribune", Later);

        inquiry.District.ShouldBe(12);
        inquiry.Channel.ShouldBe(InquiryChannel.Social);
        inquiry.Reporter.ShouldBe("Jo Reporter");
        inquiry.Contact.ShouldBe("@tribune_jo");
        inquiry.Outlet.ShouldBe("Chicago Tribune");
        inquiry.ReceivedAt.ShouldBe(mention.PostedAt);
        inquiry.Question.ShouldBe("@CPD12thDistrict Can you comment on the closure?");
        inquiry.MentionId.ShouldBe(mention.Id);
        inquiry.State.ShouldBe(InquiryState.New);
        inquiry.LoggedByName.ShouldBe("Sgt. 12");
        inquiry.LoggedAt.ShouldBe(Later);
    }

    [Fact]
    public void An_author_not_on_the_press_list_has_an_unknown_outlet_and_no_name_falls_back_to_the_handle()
    {
        var inquiry = MediaInquiry.FromMention(Members.NewsAffairs, Received(12, Facts(name: "")), null, Now);

        inquiry.Outlet.ShouldBe(MediaInquiry.UnknownOutlet);
        inquiry.Reporter.ShouldBe("@resident_ann");
        inquiry.LoggedByName.ShouldBe("News Bell");
    }

    [Fact]
    public void A_question_longer_than_an_inquiry_holds_is_cut_with_a_note()
    {
        var inquiry = MediaInquiry.FromMention(Members.Representative(12), Received(12, Facts(text: new string('q', 6000))), null, Now);

        inquiry.Question.Length.ShouldBe(MediaInquiry.QuestionMaxLength);
        inquiry.Question.ShouldEndWith("[cut: the full text is in the mention]");
        inquiry.Question.ShouldStartWith("qqqq");
    }

    [Fact]
    public void Another_district_and_ISD_cannot_send_a_mention_to_News_Affairs()
    {
        var mention = Received(12);

        Should.Throw<DomainException>(() => MediaInquiry.FromMention(Members.Representative(11), mention, null, Now));
        Should.Throw<DomainException>(() => MediaInquiry.FromMention(Members.Isd, mention, null, Now));
    }
}
