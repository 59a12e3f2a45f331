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
    public void Null_text_is_refused()
    {
        Should.Throw<ArgumentNullException>(() => TweetText.Measure(null!)).ParamName.ShouldBe("text");
        Should.Throw<ArgumentNullException>(() => TweetText.ExtractUrls(null!)).ParamName.ShouldBe("text");
    }

    [Fact]
    public void Whitespace_only_counts_as_twitter_text_counts_it()
    {
        // parseTweet accepts it; refusing a blank post is Post's rule, not the counter's.
        TweetText.Measure("  \n").ShouldBe(new TweetMeasurement(3, true, 10, 2, 2));
    }

    [Fact]
    public void A_byte_order_mark_or_noncharacter_makes_the_text_invalid()
    {
        TweetText.Measure("a\uFFFFb").ShouldBe(new TweetMeasurement(4, false, 14, 0, 2));
        TweetText.Measure("a\uFEFF").IsValid.ShouldBeFalse();
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
    public void Link_positions_are_utf16_indices_of_the_normalised_text()
    {
        var url = TweetText.ExtractUrls("Cafe\u0301 www.Example.com").ShouldHaveSingleItem();

        url.ShouldBe(new TweetUrl("www.Example.com", "www.example.com", 5, 15));
    }

    [Fact]
    public void A_link_cut_down_to_its_valid_domain_skips_only_its_own_text()
    {
        // The domain stops being ASCII at the quote; twitter-text keeps "chicagopolice.org/path" as the link but its
        // span runs to the end, and the counter skips only the link's 22 characters: 4 + 23 + 10.
        var measure = TweetText.Measure("See chicagopolice.org\".xn--p1ai/path");

        measure.WeightedLength.ShouldBe(37);
        TweetText.ExtractUrls("See chicagopolice.org\".xn--p1ai/path").ShouldHaveSingleItem().ShouldBe(new TweetUrl("chicagopolice.org/path", "chicagopolice.org", 4, 32));
    }

    [Fact]
    public void A_domain_label_over_63_characters_is_not_a_link()
    {
        TweetText.ExtractUrls(new string('a', 64) + ".com").ShouldBeEmpty();
    }
}
