using System.Net;
using AngleSharp;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// Issue #11 finding 2: a copied session cookie kept working after sign-out. Each event that must end every session
/// of a member is replayed with a copy of the member's cookie taken beforehand: a read and a post must both be refused.
/// </summary>
public sealed class SessionRevocationTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private const string NewPassword = "Lake-Shore-Drive-Sunrise-2026";

    public static TheoryData<string> Events => new()
    {
        "the member signs out",
        "ISD resets the password",
        "the member changes the password",
        "ISD resets MFA",
        "ISD changes the roles",
        "ISD disables the account",
    };

    [Theory]
    [MemberData(nameof(Events))]
    public async Task A_copied_session_cookie_is_refused_for_reads_and_posts_at_once_after(string happening)
    {
        var logOnId = "po.copy." + happening.Replace(' ', '-');
        var id = await factory.CreateUserAsync(logOnId, 12, Roles.Representative);
        var copy = await CopiedSession.SignInAsync(factory, logOnId);

        // The copy works while the session is alive: it reads and it posts.
        (await copy.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await NotificationAsync(id);
        var marked = await copy.PostAsync("/Notifications?handler=ReadAll");
        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        marked.Headers.Location!.OriginalString.ShouldBe("/Notifications");
        (await UnreadAsync(id)).ShouldBe(0);

        var unread = await NotificationAsync(id);
        await HappensAsync(happening, id, copy);

        var read = await copy.GetAsync("/");
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect, happening);
        read.Headers.Location!.AbsolutePath.ShouldBe("/Account/SignIn", happening);
        var post = await copy.PostAsync("/Notifications?handler=ReadAll");
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, happening);
        post.Headers.Location!.AbsolutePath.ShouldBe("/Account/SignIn", happening);
        (await UnreadAsync(id)).ShouldBe(1, $"the replayed post changed nothing after: {happening}");
        (await factory.WithServiceAsync<DateTime?, CpdTwitterDbContext>(db => db.Notifications.Where(n => n.Id == unread).Select(n => n.ReadAt).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Signing_out_in_one_browser_ends_the_member_s_session_in_another()
    {
        await factory.CreateUserAsync("po.twobrowsers", 12, Roles.Representative);
        using var desk = await factory.SignedInAsync("po.twobrowsers", 12, Roles.Representative);
        using var phone = await factory.SignedInAsync("po.twobrowsers", 12, Roles.Representative);
        await phone.GetAsync("/");
        phone.Path.ShouldBe("/");

        await desk.SignOutAsync();

        await phone.GetAsync("/");
        phone.Path.ShouldBe("/Account/SignIn");
    }

    [Fact]
    public async Task After_a_role_change_the_member_signs_in_again_and_has_the_new_role_only()
    {
        var id = await factory.CreateUserAsync("sgt.promoted", 12, Roles.CommunityPolicingSergeant);
        using var browser = await factory.SignedInAsync("sgt.promoted", 12, Roles.CommunityPolicingSergeant);
        (await browser.GetAsync("/")).Text("#current-user").ShouldContain("Community policing sergeant");

        (await factory.WithServiceAsync<bool, UserAdministration>(async admin =>
            (await admin.ChangeAssignmentAsync(id, 12, [Roles.Commander])).Succeeded)).ShouldBeTrue();

        await browser.GetAsync("/");
        browser.Path.ShouldBe("/Account/SignIn");
        var home = await browser.SignInAsync("sgt.promoted");
        home.Text("#current-user").ShouldContain("District commander");
        home.Text("#current-user").ShouldNotContain("sergeant");
    }

    private async Task HappensAsync(string happening, string id, CopiedSession copy)
    {
        switch (happening)
        {
            case "the member signs out":
                var signedOut = await copy.PostAsync("/Account/SignOut");
                signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                break;
            case "ISD resets the password":
                await AdministerAsync(admin => admin.ResetPasswordAsync(id, NewPassword));
                break;
            case "the member changes the password":
                (await factory.WithServiceAsync<bool, UserManager<ApplicationUser>>(async users =>
                    (await users.ChangePasswordAsync((await users.FindByIdAsync(id))!, CpdTwitterFactory.Password, NewPassword)).Succeeded)).ShouldBeTrue();
                break;
            case "ISD resets MFA":
                await AdministerAsync(admin => admin.ResetMfaAsync(id));
                break;
            case "ISD changes the roles":
                await AdministerAsync(admin => admin.ChangeAssignmentAsync(id, 12, [Roles.CommunityPolicingSergeant]));
                break;
            case "ISD disables the account":
                await AdministerAsync(admin => admin.DisableAsync(id, "left the unit"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(happening), happening, "No such event in this test.");
        }
    }

    private async Task AdministerAsync(Func<UserAdministration, Task<Infrastructure.Outcome>> act)
    {
        var outcome = await factory.WithServiceAsync(act);
        outcome.Succeeded.ShouldBeTrue(string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    private Task<Guid> NotificationAsync(string userId) => factory.WithServiceAsync<Guid, CpdTwitterDbContext>(async db =>
    {
        var notification = new Notification(userId, "Session test notification", "/", DateTime.UtcNow);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });

    private Task<int> UnreadAsync(string userId) =>
        factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null));

    /// <summary>
    /// What an attacker holds after copying a member's cookies: the session cookie, an antiforgery cookie and a token
    /// that go with it, replayed by hand on a client that keeps no cookies (so the server's deletion is ignored).
    /// </summary>
    private sealed class CopiedSession(HttpClient client, string sessionCookie, string antiforgeryCookie, string token)
    {
        public static async Task<CopiedSession> SignInAsync(CpdTwitterFactory app, string logOnId)
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
            var signedIn = await Browser.RawSignInAsync(client, logOnId);
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var session = Browser.SessionCookie(signedIn).Split(';')[0];

            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("Cookie", session);
            using var home = await client.SendAsync(request);
            home.StatusCode.ShouldBe(HttpStatusCode.OK);
            var antiforgery = home.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
            var html = await home.Content.ReadAsStringAsync();
            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
            return new CopiedSession(client, session, antiforgery, page.AntiforgeryToken("form[action='/Account/SignOut']"));
        }

        public async Task<HttpResponseMessage> GetAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", $"{sessionCookie}; {antiforgeryCookie}");
            return await client.SendAsync(request);
        }

        public async Task<HttpResponseMessage> PostAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
            };
            request.Headers.Add("Cookie", $"{sessionCookie}; {antiforgeryCookie}");
            return await client.SendAsync(request);
        }
    }
}
