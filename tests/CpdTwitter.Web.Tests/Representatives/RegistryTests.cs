using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Representatives;

/// <summary>Directive V.A through the commander's and News Affairs' pages.</summary>
public sealed class RegistryTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private const string Page = "/Commander/Representatives";

    private async Task MemberAsync(string logOnId, int district)
    {
        if (await factory.FindUserAsync(logOnId) is null)
        {
            await factory.CreateUserAsync(logOnId, district, Roles.Representative);
        }
    }

    private static Dictionary<string, string> Form(string logOnId, string star, string employee, string? email = null) => new()
    {
        ["Input.LogOnId"] = logOnId,
        ["Input.Name"] = "Officer " + logOnId,
        ["Input.Rank"] = "Police Officer",
        ["Input.StarNumber"] = star,
        ["Input.EmployeeNumber"] = employee,
        ["Input.Email"] = email ?? $"{logOnId}@chicagopolice.org",
    };

    private static Task<IDocument> AppointAsync(Browser commander, int slot, Dictionary<string, string> form) =>
        commander.SubmitAsync(Page, form, handler: $"Appoint&slot={slot}");

    private Task<List<Appointment>> AppointmentsAsync(int district) =>
        factory.WithServiceAsync<List<Appointment>, CpdTwitterDbContext>(db => db.Appointments.Where(a => a.District == district).ToListAsync());

    [Fact]
    public async Task A_commander_registers_two_representatives_and_News_Affairs_acknowledges()
    {
        await MemberAsync("po.ack.one", 14);
        await MemberAsync("po.ack.two", 14);
        using var commander = await factory.SignedInAsync("cmdr.ack", 14, Roles.Commander);

        var page = await commander.GetAsync(Page);
        page.Text("#vacancy-warning").ShouldContain("2 vacant representative slots");

        page = await AppointAsync(commander, 1, Form("po.ack.one", "40001", "400001"));
        page.Text("[role=status]").ShouldContain("Slot 1 filled");
        page = await AppointAsync(commander, 2, Form("po.ack.two", "40002", "400002"));
        page.QuerySelector("#vacancy-warning").ShouldBeNull();
        page.Text("#slot-1-state").ShouldContain("Officer po.ack.one");
        page.Text("#slot-2-state").ShouldContain("Awaiting acknowledgement");

        using var news = await factory.SignedInAsync("news.ack", null, Roles.NewsAffairs);
        var queue = await news.GetAsync("/NewsAffairs/Representatives");
        queue.Text("#pending").ShouldContain("Slot 1: Police Officer Officer po.ack.one (star 40001) appointed.");
        var submissions = await factory.WithServiceAsync<List<RegistrySubmission>, CpdTwitterDbContext>(db => db.RegistrySubmissions.Where(s => s.District == 14).ToListAsync());
        foreach (var submission in submissions)
        {
            await news.SubmitAsync(queue, new Dictionary<string, string>(), handler: $"Acknowledge&id={submission.Id}");
            queue = await news.GetAsync("/NewsAffairs/Representatives");
        }

        queue.Text("#pending").ShouldNotContain("po.ack");
        page = await commander.GetAsync(Page);
        page.Text("#slot-1-state").ShouldContain("Acknowledged");
        page.Text("#slot-2-state").ShouldContain("Acknowledged");
        page.Text("#submissions").ShouldContain("by Test cmdr.ack");
        page.Text("#submissions").ShouldContain("by Test news.ack");
        page.Text("#submissions").ShouldNotContain("by news.ack");
        var newsId = (await factory.FindUserAsync("news.ack")).Id;
        var commanderId = (await factory.FindUserAsync("cmdr.ack")).Id;
        (await AppointmentsAsync(14)).ShouldAllBe(a => a.AcknowledgedById == newsId && a.AcknowledgedByName == "Test news.ack"
            && a.AppointedById == commanderId && a.AppointedByName == "Test cmdr.ack");
        var actions = await factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.AuditEvents.Where(e => e.District == 14).Select(e => e.Action).ToListAsync());
        actions.Count(a => a == AuditActions.Registry.Appointed).ShouldBe(2);
        actions.Count(a => a == AuditActions.Registry.Acknowledged).ShouldBe(2);
    }

    [Fact]
    public async Task Replacing_a_representative_keeps_the_old_appointment_in_the_history()
    {
        await MemberAsync("po.rep.old", 15);
        await MemberAsync("po.rep.new", 15);
        using var commander = await factory.SignedInAsync("cmdr.rep", 15, Roles.Commander);
        await AppointAsync(commander, 1, Form("po.rep.old", "50001", "500001"));

        var missing = await commander.SubmitAsync(Page, Form("po.rep.new", "50002", "500002"), handler: "Replace&slot=1");
        missing.FieldError("Input.Reason").ShouldBe("Give the reason for the replacement.");
        missing.FieldError("Input.EffectiveDate").ShouldBe("Enter the date the replacement takes effect.");

        var form = Form("po.rep.new", "50002", "500002");
        form["Input.EffectiveDate"] = FixedClockFactory.ChicagoNow(TimeSpan.FromDays(-3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        form["Input.Reason"] = "Transferred to the Bureau of Detectives";
        var beforeItBegan = await commander.SubmitAsync(Page, form, handler: "Replace&slot=1");
        beforeItBegan.Errors().ShouldContain("An appointment cannot end before it began.");

        form["Input.EffectiveDate"] = FixedClockFactory.ChicagoNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); // today in Chicago
        var page = await commander.SubmitAsync(Page, form, handler: "Replace&slot=1");

        page.Text(".alert-success").ShouldContain("Slot 1 replaced", Case.Sensitive, page.Errors());
        page.Text("#slot-1-state").ShouldContain("Officer po.rep.new");
        page.Text("table").ShouldContain("Transferred to the Bureau of Detectives");
        var all = await AppointmentsAsync(15);
        all.Count.ShouldBe(2);
        all.Single(a => a.LogOnId == "po.rep.old").EndedAt.ShouldNotBeNull();
        all.Single(a => a.LogOnId == "po.rep.new").IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Bad_input_is_reported_beside_each_field_and_nothing_is_saved()
    {
        await MemberAsync("po.other.district", 16);
        await MemberAsync("po.bad.input", 17);
        using var commander = await factory.SignedInAsync("cmdr.bad", 17, Roles.Commander);

        var empty = await AppointAsync(commander, 1, new Dictionary<string, string>
        {
            ["Input.LogOnId"] = string.Empty, ["Input.Name"] = string.Empty, ["Input.Rank"] = string.Empty,
            ["Input.StarNumber"] = string.Empty, ["Input.EmployeeNumber"] = string.Empty, ["Input.Email"] = string.Empty,
        });
        commander.Status.ShouldBe(HttpStatusCode.OK);
        empty.FieldError("Input.LogOnId").ShouldBe("Enter the member's log-on ID.");
        empty.FieldError("Input.Name").ShouldBe("Enter the member's name.");
        empty.FieldError("Input.Rank").ShouldBe("Choose the member's rank from the list.");
        empty.FieldError("Input.StarNumber").ShouldBe("A star number is 1 to 6 digits.");
        empty.FieldError("Input.EmployeeNumber").ShouldBe("An employee number is exactly 6 digits.");
        empty.FieldError("Input.Email").ShouldBe("Enter a valid e-mail address.");

        var wrong = await AppointAsync(commander, 1, Form("po.other.district", "1234567", "12345", "someone@gmail.com"));
        wrong.FieldError("Input.LogOnId").ShouldBe("This log-on ID belongs to a member of another district.");
        wrong.FieldError("Input.StarNumber").ShouldBe("A star number is 1 to 6 digits.");
        wrong.FieldError("Input.Email").ShouldBe("Use the member's Department e-mail address (…@chicagopolice.org).");

        var unknown = await AppointAsync(commander, 1, Form("po.nobody", "70001", "700001"));
        unknown.FieldError("Input.LogOnId").ShouldContain("There is no account with this log-on ID");

        (await AppointmentsAsync(17)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Star_and_employee_numbers_are_unique_across_the_department()
    {
        await MemberAsync("po.first.holder", 19);
        await MemberAsync("po.second.holder", 20);
        using var commander19 = await factory.SignedInAsync("cmdr.19", 19, Roles.Commander);
        using var commander20 = await factory.SignedInAsync("cmdr.20", 20, Roles.Commander);
        await AppointAsync(commander19, 1, Form("po.first.holder", "19001", "190001"));

        var page = await AppointAsync(commander20, 1, Form("po.second.holder", "19001", "190001"));

        page.FieldError("Input.StarNumber").ShouldBe("This star number is already registered to another active representative.");
        page.FieldError("Input.EmployeeNumber").ShouldBe("This employee number is already registered to another active representative.");
        (await AppointmentsAsync(20)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_commander_sees_and_changes_only_their_own_district()
    {
        await MemberAsync("po.d22", 22);
        await MemberAsync("po.d24", 24);
        using var commander22 = await factory.SignedInAsync("cmdr.22", 22, Roles.Commander);
        using var commander24 = await factory.SignedInAsync("cmdr.24", 24, Roles.Commander);
        await AppointAsync(commander22, 1, Form("po.d22", "22001", "220001"));

        var page24 = await commander24.GetAsync(Page);
        page24.Text("h1").ShouldContain("024 Rogers Park");
        page24.Text("main").ShouldNotContain("po.d22");
        page24.Text("main").ShouldNotContain("220001");

        // A district named in the request is ignored: the commander's own district is the only one.
        var token = page24.AntiforgeryToken();
        var form = Form("po.d24", "24001", "240001");
        form["District"] = "22";
        form["__RequestVerificationToken"] = token;
        await commander24.PostAsync(Page + "?handler=Appoint&slot=2&district=22", form);
        (await AppointmentsAsync(22)).Count.ShouldBe(1);
        (await AppointmentsAsync(24)).Single().Slot.ShouldBe(2);
    }

    [Theory]
    [InlineData(Roles.Representative, "/Commander/Representatives")]
    [InlineData(Roles.CommunityPolicingSergeant, "/Commander/Representatives")]
    [InlineData(Roles.NewsAffairs, "/Commander/Representatives")]
    [InlineData(Roles.IsdAdministrator, "/Commander/Representatives")]
    [InlineData(Roles.Commander, "/NewsAffairs/Representatives")]
    [InlineData(Roles.Commander, "/NewsAffairs/Roster")]
    [InlineData(Roles.Commander, "/NewsAffairs/Roster?handler=Csv")]
    [InlineData(Roles.Representative, "/NewsAffairs/Roster?handler=Csv")]
    public async Task Other_roles_are_refused(string role, string url)
    {
        var district = Roles.IsDistrictScoped(role) ? 25 : (int?)null;
        using var browser = await factory.SignedInAsync($"matrix.{role.ToLowerInvariant()}", district, role);

        await browser.GetAsync(url);

        browser.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task News_Affairs_downloads_the_roster_as_CSV()
    {
        await MemberAsync("po.roster", 10);
        using var commander = await factory.SignedInAsync("cmdr.roster", 10, Roles.Commander);
        await AppointAsync(commander, 1, Form("po.roster", "10001", "100001"));
        using var news = await factory.SignedInAsync("news.roster", null, Roles.NewsAffairs);

        var response = await news.Client.GetAsync(new Uri("/NewsAffairs/Roster?handler=Csv", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await response.Content.ReadAsStringAsync();
        csv.ShouldContain("District,Slot,Rank,Name,Star number,Employee number,Log-on ID,Department e-mail");
        csv.ShouldContain("010 Ogden,1,Police Officer,Officer po.roster,10001,100001,po.roster,po.roster@chicagopolice.org");
        var print = await news.GetAsync("/NewsAffairs/Roster");
        print.Text("#roster").ShouldContain("Officer po.roster");
    }
}

public sealed class RankTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    [Fact]
    public async Task ISD_adds_a_rank_that_commanders_can_then_choose()
    {
        await factory.CreateUserAsync("isd.ranks", null, Roles.IsdAdministrator);
        await factory.CreateUserAsync("cmdr.ranks", 8, Roles.Commander);
        using var isd = new Browser(factory.CreateClient());
        await isd.SignInAsync("isd.ranks");

        var empty = await isd.SubmitAsync("/Admin/Ranks", new Dictionary<string, string> { ["Name"] = " ", ["SortOrder"] = "70" });
        empty.FieldError("Name").ShouldContain("A rank name is required");
        var added = await isd.SubmitAsync("/Admin/Ranks", new Dictionary<string, string> { ["Name"] = "Commander", ["SortOrder"] = "70" });
        added.Text("#ranks").ShouldContain("Commander");
        var twice = await isd.SubmitAsync("/Admin/Ranks", new Dictionary<string, string> { ["Name"] = "Commander", ["SortOrder"] = "71" });
        twice.FieldError("Name").ShouldBe("Commander is already in the list.");

        using var commander = new Browser(factory.CreateClient());
        await commander.SignInAsync("cmdr.ranks");
        var page = await commander.GetAsync("/Commander/Representatives");
        page.QuerySelectorAll("#slot1-Rank option").Select(o => o.TextContent).ShouldContain("Commander");
    }
}
