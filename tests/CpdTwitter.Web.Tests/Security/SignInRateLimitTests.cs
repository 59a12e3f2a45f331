using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Pages.Account;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// Issue #11 finding 3: the sign-in and second-factor POSTs go through ASP.NET Core's rate limiter, per client address
/// and per log-on ID (per pending member on the second-factor pages), and a refused request gets the friendly 429 page.
/// </summary>
public sealed class SignInRateLimitTests
{
    private static Browser From(CpdTwitterFactory factory, string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFactory.Header, address);
        return new Browser(client);
    }

    private static void ShouldBeTheTooManyAttemptsPage(Browser browser, IDocument page)
    {
        browser.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = browser.LastResponse!.Headers.RetryAfter?.Delta;
        retryAfter.ShouldNotBeNull("a Retry-After header in seconds");
        retryAfter.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        page.Title.ShouldBe("Too many sign-in attempts — CpdTwitter");
        page.Text("main h1").ShouldBe("Too many sign-in attempts");
        page.Text("main p").ShouldBe("There have been too many sign-in attempts from this computer or for this log-on ID. This attempt was not checked. Wait 1 minute and try again; if you still cannot sign in, call the ISD help desk.");
        page.QuerySelector("a.skip-link").ShouldNotBeNull("the site layout, with its skip link");
        page.QuerySelector("nav[aria-label=Main]").ShouldNotBeNull("the site layout");
    }

    private static Task<List<AuditEvent>> RateLimitEventsAsync(CpdTwitterFactory factory) =>
        factory.WithServiceAsync<List<AuditEvent>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.Action == AuditActions.SignIn.RateLimited).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task One_address_gets_the_configured_number_of_sign_in_posts_a_minute_then_the_429_page()
    {
        using var factory = new ClientAddressFactory(perAddress: 3, perLogOnId: 1000);
        using var attacker = From(factory, "198.51.100.7");

        for (var i = 0; i < 3; i++)
        {
            var refused = await attacker.SignInAsync("guess." + i, "Guessed-Password-123");
            attacker.Status.ShouldBe(HttpStatusCode.OK);
            refused.Errors().ShouldBe(SignInModel.FailedMessage);
        }

        var limited = await attacker.SignInAsync("guess.4", "Guessed-Password-123");
        ShouldBeTheTooManyAttemptsPage(attacker, limited);

        using var colleague = From(factory, "198.51.100.8");
        (await colleague.SignInAsync("guess.5", "Guessed-Password-123")).Errors().ShouldBe(SignInModel.FailedMessage);
        colleague.Status.ShouldBe(HttpStatusCode.OK);

        var recorded = (await RateLimitEventsAsync(factory)).ShouldHaveSingleItem();
        recorded.Actor.ShouldBe("anonymous");
        recorded.Details.ShouldContain("\"limit\":\"per address\"");
        recorded.Details.ShouldContain("\"address\":\"198.51.100.7\"");
    }

    [Fact]
    public async Task One_log_on_ID_gets_the_configured_number_of_sign_in_posts_a_minute_from_any_number_of_addresses()
    {
        using var factory = new ClientAddressFactory(perAddress: 1000, perLogOnId: 3);
        await factory.CreateUserAsync("po.target", 12, Roles.Representative);

        for (var i = 1; i <= 3; i++)
        {
            using var bot = From(factory, $"203.0.113.{i}");
            (await bot.SignInAsync("po.target", "Guessed-Password-" + i)).Errors().ShouldBe(SignInModel.FailedMessage);
        }

        using var fourth = From(factory, "203.0.113.4");
        var limited = await fourth.SignInAsync(" PO.Target ", "Guessed-Password-4");
        ShouldBeTheTooManyAttemptsPage(fourth, limited);
        (await factory.FindUserAsync("po.target")).AccessFailedCount.ShouldBe(3, "the refused attempt was never checked");

        (await fourth.SignInAsync("po.other", "Guessed-Password-5")).Errors().ShouldBe(SignInModel.FailedMessage);
        fourth.Status.ShouldBe(HttpStatusCode.OK);

        var recorded = (await RateLimitEventsAsync(factory)).ShouldHaveSingleItem();
        recorded.Details.ShouldContain("\"limit\":\"per log-on ID\"");
        recorded.Details.ShouldContain("\"logOnId\":\"PO.Target\"");
    }

    [Fact]
    public async Task The_second_factor_pages_share_the_address_budget()
    {
        using var factory = new ClientAddressFactory(perAddress: 2, perLogOnId: 1000);
        using var attacker = From(factory, "198.51.100.20");
        var token = (await attacker.GetAsync("/Account/SignIn")).AntiforgeryToken();

        await attacker.PostAsync("/Account/Mfa", [new("Code", "123456"), new("__RequestVerificationToken", token)]);
        attacker.Path.ShouldBe("/Account/SignIn"); // nobody's password was accepted: back to the start
        await attacker.PostAsync("/Account/Recovery", [new("Code", "abcde-12345"), new("__RequestVerificationToken", token)]);
        attacker.Path.ShouldBe("/Account/SignIn");

        ShouldBeTheTooManyAttemptsPage(attacker, await attacker.PostAsync("/Account/Mfa", [new("Code", "654321"), new("__RequestVerificationToken", token)]));
        ShouldBeTheTooManyAttemptsPage(attacker, await attacker.PostAsync("/Account/Enroll", [new("Code", "654321"), new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task Authenticator_codes_for_one_member_are_limited_whatever_the_address()
    {
        using var factory = new ClientAddressFactory(perAddress: 1000, perLogOnId: 2, requireMfa: true);
        var id = await factory.CreateUserAsync("po.codes", 12, Roles.Representative);
        (await factory.WithServiceAsync<bool, UserManager<ApplicationUser>>(async users =>
        {
            var user = (await users.FindByIdAsync(id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            return (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded;
        })).ShouldBeTrue();

        // Someone who has the password guesses codes in one half-signed-in session, moving from address to address.
        using var bot = From(factory, "198.51.100.30");
        await bot.SignInAsync("po.codes");
        bot.Path.ShouldBe("/Account/Mfa");
        var statuses = new List<HttpStatusCode>();
        IDocument page = null!;
        for (var i = 1; i <= 3; i++)
        {
            bot.Client.DefaultRequestHeaders.Remove(ClientAddressFactory.Header);
            bot.Client.DefaultRequestHeaders.Add(ClientAddressFactory.Header, $"198.51.100.{30 + i}");
            page = await bot.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = "000000" });
            statuses.Add(bot.Status);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        ShouldBeTheTooManyAttemptsPage(bot, page);
        var recorded = (await RateLimitEventsAsync(factory)).ShouldHaveSingleItem();
        recorded.SubjectId.ShouldBe(id);
        recorded.Details.ShouldContain("\"limit\":\"per member\"");
    }

    [Fact]
    public async Task Refusals_are_audited_at_most_once_a_minute_per_address()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero));
        using var factory = new ClientAddressFactory(perAddress: 1, perLogOnId: 1000) { Clock = clock };
        using var attacker = From(factory, "198.51.100.40");

        await attacker.SignInAsync("spray.0", "Guessed-Password-123");
        attacker.Status.ShouldBe(HttpStatusCode.OK);
        for (var i = 1; i <= 4; i++)
        {
            await attacker.SignInAsync("spray." + i, "Guessed-Password-123");
            attacker.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        }

        (await RateLimitEventsAsync(factory)).Count.ShouldBe(1);

        clock.Advance(TimeSpan.FromSeconds(61));
        await attacker.SignInAsync("spray.5", "Guessed-Password-123");
        attacker.Status.ShouldBe(HttpStatusCode.TooManyRequests); // the limiter's own window (real time) is still running
        (await RateLimitEventsAsync(factory)).Count.ShouldBe(2);
    }

    /// <summary>
    /// The app with small sign-in limits, whose test requests say their client address in a header (the test server
    /// gives none), so one test can be several machines.
    /// </summary>
    private sealed class ClientAddressFactory : CpdTwitterFactory
    {
        public const string Header = "X-Test-Client-Address";

        public ClientAddressFactory(int perAddress, int perLogOnId, bool requireMfa = false)
        {
            RequireMfa = requireMfa;
            Settings = new Dictionary<string, string>
            {
                ["Security:SignInRateLimit:PerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Security:SignInRateLimit:PerLogOnId"] = perLogOnId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        }

        private sealed class ClientAddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate following) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return following(context);
                });
                next(app);
            };
        }
    }
}
