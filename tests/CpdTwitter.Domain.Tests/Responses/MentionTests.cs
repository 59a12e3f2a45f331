using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Domain.Tests.Responses;

public sealed class MentionTests
{
    internal static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    internal static XMentionFacts Facts(string text = "@CPD12thDistrict is the beat meeting still on Thursday?", string? handle = "resident_ann", string? name = "Ann Resident",
        bool addresses = true, string? inReplyTo = null, DateTime? postedAt = null, string id = "1861234567890123456") =>
        new(id, "44196397", handle, name, text, postedAt ?? Now.AddMinutes(-20), "1861234567890123456", inReplyTo, addresses);

    internal static Mention Received(int district = 12, XMentionFacts? facts = null) => Mention.Received(district, facts ?? Facts(), Now);

    [Fact]
    public void A_received_mention_keeps_what_X_said_and_starts_new()
    {
        var mention = Mention.Received(12, Facts(inReplyTo: "1861234567890000000") with { AuthorHandle = " @resident_ann ", AuthorName = " Ann Resident " }, Now);

        mention.District.ShouldBe(12);
        mention.State.ShouldBe(MentionState.New);
        mention.XPostId.ShouldBe("1861234567890123456");
        mention.AuthorHandle.ShouldBe("resident_ann");
        mention.AuthorName.ShouldBe("Ann Resident");
        mention.InReplyToXPostId.ShouldBe("1861234567890000000");
        mention.PostedAt.ShouldBe(Now.AddMinutes(-20));
        mention.ReceivedAt.ShouldBe(Now);
        mention.FlaggedAsMedia.ShouldBeFalse();
        mention.XUrl.ShouldBe("https://x.com/resident_ann/status/1861234567890123456");
    }

    [Fact]
    public void Without_a_handle_the_link_to_X_uses_the_post_id_alone()
    {
        Received(facts: Facts(handle: null)).XUrl.ShouldBe("https://x.com/i/web/status/1861234567890123456");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12345678901234567890")]
    [InlineData("")]
    public void An_id_that_is_not_an_X_id_is_refused(string id)
    {
        Should.Throw<DomainException>(() => Received(facts: Facts(id: id))).Message.ShouldContain("is not an X post id");
    }

    [Fact]
    public void A_mention_belongs_to_a_district()
    {
        Should.Throw<DomainException>(() => Received(district: 0)).Message.ShouldBe("A mention belongs to a district.");
    }

    [Fact]
    public void A_mention_posted_after_it_was_read_is_refused_beyond_a_few_minutes_of_clock_skew()
    {
        Received(facts: Facts(postedAt: Now.AddMinutes(4))).PostedAt.ShouldBe(Now.AddMinutes(4));
        Should.Throw<DomainException>(() => Received(facts: Facts(postedAt: Now.AddMinutes(6)))).Message.ShouldContain("after it was read");
    }

    [Fact]
    public void Times_must_be_UTC()
    {
        Should.Throw<ArgumentException>(() => Received(facts: Facts(postedAt: DateTime.SpecifyKind(Now, DateTimeKind.Local))));
    }

    [Fact]
    public void Long_names_and_handles_are_cut_to_what_is_stored_but_text_is_kept_whole()
    {
        var text = new string('a', 20_000);
        var mention = Received(facts: Facts(text: text, handle: new string('h', 80), name: new string('n', 150)));

        mention.AuthorHandle.Length.ShouldBe(Mention.HandleMaxLength);
        mention.AuthorName.Length.ShouldBe(Mention.AuthorNameMaxLength);
        mention.Text.ShouldBe(text);
        Should.Throw<DomainException>(() => Received(facts: Facts(text: new string('a', Mention.TextMaxLength + 1))));
    }

    [Fact]
    public void A_flag_keeps_its_reason_cut_to_the_stored_length()
    {
        var mention = Received();
        mention.Flag(new string('r', 300));

        mention.FlaggedAsMedia.ShouldBeTrue();
        mention.FlagReason!.Length.ShouldBe(Mention.FlagReasonMaxLength);
        Should.Throw<ArgumentException>(() => mention.Flag(" "));
    }
}
