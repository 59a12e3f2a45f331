using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Inquiries;

public sealed class MediaInquiryMentionTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    private static MediaInquiry Logged() => MediaInquiry.Log(Members.Representative(12),
        new InquiryDetails("Tribune", "J. Reporter", "@jreporter", InquiryChannel.Social, Now.AddMinutes(-5), "Comment?"), null, null, Now);

    [Fact]
    public void An_inquiry_is_linked_to_its_own_districts_mention_once()
    {
        var inquiry = Logged();
        var mention = Guid.NewGuid();

        inquiry.LinkMention(mention, 12);
        inquiry.LinkMention(mention, 12);

        inquiry.MentionId.ShouldBe(mention);
        Should.Throw<DomainException>(() => inquiry.LinkMention(Guid.NewGuid(), 12)).Message.ShouldContain("another mention");
    }

    [Fact]
    public void Another_districts_mention_is_refused()
    {
        var inquiry = Logged();

        Should.Throw<DomainException>(() => inquiry.LinkMention(Guid.NewGuid(), 11));
        inquiry.MentionId.ShouldBeNull();
    }
}
