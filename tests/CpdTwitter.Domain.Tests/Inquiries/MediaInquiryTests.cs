using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Inquiries;

public sealed class MediaInquiryTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Actor NewsGray = new("u-news-2", "News Gray", [Roles.NewsAffairs], null);

    private static InquiryDetails Details(DateTime? received = null, string question = "Was the beat meeting moved?") =>
        new("Chicago Tribune", "J. Reporter", "312-555-0100", InquiryChannel.Phone, received ?? Now.AddMinutes(-30), question);

    private static MediaInquiry Logged() => MediaInquiry.Log(Members.Representative(12), Details(), null, null, Now);

    [Fact]
    public void A_district_member_logs_an_inquiry_for_their_own_district_and_it_starts_new()
    {
        var postId = Guid.NewGuid();
        var inquiry = MediaInquiry.Log(Members.Sergeant(12), Details(), postId, 12, Now);

        inquiry.District.ShouldBe(12);
        inquiry.State.ShouldBe(InquiryState.New);
        inquiry.RelatedPostId.ShouldBe(postId);
        inquiry.LoggedByName.ShouldBe("Sgt. 12");
        inquiry.Outlet.ShouldBe("Chicago Tribune");
    }

    [Fact]
    public void News_Affairs_and_ISD_do_not_log_inquiries()
    {
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.NewsAffairs, Details(), null, null, Now))
            .Message.ShouldContain("members of the district");
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Isd, Details(), null, null, Now));
    }

    [Fact]
    public void A_posting_of_another_district_cannot_be_the_related_posting()
    {
        var refused = Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12), Details(), Guid.NewGuid(), 11, Now));
        refused.Field.ShouldBe("RelatedPostId");
        refused.Message.ShouldBe("The related posting must be one of your district's postings.");
    }

    [Theory]
    [InlineData("", "J", "c", "q", "Outlet", "Enter the news outlet.")]
    [InlineData("o", " ", "c", "q", "Reporter", "Enter the reporter's name.")]
    [InlineData("o", "J", "", "q", "Contact", "Enter how to reach the reporter.")]
    [InlineData("o", "J", "c", "  ", "Question", "Enter the question asked.")]
    public void Each_detail_is_required_with_its_own_message(string outlet, string reporter, string contact, string question, string field, string message)
    {
        var refused = Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12),
            new InquiryDetails(outlet, reporter, contact, InquiryChannel.Email, Now, question), null, null, Now));
        refused.Field.ShouldBe(field);
        refused.Message.ShouldBe(message);
    }

    [Fact]
    public void Text_limits_and_forbidden_characters_are_refused()
    {
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12), Details(question: new string('x', MediaInquiry.QuestionMaxLength + 1)), null, null, Now))
            .Message.ShouldStartWith("The question asked is too long");
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12), Details(question: "Why\u202Ethis"), null, null, Now))
            .Message.ShouldContain("bidirectional control character");
    }

    [Fact]
    public void An_unknown_channel_is_refused()
    {
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12), Details() with { Channel = (InquiryChannel)99 }, null, null, Now))
            .Field.ShouldBe("Channel");
    }

    [Fact]
    public void The_time_received_may_be_a_few_minutes_ahead_but_not_in_the_future_nor_absurdly_old()
    {
        MediaInquiry.Log(Members.Representative(12), Details(Now.AddMinutes(4)), null, null, Now).State.ShouldBe(InquiryState.New);
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12), Details(Now.AddHours(1)), null, null, Now))
            .Message.ShouldBe("The time received is in the future. Enter when the inquiry came in.");
        Should.Throw<DomainException>(() => MediaInquiry.Log(Members.Representative(12), Details(Now.AddDays(-31)), null, null, Now))
            .Field.ShouldBe("ReceivedAtUtc");
    }

    [Fact]
    public void News_Affairs_assigns_and_reassigns_an_inquiry()
    {
        var inquiry = Logged();

        inquiry.Assign(Members.NewsAffairs, "u-news", "News Bell", Now);
        inquiry.State.ShouldBe(InquiryState.Assigned);
        inquiry.AssignedToName.ShouldBe("News Bell");

        inquiry.Assign(Members.NewsAffairs, "u-news-2", "News Gray", Now.AddMinutes(5));
        inquiry.AssignedToId.ShouldBe("u-news-2");
        Should.Throw<DomainException>(() => inquiry.Assign(Members.NewsAffairs, "u-news-2", "News Gray", Now))
            .Message.ShouldBe("The inquiry is already assigned to News Gray.");
    }

    [Fact]
    public void The_district_cannot_assign_answer_or_close()
    {
        var inquiry = Logged();
        foreach (var member in new[] { Members.Representative(12), Members.Sergeant(12), Members.Commander(12), Members.Isd })
        {
            Should.Throw<DomainException>(() => inquiry.Assign(member, "u-news", "News Bell", Now)).Message.ShouldContain("Only the Office of News Affairs may assign");
            Should.Throw<DomainException>(() => inquiry.RecordResponse(member, "Yes", InquiryChannel.Phone, Now, Now)).Message.ShouldContain("may answer");
            Should.Throw<DomainException>(() => inquiry.Close(member, "n", Now)).Message.ShouldContain("may close");
        }

        inquiry.State.ShouldBe(InquiryState.New);
    }

    [Fact]
    public void Recording_the_response_of_a_new_inquiry_assigns_it_to_whoever_answers()
    {
        var inquiry = Logged();

        inquiry.RecordResponse(NewsGray, " The meeting moved to Thursday. ", InquiryChannel.Email, Now.AddMinutes(-5), Now);

        inquiry.State.ShouldBe(InquiryState.Answered);
        inquiry.AssignedToName.ShouldBe("News Gray");
        inquiry.ResponseText.ShouldBe("The meeting moved to Thursday.");
        inquiry.ResponseChannel.ShouldBe(InquiryChannel.Email);
        inquiry.RespondedByName.ShouldBe("News Gray");
    }

    [Fact]
    public void An_assigned_inquiry_keeps_its_assignee_when_answered()
    {
        var inquiry = Logged();
        inquiry.Assign(Members.NewsAffairs, "u-news", "News Bell", Now);

        inquiry.RecordResponse(NewsGray, "Answered", InquiryChannel.Phone, Now, Now);

        inquiry.AssignedToName.ShouldBe("News Bell");
        inquiry.RespondedByName.ShouldBe("News Gray");
    }

    [Fact]
    public void A_response_needs_text_a_channel_and_a_plausible_time_and_is_recorded_once()
    {
        var inquiry = Logged();
        Should.Throw<DomainException>(() => inquiry.RecordResponse(Members.NewsAffairs, " ", InquiryChannel.Phone, Now, Now)).Field.ShouldBe("ResponseText");
        Should.Throw<DomainException>(() => inquiry.RecordResponse(Members.NewsAffairs, "a", (InquiryChannel)0, Now, Now)).Field.ShouldBe("ResponseChannel");
        Should.Throw<DomainException>(() => inquiry.RecordResponse(Members.NewsAffairs, "a", InquiryChannel.Phone, Now.AddHours(2), Now))
            .Message.ShouldBe("The time of the response is in the future. Enter when the response was given.");
        Should.Throw<DomainException>(() => inquiry.RecordResponse(Members.NewsAffairs, "a", InquiryChannel.Phone, Now.AddHours(-2), Now))
            .Message.ShouldBe("The response cannot come before the inquiry was received.");
        inquiry.State.ShouldBe(InquiryState.New);

        inquiry.RecordResponse(Members.NewsAffairs, "a", InquiryChannel.Phone, Now, Now);
        Should.Throw<DomainException>(() => inquiry.RecordResponse(Members.NewsAffairs, "b", InquiryChannel.Phone, Now, Now))
            .Message.ShouldBe("This inquiry is already answered; its response cannot be recorded again.");
        Should.Throw<DomainException>(() => inquiry.Assign(Members.NewsAffairs, "u-news-2", "News Gray", Now))
            .Message.ShouldBe("This inquiry is answered; only a new or assigned inquiry can be assigned.");
    }

    [Fact]
    public void An_answered_inquiry_closes_with_or_without_a_note_and_once()
    {
        var inquiry = Logged();
        inquiry.RecordResponse(Members.NewsAffairs, "a", InquiryChannel.Phone, Now, Now);

        inquiry.Close(Members.NewsAffairs, "  ", Now);

        inquiry.State.ShouldBe(InquiryState.Closed);
        inquiry.CloseNote.ShouldBeNull();
        inquiry.ClosedByName.ShouldBe("News Bell");
        Should.Throw<DomainException>(() => inquiry.Close(Members.NewsAffairs, "again", Now)).Message.ShouldBe("This inquiry is already closed.");
        Should.Throw<DomainException>(() => inquiry.Assign(Members.NewsAffairs, "u-news-2", "News Gray", Now));
        Should.Throw<DomainException>(() => inquiry.RecordResponse(Members.NewsAffairs, "b", InquiryChannel.Phone, Now, Now));
    }

    [Fact]
    public void An_unanswered_inquiry_closes_only_with_a_note_saying_why_no_response_is_needed()
    {
        var inquiry = Logged();
        Should.Throw<DomainException>(() => inquiry.Close(Members.NewsAffairs, null, Now))
            .Message.ShouldBe("No response has been recorded: say in the note why none is needed.");
        Should.Throw<DomainException>(() => inquiry.Close(Members.NewsAffairs, new string('n', MediaInquiry.NoteMaxLength + 1), Now)).Field.ShouldBe("CloseNote");

        inquiry.Close(Members.NewsAffairs, "The reporter withdrew the question.", Now);

        inquiry.State.ShouldBe(InquiryState.Closed);
        inquiry.CloseNote.ShouldBe("The reporter withdrew the question.");
    }

    [Fact]
    public void An_inquiry_is_overdue_once_unanswered_past_the_response_target()
    {
        var inquiry = MediaInquiry.Log(Members.Representative(12), Details(Now), null, null, Now);

        inquiry.IsOverdue(Now.AddHours(4), 4).ShouldBeFalse();
        inquiry.IsOverdue(Now.AddHours(4).AddMinutes(1), 4).ShouldBeTrue();
        inquiry.Assign(Members.NewsAffairs, "u-news", "News Bell", Now);
        inquiry.IsOverdue(Now.AddHours(5), 4).ShouldBeTrue();
        inquiry.RecordResponse(Members.NewsAffairs, "a", InquiryChannel.Phone, Now.AddHours(5), Now.AddHours(5));
        inquiry.IsOverdue(Now.AddHours(6), 4).ShouldBeFalse();
        MediaInquiry.OverdueIfReceivedBefore(Now, 4).ShouldBe(Now.AddHours(-4));
    }

    [Fact]
    public void The_overdue_notice_is_recorded_once()
    {
        var inquiry = Logged();
        inquiry.MarkOverdueNotified(Now);
        inquiry.MarkOverdueNotified(Now.AddHours(1));
        inquiry.OverdueNotifiedAt.ShouldBe(Now);
    }
}
