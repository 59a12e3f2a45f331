using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>MFA required, on a clock the test moves: codes are computed for exact 30-second steps.</summary>
public sealed class MfaClockFactory : CpdTwitterFactory
{
    public MfaClockFactory()
    {
        RequireMfa = true;
        Clock = Time;
    }

    public FakeTimeProvider Time { get; } = new(FixedClockFactory.Now);
}

/// <summary>CJIS 5.6.2.1.1 / issue 11: an authenticator code is accepted once; the step of the last accepted code is remembered.</summary>
public sealed class OneTimeCodeTests(MfaClockFactory factory) : IClassFixture<MfaClockFactory>
{
    private const string WrongCode = "That code is not correct or has expired. Enter the code shown now.";

    [Fact]
    public async Task A_code_accepted_once_is_refused_the_second_time_and_so_is_an_earlier_one()
    {
        var id = await factory.CreateUserAsync("po.totp.once", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        var enrol = await browser.SignInAsync("po.totp.once");
        var key = enrol.Text("#authenticator-key");
        var now = factory.Time.GetUtcNow();
        await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = Totp.Code(key, now) });
        await browser.SignOutAsync();

        // The attacker replays the code the member just used (same step), then the one before it.
        await browser.SignInAsync("po.totp.once");
        var replayed = await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, now) });
        browser.Path.ShouldBe("/Account/Mfa");
        replayed.FieldError("Code").ShouldBe(WrongCode);
        var earlier = await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, now.AddSeconds(-30)) });
        browser.Path.ShouldBe("/Account/Mfa");
        earlier.FieldError("Code").ShouldBe(WrongCode);
        await browser.GetAsync("/");
        browser.Path.ShouldBe("/Account/SignIn");

        // The next step's code is new and works once.
        factory.Time.Advance(TimeSpan.FromSeconds(30));
        await browser.SignInAsync("po.totp.once");
        await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, factory.Time.GetUtcNow()) });
        browser.Path.ShouldBe("/");
        (await factory.FindUserAsync("po.totp.once")).LastTotpTimeStep.ShouldBe(factory.Time.GetUtcNow().ToUnixTimeSeconds() / 30);
        (await factory.AuditTrailAsync("User", id)).ShouldBe(
            ["user.created", "mfa.enrolled", "sign-in.succeeded", "sign-out", "mfa.failed", "mfa.failed", "sign-in.succeeded"]);
    }

    [Fact]
    public async Task A_code_still_within_the_drift_window_is_refused_once_a_later_code_was_used()
    {
        await factory.CreateUserAsync("po.totp.later", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        var enrol = await browser.SignInAsync("po.totp.later");
        var key = enrol.Text("#authenticator-key");
        var now = factory.Time.GetUtcNow();
        await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = Totp.Code(key, now.AddSeconds(30)) });
        await browser.SignOutAsync();

        await browser.SignInAsync("po.totp.later");
        var page = await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, now) });

        browser.Path.ShouldBe("/Account/Mfa");
        page.FieldError("Code").ShouldBe(WrongCode);
    }
}
