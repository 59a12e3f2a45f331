using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

public sealed class PostPolicyTests
{
    private static PolicyReview Review(string text, bool marked = false) => PostPolicy.Review(text, marked, 12, PolicyLists.Defaults);

    [Fact]
    public void A_beat_meeting_notice_passes_without_routing()
    {
        var review = Review("Beat meeting Tuesday 6:30 pm, 1412 S. Blue Island Ave. Details: https://www.chicagopolice.org/beat-meetings");

        review.RoutesToNewsAffairs.ShouldBeFalse();
        review.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void The_box_alone_routes_the_post()
    {
        Review("Thank you to everyone who helped today.", marked: true).NotableReasons.ShouldHaveSingleItem().ShouldContain("You marked it");
    }

    [Theory]
    [InlineData("Two offenders were ARRESTED after a chase.", "ARRESTED")]
    [InlineData("One person in custody after the incident.", "in custody")]
    [InlineData("Police respond to a shooting near Taylor St.", "shooting")]
    [InlineData("Help us find a missing   juvenile last seen on Roosevelt.", "missing   juvenile")]
    public void Notable_terms_are_found_whole_word_and_in_any_case(string text, string found)
    {
        Review(text).NotableReasons.ShouldContain(r => r.Contains(found, StringComparison.Ordinal));
    }

    [Fact]
    public void Terms_inside_other_words_do_not_count()
    {
        Review("Crime prevention: rearrest your habits, and lock your car.").NotableReasons.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("John Smith, 24, of the 1400 block was charged.")]
    [InlineData("Maria Lopez (17) was found safe.")]
    [InlineData("Ann Lee, age 31, was charged.")]
    [InlineData("A 16-year-old was taken to hospital.")]
    public void A_named_person_with_an_age_routes_the_post(string text)
    {
        Review(text).NotableReasons.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Community event Saturday at Union Park, 10 am.")]
    [InlineData("Beat Meeting Tuesday, 15th at 6 pm.")]
    public void Times_and_dates_after_a_place_are_not_ages(string text)
    {
        Review(text).NotableReasons.ShouldBeEmpty();
    }

    [Fact]
    public void A_link_outside_the_allow_list_needs_a_justification_and_News_Affairs()
    {
        var review = Review("Tickets at https://example.com/fundraiser");

        review.AdvertisingReasons.ShouldHaveSingleItem().ShouldContain("example.com");
        review.NeedsJustification.ShouldBeTrue();
        review.RoutesToNewsAffairs.ShouldBeTrue();
    }

    [Theory]
    [InlineData("chicagopolice.org", true)]
    [InlineData("www.chicagopolice.org", true)]
    [InlineData("home.chicagopolice.org", true)]
    [InlineData("chicagopolice.org.evil.com", false)]
    [InlineData("notchicagopolice.org", false)]
    public void Subdomains_of_an_allowed_domain_are_allowed(string host, bool allowed)
    {
        PostPolicy.IsAllowed(host, PolicyLists.Defaults.AllowedDomains).ShouldBe(allowed);
    }

    [Fact]
    public void Promotional_wording_needs_a_justification()
    {
        Review("Big SALE at the corner store, 20% off!").AdvertisingReasons.Count.ShouldBe(2);
    }

    [Fact]
    public void Mentioning_another_district_warns_the_author_but_does_not_route()
    {
        var review = Review("Joint event with the 11th District and District 18 this Saturday. Thank you, 12th District!");

        review.RoutesToNewsAffairs.ShouldBeFalse();
        review.Warnings.Count.ShouldBe(2);
        review.Warnings[0].ShouldContain("11th District");
        review.Warnings[1].ShouldContain("18th District");
    }
    // Finding 9 of issue #11: each disguise once went straight out. \u escapes keep the invisible and lookalike characters visible here.
    [Theory]
    [InlineData("Two offenders were arr\u200Bested after a chase.", "arr\u200Bested")] // zero-width space
    [InlineData("Two offenders were arr\u00ADested after a chase.", "arr\u00ADested")] // soft hyphen
    [InlineData("Two offenders were \u0430rrested after a chase.", "\u0430rrested")] // Cyrillic a
    [InlineData("Two offenders were \uFF41\uFF52\uFF52\uFF45\uFF53\uFF54\uFF45\uFF44 after a chase.", "\uFF41\uFF52\uFF52\uFF45\uFF53\uFF54\uFF45\uFF44")] // full-width
    [InlineData("Two offenders were \U0001D41A\U0001D42B\U0001D42B\U0001D41E\U0001D42C\U0001D42D\U0001D41E\U0001D41D.", "\U0001D41A\U0001D42B\U0001D42B\U0001D41E\U0001D42C\U0001D42D\U0001D41E\U0001D41D")] // mathematical bold
    [InlineData("TWO OFFENDERS \u0410RR\u0415\u0405TED.", "\u0410RR\u0415\u0405TED")] // Cyrillic capitals A, IE, DZE
    [InlineData("Two offenders were arre\u0301sted.", "arre\u0301sted")] // a combining accent
    [InlineData("Police respond to a sh\u03BF\u03BFting near Taylor St.", "sh\u03BF\u03BFting")] // Greek omicron
    [InlineData("Police respond to a sh00ting near Taylor St.", "sh00ting")] // digit zero
    [InlineData("Police respond to a \u0455hoo\u0442ing near Taylor St.", "\u0455hoo\u0442ing")] // Cyrillic dze and small te
    [InlineData("Police respond to a sho\u2060oting\uFE0F near Taylor St.", "sho\u2060oting")] // word joiner, variation selector
    [InlineData("A man is \u0456n\u00A0cust\u043Edy.", "\u0456n\u00A0cust\u043Edy")] // Cyrillic i and o, no-break space
    [InlineData("Hom\u0456c\u0456de investigation on Ogden.", "Hom\u0456c\u0456de")] // Cyrillic i
    [InlineData("A stabb\u200Ded man was found.", "stabb\u200Ded")] // zero-width joiner
    [InlineData("\u202Emurder\u202C suspect sought.", "murder")] // bidirectional override around the word
    public void Disguised_notable_terms_are_found_and_quoted_as_written(string text, string quoted)
    {
        Review(text).NotableReasons.ShouldContain($"It mentions \u201C{quoted}\u201D, which may concern a notable incident.");
    }

    [Theory]
    [InlineData("Raffle tickets: bu\u0443 n\u043Ew at the desk.", "bu\u0443 n\u043Ew")] // Cyrillic у for y and о for o
    [InlineData("Big \uFF33\uFF21\uFF2C\uFF25 on bikes.", "\uFF33\uFF21\uFF2C\uFF25")] // full-width
    [InlineData("Big sa1e on bikes.", "sa1e")] // digit one for l
    [InlineData("Use pr\u03BFmo\u3000code COPS.", "pr\u03BFmo\u3000code")] // Greek omicron, ideographic space
    [InlineData("Use pr\u03BFmo code COPS.", "pr\u03BFmo code")] // Greek omicron
    public void Disguised_promotional_terms_are_found_and_quoted_as_written(string text, string quoted)
    {
        Review(text).AdvertisingReasons.ShouldContain($"It uses the promotional wording \u201C{quoted}\u201D.");
    }

    [Theory]
    [InlineData("Beat meeting at \uFF23hicago Public Library, Roosevelt branch.")]
    [InlineData("Community \U0001D426\U0001D41E\U0001D41E\U0001D42D\U0001D422\U0001D427\U0001D420 at Caf\u00E9 Rico, 6 pm.")]
    [InlineData("Crime prevention: re\u0430rrest your habits, and lock your car.")]
    [InlineData("Shelter open at 1 Police Plaza; 10 am to 4 pm.")]
    [InlineData("\u0421\u043E\u043C\u043C\u0443\u043D\u0456\u0442\u0443 walk on Saturday.")]
    public void Ordinary_words_in_other_forms_are_not_flagged(string text)
    {
        var review = Review(text);

        review.NotableReasons.ShouldBeEmpty();
        review.AdvertisingReasons.ShouldBeEmpty();
    }

    [Fact]
    public void A_term_News_Affairs_enters_in_another_form_matches_the_plain_word()
    {
        var lists = PolicyLists.Defaults with { NotableTerms = ["\uFF42\uFF41\uFF54\uFF54\uFF45\uFF52\uFF59", "l\u043E\u043Eting"] };

        var review = PostPolicy.Review("Battery and looting reported on Halsted.", false, 12, lists);

        review.NotableReasons.ShouldBe(["It mentions \u201CBattery\u201D, which may concern a notable incident.", "It mentions \u201Clooting\u201D, which may concern a notable incident."]);
    }

    [Theory]
    [InlineData("arr\u200Bested", "arrested")]
    [InlineData("\uFF21\uFF32\uFF32\uFF25\uFF33\uFF34", "arrest")]
    [InlineData("\u0410\u0412\u0421", "abc")]
    [InlineData("Caf\u00E9", "cafe")]
    [InlineData("m0I1", "rnoil")]
    public void The_skeleton_folds_case_width_marks_invisibles_and_lookalikes(string text, string skeleton)
    {
        PolicySkeleton.Of(text).Text.ShouldBe(skeleton);
    }

    [Fact]
    public void Text_with_noncharacters_or_a_lone_surrogate_is_checked_without_failing()
    {
        var review = Review("Arrested \uFFFE near \uD800 Ogden \uFDD0 today.");

        review.NotableReasons.ShouldBe(["It mentions \u201CArrested\u201D, which may concern a notable incident."]);
        PolicySkeleton.Of("a\uFFFEb\uD800c").Text.ShouldBe("a\uFFFEb\uFFFDc");
    }
}
