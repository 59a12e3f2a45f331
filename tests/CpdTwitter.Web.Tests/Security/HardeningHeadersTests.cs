using System.Net;
using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>Issue 11 finding 10: nothing a member saw is cached, and browsers keep to HTTPS for a year.</summary>
public sealed class HardeningHeadersTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private static string CacheControl(HttpResponseMessage response) =>
        response.Headers.CacheControl?.ToString() ?? string.Empty;

    [Fact]
    public async Task Signed_in_pages_and_the_roster_download_say_no_store()
    {
        using var news = await factory.SignedInAsync("news.headers", null, Roles.NewsAffairs);

        await news.GetAsync("/");
        news.Status.ShouldBe(HttpStatusCode.OK);
        CacheControl(news.LastResponse!).ShouldBe("no-store");
        await news.GetAsync("/NewsAffairs/Roster");
        CacheControl(news.LastResponse!).ShouldBe("no-store");

        var csv = await news.Client.GetAsync(new Uri("/NewsAffairs/Roster?handler=Csv", UriKind.Relative));
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        CacheControl(csv).ShouldBe("no-store");

        await news.GetAsync("/Admin/Users");
        news.Status.ShouldBe(HttpStatusCode.Forbidden);
        CacheControl(news.LastResponse!).ShouldBe("no-store");
    }

    [Fact]
    public async Task The_sign_in_page_is_not_stored_but_static_files_keep_their_caching()
    {
        using var client = factory.CreateClient();

        var signIn = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        CacheControl(signIn).ShouldBe("no-store");

        var css = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        CacheControl(css).ShouldNotContain("no-store");
    }

    [Fact]
    public async Task Outside_Development_HSTS_is_one_year()
    {
        // Not "localhost": the HSTS middleware leaves loopback host names out on purpose.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://twitter.cpd.example") });

        var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
    }
}

public sealed class DevelopmentFactory : CpdTwitterFactory
{
    public DevelopmentFactory() => Environment = "Development";
}

public sealed class DevelopmentHeadersTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Development_sends_no_HSTS()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://twitter.cpd.example") });

        var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}
