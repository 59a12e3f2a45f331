using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.NewsAffairs;

/// <summary>News Affairs keeps the press list (issue 16): handles added, refused when already listed, removed and added again, each audited.</summary>
public sealed class PressListTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private static Dictionary<string, string> Form(string handle, string name = "Jo Reporter", string outlet = "Chicago Tribune") =>
        new() { ["Handle"] = handle, ["Name"] = name, ["Outlet"] = outlet };

    private Task<List<PressContact>> ContactsAsync(string key) =>
        factory.WithServiceAsync<List<PressContact>, CpdTwitterDbContext>(db => db.PressContacts.AsNoTracking().Where(c => c.HandleKey == key).ToListAsync());

    [Fact]
    public async Task News_Affairs_adds_a_handle_and_sees_who_added_it()
    {
        using var news = await factory.SignedInAsync("news.press.add", null, Roles.NewsAffairs);

        var page = await news.SubmitAsync("/NewsAffairs/PressList", Form("@TribJo"), handler: "Add");

        news.Path.ShouldBe("/NewsAffairs/PressList", page.Errors());
        page.Text("[role=status]").ShouldContain("@TribJo is on the press list");
        var row = page.Text("#press-list");
        row.ShouldContain("@TribJo");
        row.ShouldContain("Jo Reporter");
        row.ShouldContain("Chicago Tribune");
        row.ShouldContain("by Test news.press.add");
        var contact = (await ContactsAsync("tribjo")).ShouldHaveSingleItem();
        (await factory.AuditTrailAsync(AuditSubjects.PressContact, contact.Id.ToString())).ShouldBe([AuditActions.PressList.Added]);
        (await news.GetAsync("/")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ShouldContain("/NewsAffairs/PressList");
    }

    [Theory]
    [InlineData("@SunDup")]
    [InlineData("sundup")]
    [InlineData(" SUNDUP ")]
    public async Task A_handle_already_listed_in_any_case_or_with_an_at_is_refused_next_to_the_field(string again)
    {
        using var news = await factory.SignedInAsync("news.press.dup", null, Roles.NewsAffairs);
        if ((await ContactsAsync("sundup")).Count == 0)
        {
            await news.SubmitAsync("/NewsAffairs/PressList", Form("SunDup", "Sam Sun", "Sun-Times"), handler: "Add");
        }

        var page = await news.SubmitAsync("/NewsAffairs/PressList", Form(again), handler: "Add");

        news.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Handle").ShouldBe("@SunDup is already on the press list (Sam Sun, Sun-Times).");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Name")!).Value.ShouldBe("Jo Reporter");
        (await ContactsAsync("sundup")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Bad_input_gets_messages_next_to_the_fields_and_nothing_is_kept()
    {
        using var news = await factory.SignedInAsync("news.press.bad", null, Roles.NewsAffairs);

        var page = await news.SubmitAsync("/NewsAffairs/PressList", Form("not a handle"), handler: "Add");
        page.FieldError("Handle").ShouldContain("1 to 15 letters, digits or underscores");

        page = await news.SubmitAsync("/NewsAffairs/PressList", Form("goodhandle", name: " "), handler: "Add");
        page.FieldError("Name").ShouldBe("Enter the reporter's name.");
        (await ContactsAsync("goodhandle")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_removed_handle_is_kept_and_added_again_as_the_same_entry()
    {
        using var news = await factory.SignedInAsync("news.press.remove", null, Roles.NewsAffairs);
        var page = await news.SubmitAsync("/NewsAffairs/PressList", Form("WbezAl", "Al Radio", "WBEZ"), handler: "Add");
        var id = (await ContactsAsync("wbezal")).Single().Id;

        page = await news.SubmitAsync(page, new Dictionary<string, string>(), handler: $"Remove&id={id}");

        news.Path.ShouldBe("/NewsAffairs/PressList", page.Errors());
        page.Text("[role=status]").ShouldContain("@WbezAl removed from the press list");
        page.Text("#contacts").ShouldNotContain("WbezAl");
        var removed = (await ContactsAsync("wbezal")).ShouldHaveSingleItem();
        removed.RemovedAt.ShouldBe(FixedClockFactory.Now.UtcDateTime);
        removed.RemovedByName.ShouldBe("Test news.press.remove");

        page = await news.SubmitAsync("/NewsAffairs/PressList", Form("@wbezal", "Al Radio", "WBEZ 91.5"), handler: "Add");

        page.Text("#press-list").ShouldContain("WBEZ 91.5");
        var back = (await ContactsAsync("wbezal")).ShouldHaveSingleItem();
        back.Id.ShouldBe(id);
        back.Active.ShouldBeTrue();
        (await factory.AuditTrailAsync(AuditSubjects.PressContact, id.ToString()))
            .ShouldBe([AuditActions.PressList.Added, AuditActions.PressList.Removed, AuditActions.PressList.Added]);
    }

    [Fact]
    public async Task Removing_an_entry_already_removed_says_so_instead_of_failing()
    {
        using var news = await factory.SignedInAsync("news.press.twice", null, Roles.NewsAffairs);
        var page = await news.SubmitAsync("/NewsAffairs/PressList", Form("TwiceGone"), handler: "Add");
        var id = (await ContactsAsync("twicegone")).Single().Id;
        await news.SubmitAsync(page, new Dictionary<string, string>(), handler: $"Remove&id={id}");

        var again = await news.SubmitAsync(page, new Dictionary<string, string>(), handler: $"Remove&id={id}");

        news.Status.ShouldBe(HttpStatusCode.OK);
        again.Text(".validation-summary-errors").ShouldContain("already off the press list");
        (await factory.AuditTrailAsync(AuditSubjects.PressContact, id.ToString())).ShouldBe([AuditActions.PressList.Added, AuditActions.PressList.Removed]);
    }

    [Theory]
    [InlineData(Roles.Representative, 12)]
    [InlineData(Roles.CommunityPolicingSergeant, 12)]
    [InlineData(Roles.Commander, 12)]
    [InlineData(Roles.IsdAdministrator, null)]
    public async Task Only_News_Affairs_opens_or_changes_the_list(string role, int? district)
    {
        using var other = await factory.SignedInAsync($"press.{role}".ToLowerInvariant(), district, role);

        await other.GetAsync("/NewsAffairs/PressList");
        other.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync("/")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ShouldNotContain("/NewsAffairs/PressList");
    }
}
