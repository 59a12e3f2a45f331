using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>X's display form of a link, checked against display_url values X itself returned.</summary>
public sealed class TweetDisplayUrlTests
{
    [Theory]
    [InlineData("https://twitter.com/i/web/status/1272206153536036864", "twitter.com/i/web/status/1…")]
    [InlineData("https://www.facebook.com/photo.php?fbid=521208914595157&set=a.460997367282979", "facebook.com/photo.php?fbid…")]
    [InlineData("https://www.facebook.com/nenitheambulanceofficial", "facebook.com/nenitheambulan…")]
    [InlineData("https://www.penguinrandomhouse.com/books/539747/winners-take-all", "penguinrandomhouse.com/books/539747/w…")]
    [InlineData("https://www.instagram.com/p/BFeubLSjo7X/", "instagram.com/p/BFeubLSjo7X/")]
    [InlineData("https://www.swarmapp.com/c/2tATygSTvBu", "swarmapp.com/c/2tATygSTvBu")]
    [InlineData("https://christianfei.com/", "christianfei.com")]
    [InlineData("http://kasparov.com", "kasparov.com")]
    [InlineData("http://bit.ly/2pUk4be", "bit.ly/2pUk4be")]
    public void Shows_a_link_as_X_does(string url, string shown) => TweetDisplayUrl.For(url).ShouldBe(shown);

    [Theory]
    [InlineData("chicagopolice.org/news/2024/summer-safety", "chicagopolice.org/news/2024/summ…")]
    [InlineData("WWW.Example.com/x", "Example.com/x")]
    [InlineData("https://example.com?q=a-long-query-string", "example.com?q=a-long-query…")]
    [InlineData("https://example.com:8080/", "example.com:8080")]
    [InlineData("https://wwwexample.com/", "wwwexample.com")]
    public void Without_a_scheme_or_www_and_cut_after_15_characters_past_the_host(string url, string shown) =>
        TweetDisplayUrl.For(url).ShouldBe(shown);
}
