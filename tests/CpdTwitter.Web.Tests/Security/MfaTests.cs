using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;

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

        // A code is accepted once (OneTimeCodeTests): the enrolment used this step's, so the app's next one (within the drift allowed).
        await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
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

    [Fact]
    public async Task After_ISD_resets_MFA_the_old_authenticator_and_recovery_codes_are_gone_and_the_member_enrols_again()
    {
        var id = await factory.CreateUserAsync("po.resetmfa", 12, Roles.Representative);
        using var member = new Browser(factory.CreateClient());
        var enrol = await member.SignInAsync("po.resetmfa");
        var oldKey = KeyOn(enrol);
        var enrolled = await member.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = Totp.Code(oldKey, DateTimeOffset.UtcNow) });
        var recoveryCode = enrolled.QuerySelectorAll("#recovery-codes li").First().TextContent.Trim();
        await member.SignOutAsync();
        var storedKeyBefore = await factory.WithServiceAsync<string?, UserManager<ApplicationUser>>(async users => await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(id))!));
        await factory.CreateUserAsync("isd.resetmfa", null, Roles.IsdAdministrator);
        using var isd = new Browser(factory.CreateClient());
        var isdEnrol = await isd.SignInAsync("isd.resetmfa");
        await isd.SubmitAsync(isdEnrol, new Dictionary<string, string> { ["Code"] = Totp.Code(KeyOn(isdEnrol), DateTimeOffset.UtcNow) });

        var page = await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string>(), handler: "ResetMfa");

        page.Text("[role=status]").ShouldBe("MFA reset: the member sets up an authenticator at the next sign-in.", page.Errors());
        var (twoFactor, key, recoveryCodes) = await factory.WithServiceAsync<(bool, string?, int), UserManager<ApplicationUser>>(async users =>
        {
            var user = (await users.FindByIdAsync(id))!;
            return (await users.GetTwoFactorEnabledAsync(user), await users.GetAuthenticatorKeyAsync(user), await users.CountRecoveryCodesAsync(user));
        });
        twoFactor.ShouldBeFalse();
        key.ShouldNotBe(storedKeyBefore);
        recoveryCodes.ShouldBe(0);
        (await factory.AuditTrailAsync("User", id)).ShouldBe(["user.created", "mfa.enrolled", "sign-in.succeeded", "sign-out", "mfa.reset"]);

        (await factory.WithServiceAsync<bool, UserManager<ApplicationUser>>(async users =>
            (await users.RedeemTwoFactorRecoveryCodeAsync((await users.FindByIdAsync(id))!, recoveryCode)).Succeeded)).ShouldBeFalse();

        // The next sign-in asks for a new enrolment (with a new key), not for a code from the old authenticator.
        var again = await member.SignInAsync("po.resetmfa");
        member.Path.ShouldBe("/Account/Enroll");
        KeyOn(again).ShouldNotBe(oldKey);
        await member.GetAsync("/");
        member.Path.ShouldBe("/Account/SignIn");
    }
}
