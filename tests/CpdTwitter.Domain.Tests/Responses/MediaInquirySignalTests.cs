using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Domain.Tests.Responses;

public sealed class MediaInquirySignalTests
{
    private static readonly HashSet<string> PressList = new(StringComparer.Ordinal) { "tribreporter" };

    [Theory]
    [InlineData("TribReporter")]
    [InlineData("@tribreporter")]
    public void An_author_on_the_press_list_is_flagged_whatever_the_text(string handle) =>
        MediaInquirySignal.Reason(handle, "Nice work at the block party!", PressList).ShouldBe(MediaInquirySignal.PressListReason);

    [Theory]
    [InlineData("@CPD12thDist Reporter with WGN here, requesting comment on last night's shooting.")]
    [InlineData("Reaching out for comment about the closure of the station lobby.")]
    [InlineData("Can you comment on the new curfew?")]
    [InlineData("Could the department please comment on this?")]
    [InlineData("Any comment on the robbery pattern in Beat 1224?")]
    [InlineData("Will CPD issue a statement about the incident on Ashland?")]
    [InlineData("Is there an official statement yet?")]
    [InlineData("Waiting on a statement from the department.")]
    [InlineData("Would anyone speak ON THE RECORD about this?")]
    [InlineData("Working on a story about the beat meetings, who can I talk to?")]
    [InlineData("This is a press inquiry about Saturday's arrests.")]
    [InlineData("Care to comment?")]
    public void Asking_for_comment_or_a_statement_is_flagged(string text) =>
        MediaInquirySignal.Reason("someone", text, PressList).ShouldBe(MediaInquirySignal.AsksForCommentReason);

    [Theory]
    [InlineData("No comment on the beat meeting? Is it still on?")]
    [InlineData("Great statement from the commander last night.")]
    [InlineData("I left a comment on your post about the parade.")]
    [InlineData("That's quite a statement, thanks officers!")]
    [InlineData("Commenting to say thanks for the help today.")]
    [InlineData("Is the beat meeting still on tonight?")]
    [InlineData("Recorded the meeting, on the recording you can hear the sergeant.")]
    [InlineData("")]
    public void Ordinary_questions_and_thanks_are_not_flagged(string text) =>
        MediaInquirySignal.Reason("neighbor_on_ashland", text, PressList).ShouldBeNull();

    [Fact]
    public void A_removed_handle_is_not_in_the_active_keys_and_so_not_flagged() =>
        MediaInquirySignal.Reason("formerreporter", "Hello district!", PressList).ShouldBeNull();
}
