using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Security;

public sealed class KeyRingTests
{
    [Fact]
    public async Task A_restart_on_the_same_data_folder_keeps_members_signed_in()
    {
        string dataPath;
        string sessionCookie;
        await using (var first = new CpdTwitterFactory { KeepDataOnDispose = true })
        {
            dataPath = first.DataPath;
            await first.CreateUserAsync("po.restart", 12, Roles.Representative);
            using var client = first.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
            var response = await Browser.RawSignInAsync(client, "po.restart");
            sessionCookie = Browser.SessionCookie(response).Split(';')[0];
        }

        await using var second = new CpdTwitterFactory { DataPath = dataPath };
        using var secondClient = second.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", sessionCookie);

        var after = await secondClient.SendAsync(home);

        after.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await after.Content.ReadAsStringAsync()).ShouldContain("Test po.restart");
    }
}
