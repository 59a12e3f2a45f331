using CpdTwitter.Domain.Guidance;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Guidance;

public sealed class GuidanceVersionTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 16, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void The_first_publish_is_version_1_with_its_author_time_and_summary()
    {
        var first = GuidanceDocument.Publish(null, "# Posting\r\nPost crime alerts.\r\n\r\n", "First guidance", Members.NewsAffairs, Now);

        first.Number.ShouldBe(1);
        first.Markdown.ShouldBe("# Posting\nPost crime alerts.");
        first.Summary.ShouldBe("First guidance");
        first.PublishedByName.ShouldBe("News Bell");
        first.PublishedAt.ShouldBe(Now);
    }

    [Fact]
    public void Each_publish_of_changed_text_is_the_next_version()
    {
        var first = GuidanceDocument.Publish(null, "Post crime alerts.", "First", Members.NewsAffairs, Now);
        var second = GuidanceDocument.Publish(first, "Post crime alerts and beat meetings.", "Beat meetings added", Members.NewsAffairs, Now.AddDays(1));

        second.Number.ShouldBe(2);
        second.Summary.ShouldBe("Beat meetings added");
    }

    [Fact]
    public void Publishing_the_same_text_again_is_refused_plainly()
    {
        var first = GuidanceDocument.Publish(null, "Post crime alerts.", "First", Members.NewsAffairs, Now);

        var refused = Should.Throw<DomainException>(() => GuidanceDocument.Publish(first, "Post crime alerts.\r\n", "Again", Members.NewsAffairs, Now));
        refused.Field.ShouldBe("Markdown");
        refused.Message.ShouldBe("This is the text of version 1 already: change the guidance before publishing a new version.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_summary_of_what_changed_is_required(string? summary)
    {
        var first = GuidanceDocument.Publish(null, "Post crime alerts.", "First", Members.NewsAffairs, Now);

        Should.Throw<DomainException>(() => GuidanceDocument.Publish(first, "Post beat meetings.", summary, Members.NewsAffairs, Now)).Field.ShouldBe("Summary");
    }

    [Fact]
    public void Empty_guidance_is_refused()
    {
        Should.Throw<DomainException>(() => GuidanceDocument.Publish(null, " \n ", "Nothing", Members.NewsAffairs, Now)).Field.ShouldBe("Markdown");
    }

    [Fact]
    public void Only_News_Affairs_publishes_guidance()
    {
        Should.Throw<DomainException>(() => GuidanceDocument.Publish(null, "Text", "Mine", Members.Commander(12), Now));
        Should.Throw<DomainException>(() => GuidanceDocument.Publish(null, "Text", "Mine", Members.Representative(12), Now));
    }

    [Fact]
    public void A_representative_acknowledges_a_version_for_their_district()
    {
        var first = GuidanceDocument.Publish(null, "Post crime alerts.", "First", Members.NewsAffairs, Now);

        var acknowledgement = first.Acknowledge(Members.Representative(12), Now.AddHours(1));

        acknowledgement.VersionNumber.ShouldBe(1);
        acknowledgement.UserId.ShouldBe("u-po-12");
        acknowledgement.UserName.ShouldBe("P.O. 12");
        acknowledgement.District.ShouldBe(12);
        acknowledgement.AcknowledgedAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void Only_representatives_acknowledge_guidance()
    {
        var first = GuidanceDocument.Publish(null, "Post crime alerts.", "First", Members.NewsAffairs, Now);

        Should.Throw<DomainException>(() => first.Acknowledge(Members.Sergeant(12), Now));
        Should.Throw<DomainException>(() => first.Acknowledge(Members.NewsAffairs, Now));
    }

    [Fact]
    public void Submitting_needs_the_current_version_acknowledged_and_drafting_does_not()
    {
        var current = GuidanceDocument.Publish(null, "Post crime alerts.", "First", Members.NewsAffairs, Now);

        ActingPolicy.HasReadGuidance(ActingPurpose.Draft, current, acknowledgedCurrent: false).Allowed.ShouldBeTrue();
        ActingPolicy.HasReadGuidance(ActingPurpose.Publish, current, acknowledgedCurrent: true).Allowed.ShouldBeTrue();
        var refused = ActingPolicy.HasReadGuidance(ActingPurpose.Publish, current, acknowledgedCurrent: false);
        refused.Allowed.ShouldBeFalse();
        refused.NeedsGuidance.ShouldBeTrue();
        refused.Reason.ShouldBe($"Read and acknowledge the current guidance (version 1, published {ChicagoTime.Format(Now)}) before submitting.");
    }

    [Fact]
    public void Before_any_guidance_is_published_nothing_blocks_submitting()
    {
        ActingPolicy.HasReadGuidance(ActingPurpose.Publish, null, acknowledgedCurrent: false).Allowed.ShouldBeTrue();
    }
}
