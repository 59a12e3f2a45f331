using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Security;

public sealed class MfaTests(MfaFactory factory) : IClassFixture<MfaFactory>
{
    private static string KeyOn(AngleSharp.Dom.IDocument enrolPage) => enrolPage.Text("#authenticator-key");

    [Fact]
    public async Task When_MFA_is_required_the_first_sign_in_enrols_an_authenticator_before_anything_else()
    {
        var id = await factory.CreateUserAsync("sgt.enrol", 12, Roles.CommunityPolicingSergeant);
        using var browser = new Browser(factory.CreateClient());

        var enrol = await browser.SignInAsync("sgt.enrol");
        browser.Path.ShouldBe("/Account/Enroll");
        enrol.QuerySelector(".qr-code svg").ShouldNotBeNull();

        await browser.GetAsync("/");
        browser.Path.ShouldBe("/Account/SignIn"); // not signed in until the second factor is set up

        enrol = await browser.SignInAsync("sgt.enrol");
        var wrong = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = "000000" == Totp.Code(KeyOn(enrol), DateTimeOffset.UtcNow) ? "111111" : "000000" });
        wrong.FieldError("Code").ShouldContain("not correct");

        var done = await browser.SubmitAsync(wrong, new Dictionary<string, string> { ["Code"] = Totp.Code(KeyOn(wrong), DateTimeOffset.UtcNow) });
        done.QuerySelectorAll("#recovery-codes li").Length.ShouldBe(10);

        var home = await browser.GetAsync("/");
        browser.Path.ShouldBe("/");
        home.Text("#current-user").ShouldContain("Test sgt.enrol");

        (await factory.AuditTrailAsync("User", id)).ShouldBe(["user.created", "mfa.failed", "mfa.enrolled", "sign-in.succeeded"]);
    }

    [Fact]
    public async Task An_enrolled_member_needs_the_authenticator_code_or_a_recovery_code()
    {
        await factory.CreateUserAsync("po.mfa", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        var enrol = await browser.SignInAsync("po.mfa");
        var key = KeyOn(enrol);
        var done = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var recoveryCode = done.QuerySelectorAll("#recovery-codes li").First().TextContent.Trim();
        await browser.SignOutAsync();

        await browser.SignInAsync("po.mfa");
        browser.Path.ShouldBe("/Account/Mfa");
        await browser.GetAsync("/");
        browser.Path.ShouldBe("/Account/SignIn");

        await browser.SignInAsync("po.mfa");
        var notSix = await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = "12" });
        notSix.FieldError("Code").ShouldBe("The code is six digits.");

        await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        browser.Path.ShouldBe("/");
        await browser.SignOutAsync();

        await browser.SignInAsync("po.mfa");
        var recovered = await browser.SubmitAsync("/Account/Recovery", new Dictionary<string, string> { ["Code"] = recoveryCode });
        browser.Path.ShouldBe("/", recovered.Text("main"));
        await browser.SignOutAsync();

        await browser.SignInAsync("po.mfa");
        var reused = await browser.SubmitAsync("/Account/Recovery", new Dictionary<string, string> { ["Code"] = recoveryCode });
        reused.FieldError("Code").ShouldContain("not valid or was already used");
    }
}
