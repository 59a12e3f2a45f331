using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Publishing;

/// <summary>Without X consumer credentials the app is a sandbox: ISD can still store tokens but cannot test them, and every page says so.</summary>
public sealed class SandboxAccountsTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    [Fact]
    public async Task The_accounts_page_lists_every_district_and_says_posts_are_not_sent_to_X()
    {
        using var isd = await factory.SignedInAsync("isd.sandbox", null, Roles.IsdAdministrator);

        var page = await isd.GetAsync("/Admin/Accounts");

        page.Text("#sandbox-banner").ShouldContain("Sandbox — the program's own X app key and secret are not set up on this server");
        page.Text("#sandbox-banner").ShouldNotContain("X:Consumer");
        page.Text("#sandbox-banner").ShouldContain("posts are not sent to X");
        page.QuerySelectorAll("#accounts tbody tr").Length.ShouldBe(22);
        page.Text("#district-1 .account-state").ShouldContain("Not connected");
        page.QuerySelectorAll("#accounts input[type=password][autocomplete=off]").Length.ShouldBe(44);
    }

    [Fact]
    public async Task A_connection_is_stored_but_cannot_be_tested_without_the_consumer_key()
    {
        using var isd = await factory.SignedInAsync("isd.sandbox.test", null, Roles.IsdAdministrator);
        await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string> { ["accessToken"] = "sandbox-token-4711", ["accessTokenSecret"] = "sandbox-secret-4711" }, handler: "Connect&district=3");

        var tested = await isd.SubmitAsync("/Admin/Accounts", new Dictionary<string, string>(), handler: "Test&district=3");

        tested.Text("#district-3").ShouldContain("the program's own X app key and secret are not set up on this server");
        tested.Source.Text.ShouldNotContain("sandbox-token-4711");
        tested.Source.Text.ShouldNotContain("sandbox-secret-4711");
        var account = await factory.WithServiceAsync<XAccountConnection, CpdTwitterDbContext>(db => db.XAccounts.AsNoTracking().SingleAsync(a => a.District == 3));
        account.Handle.ShouldBeNull();
        account.NeedsReconnect.ShouldBeFalse();
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.XAccount.Verified))).ShouldBe(0);
    }

    [Fact]
    public async Task A_made_up_district_gets_a_message_not_an_error_page()
    {
        using var isd = await factory.SignedInAsync("isd.sandbox.bad", null, Roles.IsdAdministrator);

        var page = await PublishingAdministrationTests.PostWithTokenAsync(isd, "/Admin/Accounts", "/Admin/Accounts?handler=Connect&district=13", new("accessToken", "t"), new("accessTokenSecret", "s"));

        isd.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("[role=alert]").ShouldContain("There is no such district.");
        (await factory.WithServiceAsync<bool, CpdTwitterDbContext>(db => db.XAccounts.AnyAsync(a => a.District == 13))).ShouldBeFalse();
    }

    [Fact]
    public async Task Only_ISD_opens_the_accounts_page()
    {
        using var news = await factory.SignedInAsync("news.sandbox", null, Roles.NewsAffairs);
        using var commander = await factory.SignedInAsync("cmdr.sandbox", 12, Roles.Commander);

        await news.GetAsync("/Admin/Accounts");
        news.Status.ShouldBe(HttpStatusCode.Forbidden);
        await commander.GetAsync("/Admin/Accounts");
        commander.Status.ShouldBe(HttpStatusCode.Forbidden);
        await commander.GetAsync("/Publishing");
        commander.Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
