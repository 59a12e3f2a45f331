using AngleSharp.Dom;
using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Pages.Account;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Security;

public sealed class SignInTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private Browser NewBrowser() => new(factory.CreateClient());

    private Task<List<AuditEvent>> AuditFor(string userId) =>
        factory.WithServiceAsync<List<AuditEvent>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.SubjectId == userId).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task A_member_signs_in_and_sees_their_name_role_and_district()
    {
        var id = await factory.CreateUserAsync("po.signin", 12, Roles.Representative);
        using var browser = NewBrowser();

        var home = await browser.SignInAsync("po.signin");

        browser.Path.ShouldBe("/");
        home.Text("#current-user").ShouldContain("Test po.signin");
        home.Text("#current-user").ShouldContain("District Twitter representative");
        home.Text("#current-user").ShouldContain("District 012");
        home.Text("main").ShouldContain("012 Near West");
        (await AuditFor(id)).Select(e => (e.Action, e.Actor)).ShouldBe([("user.created", "system"), ("sign-in.succeeded", "po.signin")]);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site()
    {
        await factory.CreateUserAsync("po.cookie", 12, Roles.Representative);
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await Browser.RawSignInAsync(client, "po.cookie");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = Browser.SessionCookie(response).ToLowerInvariant();
        session.ShouldContain("secure");
        session.ShouldContain("httponly");
        session.ShouldContain("samesite=lax");
        session.ShouldNotContain("expires="); // a browser-session cookie: no "remember me"
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_audited()
    {
        var id = await factory.CreateUserAsync("po.wrong", 12, Roles.Representative);
        using var browser = NewBrowser();

        var page = await browser.SignInAsync("po.wrong", "not-the-password-at-all");

        browser.Path.ShouldBe("/Account/SignIn");
        page.Errors().ShouldBe(SignInModel.FailedMessage);
        (await AuditFor(id)).Select(e => e.Action).ShouldBe(["user.created", "sign-in.failed"]);
    }

    [Fact]
    public async Task An_unknown_log_on_id_gets_the_same_message()
    {
        using var browser = NewBrowser();

        var page = await browser.SignInAsync("nobody.here");

        page.Errors().ShouldBe(SignInModel.FailedMessage);
    }

    [Fact]
    public async Task Empty_fields_are_reported_next_to_the_fields()
    {
        using var browser = NewBrowser();

        var page = await browser.SignInAsync(string.Empty, string.Empty);

        page.FieldError("Input.LogOnId").ShouldBe("Enter your log-on ID.");
        page.FieldError("Input.Password").ShouldBe("Enter your password.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_an_administrator_can_unlock_it_at_once()
    {
        var id = await factory.CreateUserAsync("po.locked", 12, Roles.Representative);
        using var browser = NewBrowser();

        for (var i = 0; i < 5; i++)
        {
            (await browser.SignInAsync("po.locked", "wrong-password-" + i)).Errors().ShouldBe(SignInModel.FailedMessage);
        }

        var rightPassword = await browser.SignInAsync("po.locked");
        rightPassword.Errors().ShouldBe(SignInModel.FailedMessage);
        browser.Path.ShouldBe("/Account/SignIn");

        (await AuditFor(id)).Select(e => e.Action).ShouldBe(
            ["user.created", "sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.locked-out", "sign-in.refused"]);

        await factory.WithServiceAsync<bool, CpdTwitter.Infrastructure.Identity.UserAdministration>(async admin => (await admin.UnlockAsync(id)).Succeeded);
        await browser.SignInAsync("po.locked");
        browser.Path.ShouldBe("/");
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var id = await factory.CreateUserAsync("po.disabled", 12, Roles.Representative);
        await factory.WithServiceAsync<bool, CpdTwitter.Infrastructure.Identity.UserAdministration>(async admin => (await admin.DisableAsync(id, "left the unit")).Succeeded);
        using var browser = NewBrowser();

        var page = await browser.SignInAsync("po.disabled");

        page.Errors().ShouldBe(SignInModel.FailedMessage);
        browser.Path.ShouldBe("/Account/SignIn");
        (await AuditFor(id)).Select(e => e.Action).ShouldBe(["user.created", "user.disabled", "sign-in.refused"]);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await factory.CreateUserAsync("po.signout", 12, Roles.Representative);
        using var browser = NewBrowser();
        await browser.SignInAsync("po.signout");

        await browser.SignOutAsync();
        await browser.GetAsync("/");

        browser.Path.ShouldBe("/Account/SignIn");
    }

    [Fact]
    public async Task A_foreign_return_url_is_not_followed()
    {
        await factory.CreateUserAsync("po.redirect", 12, Roles.Representative);
        using var browser = NewBrowser();

        await browser.SubmitAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.LogOnId"] = "po.redirect",
            ["Input.Password"] = CpdTwitterFactory.Password,
        });

        browser.LastResponse!.RequestMessage!.RequestUri!.Host.ShouldBe("localhost");
        browser.Path.ShouldBe("/");
    }
}
