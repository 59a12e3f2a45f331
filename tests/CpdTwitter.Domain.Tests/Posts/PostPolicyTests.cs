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
}
