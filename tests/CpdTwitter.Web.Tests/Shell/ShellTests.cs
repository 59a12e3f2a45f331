using System.Net;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Shell;

public sealed class ShellTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    /// <summary>Every page the app maps, read from its own routing table so a new page cannot be forgotten.</summary>
    private List<(string Route, bool Anonymous)> Pages()
    {
        _ = factory.Server;
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor)
            .Select(e => ("/" + e.RoutePattern.RawText!.Replace("{id}", "some-id", StringComparison.Ordinal),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .Distinct()
            .ToList();
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_page()
    {
        var pages = Pages();
        pages.Count.ShouldBeGreaterThan(8);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        foreach (var (route, anonymous) in pages.Where(p => !p.Anonymous))
        {
            var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, route);
            response.Headers.Location!.ToString().ShouldStartWith("https://localhost/Account/SignIn?ReturnUrl=", customMessage: route);
        }

        pages.Where(p => p.Anonymous).Select(p => p.Route).ShouldBe(
            ["/Account/Enroll", "/Account/Mfa", "/Account/Recovery", "/Account/SignIn", "/Account/SignOut", "/Error"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Health_endpoints_answer_200_without_sign_in()
    {
        using var client = factory.CreateClient();

        (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_security_headers()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("style=\"");
        html.ShouldNotContain("//cdn");
    }

    [Fact]
    public async Task A_signed_in_member_gets_the_friendly_404_for_an_unknown_page()
    {
        await factory.CreateUserAsync("po.lost", 12, CpdTwitter.Domain.People.Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        await browser.SignInAsync("po.lost");

        var page = await browser.GetAsync("/no/such/page");

        browser.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text("h1").ShouldBe("Page not found");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_politely()
    {
        using var client = factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.LogOnId"] = "x", ["Input.Password"] = "y" });

        var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The request could not be used");
        html.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task Bootstrap_is_served_from_our_own_origin()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var css = await client.GetAsync(new Uri("/lib/bootstrap/css/bootstrap.min.css", UriKind.Relative));
        var js = await client.GetAsync(new Uri("/lib/bootstrap/js/bootstrap.bundle.min.js", UriKind.Relative));

        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await css.Content.ReadAsStringAsync()).ShouldContain("Bootstrap");
        js.StatusCode.ShouldBe(HttpStatusCode.OK);
        js.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
    }
}
