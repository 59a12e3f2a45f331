using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

public sealed class TweetTextTests
{
    [Fact]
    public void Empty_text_is_invalid()
    {
        TweetText.Measure(string.Empty).ShouldBe(new TweetMeasurement(0, false, 0, 0, 0));
    }

    [Fact]
    public void A_link_weighs_23_whatever_its_length()
    {
        TweetText.Measure("Details: https://www.chicagopolice.org/community-policing/beat-meetings/district-12").WeightedLength.ShouldBe(9 + 23);
    }

    [Fact]
    public void An_emoji_sequence_weighs_2()
    {
        TweetText.Measure("👨‍👩‍👧‍👦").WeightedLength.ShouldBe(2);
        TweetText.Measure("👮🏽‍♀️").WeightedLength.ShouldBe(2);
    }

    [Fact]
    public void Cjk_characters_weigh_2_each()
    {
        TweetText.Measure("警察").WeightedLength.ShouldBe(4);
    }

    [Fact]
    public void A_decomposed_accent_counts_once_after_normalisation()
    {
        TweetText.Measure("Cafe\u0301").WeightedLength.ShouldBe(4);
    }

    [Fact]
    public void Over_280_is_invalid_and_the_valid_range_ends_at_the_limit()
    {
        var measure = TweetText.Measure(new string('a', 290));

        measure.IsValid.ShouldBeFalse();
        measure.Remaining.ShouldBe(-10);
        measure.ValidRangeEnd.ShouldBe(279);
    }

    [Fact]
    public void Links_are_found_with_and_without_a_protocol()
    {
        var urls = TweetText.ExtractUrls("See https://chicagopolice.org/x, www.example.com and example.co.uk/path today.");

        urls.Select(u => u.Host).ShouldBe(["chicagopolice.org", "www.example.com", "example.co.uk"]);
        urls[0].Url.ShouldBe("https://chicagopolice.org/x");
    }

    [Fact]
    public void A_domain_label_over_63_characters_is_not_a_link()
    {
        TweetText.ExtractUrls(new string('a', 64) + ".com").ShouldBeEmpty();
    }
}
