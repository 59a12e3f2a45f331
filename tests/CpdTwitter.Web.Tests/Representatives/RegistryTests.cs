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
        ["Input.Name"] = "Test " + logOnId,
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
        page.Text("#slot-1-state").ShouldContain("Test po.ack.one");
        page.Text("#slot-2-state").ShouldContain("Awaiting acknowledgement");

        using var news = await factory.SignedInAsync("news.ack", null, Roles.NewsAffairs);
        var queue = await news.GetAsync("/NewsAffairs/Representatives");
        queue.Text("#pending").ShouldContain("Slot 1: Police Officer Test po.ack.one (star 40001) appointed.");
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
        page.Text("#slot-1-state").ShouldContain("Test po.rep.new");
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
        empty.FieldError("Input.Rank").ShouldBe("Choose the member's rank from the list.");
        empty.FieldError("Input.StarNumber").ShouldBe("A star number is 1 to 6 digits.");
        empty.FieldError("Input.EmployeeNumber").ShouldBe("An employee number is exactly 6 digits.");

        // Name and e-mail may be left blank: they come from the account the log-on ID names.
        empty.FieldError("Input.Name").ShouldBeEmpty();
        empty.FieldError("Input.Email").ShouldBeEmpty();

        var wrong = await AppointAsync(commander, 1, Form("po.other.district", "1234567", "12345", "someone@gmail.com"));
        wrong.FieldError("Input.LogOnId").ShouldBe("This log-on ID belongs to a member of another district.");
        wrong.FieldError("Input.StarNumber").ShouldBe("A star number is 1 to 6 digits.");
        wrong.FieldError("Input.Email").ShouldBe("Use the member's Department e-mail address (…@chicagopolice.org).");

        var unknown = await AppointAsync(commander, 1, Form("po.nobody", "70001", "700001"));
        unknown.FieldError("Input.LogOnId").ShouldContain("There is no account with this log-on ID");

        (await AppointmentsAsync(17)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_log_on_ID_cannot_be_registered_under_another_persons_name_or_e_mail()
    {
        await MemberAsync("po.true.holder", 1);
        await MemberAsync("po.someone.else", 1);
        using var commander = await factory.SignedInAsync("cmdr.1", 1, Roles.Commander);

        // The attack: one person's log-on ID with another person's name and e-mail.
        var form = Form("po.true.holder", "1001", "010001", "po.someone.else@chicagopolice.org");
        form["Input.Name"] = "Test po.someone.else";
        var refused = await AppointAsync(commander, 1, form);

        refused.FieldError("Input.Name").ShouldBe("This is not the name on the account po.true.holder (Test po.true.holder). Leave it blank to use the account's name, or check the log-on ID.");
        refused.FieldError("Input.Email").ShouldBe("This is not the Department e-mail on the account po.true.holder (po.true.holder@chicagopolice.org). Leave it blank to use the account's address, or check the log-on ID.");
        (await AppointmentsAsync(1)).ShouldBeEmpty();

        form["Input.Name"] = string.Empty;
        form["Input.Email"] = string.Empty;
        var page = await AppointAsync(commander, 1, form);

        page.Text(".alert-success").ShouldContain("Slot 1 filled", Case.Sensitive, page.Errors());
        var appointment = (await AppointmentsAsync(1)).Single();
        appointment.LogOnId.ShouldBe("po.true.holder");
        appointment.Name.ShouldBe("Test po.true.holder");
        appointment.Email.ShouldBe("po.true.holder@chicagopolice.org");
        appointment.UserId.ShouldBe((await factory.FindUserAsync("po.true.holder")).Id);
    }

    [Fact]
    public async Task Only_an_enabled_representative_account_of_the_district_can_be_registered()
    {
        await MemberAsync("po.disabled", 2);
        await factory.CreateUserAsync("sgt.not.rep", 2, Roles.CommunityPolicingSergeant);
        var disabledId = (await factory.FindUserAsync("po.disabled")).Id;
        (await factory.WithServiceAsync<Infrastructure.Outcome, Infrastructure.Identity.UserAdministration>(a => a.DisableAsync(disabledId, "Left the Department"))).Succeeded.ShouldBeTrue();
        using var commander = await factory.SignedInAsync("cmdr.2", 2, Roles.Commander);

        var disabled = await AppointAsync(commander, 1, Form("po.disabled", "2001", "020001"));
        var sergeant = await AppointAsync(commander, 1, Form("sgt.not.rep", "2002", "020002"));

        disabled.FieldError("Input.LogOnId").ShouldBe("This account is disabled. ISD re-enables accounts.");
        sergeant.FieldError("Input.LogOnId").ShouldBe("This account does not hold the Representative role. ISD assigns roles.");
        (await AppointmentsAsync(2)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_member_fills_one_slot_in_one_district()
    {
        await MemberAsync("po.one.slot", 4);
        using var commander4 = await factory.SignedInAsync("cmdr.4", 4, Roles.Commander);
        using var commander5 = await factory.SignedInAsync("cmdr.5", 5, Roles.Commander);
        await AppointAsync(commander4, 2, Form("po.one.slot", "4001", "040001"));

        var bothSlots = await AppointAsync(commander4, 1, Form("po.one.slot", "4002", "040002"));
        bothSlots.FieldError("Input.LogOnId").ShouldBe("Test po.one.slot already holds the other slot; the district needs two different representatives.");

        // ISD moves the member to district 005 while still appointed in 004: 005's commander cannot appoint them as well.
        await factory.WithServiceAsync<bool, Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.ApplicationUser>>(async users =>
        {
            var user = (await users.FindByNameAsync("po.one.slot"))!;
            user.DistrictNumber = 5;
            return (await users.UpdateAsync(user)).Succeeded;
        });
        var otherDistrict = await AppointAsync(commander5, 1, Form("po.one.slot", "4003", "040003"));
        otherDistrict.FieldError("Input.LogOnId").ShouldBe("Test po.one.slot is already a representative of district 004; a member represents one district at a time.");

        (await AppointmentsAsync(4)).Single().Slot.ShouldBe(2);
        (await AppointmentsAsync(5)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Re_registering_a_representative_as_his_own_replacement_is_refused_and_keeps_the_acknowledgement()
    {
        await MemberAsync("po.self", 6);
        using var commander = await factory.SignedInAsync("cmdr.6", 6, Roles.Commander);
        await AppointAsync(commander, 1, Form("po.self", "6001", "060001"));
        var submission = (await AppointmentsAsync(6)).Single().SubmissionId;
        (await factory.WithServiceAsync<Infrastructure.Outcome, Infrastructure.Representatives.RepresentativeRegistry>(r => r.AcknowledgeAsync(submission, TestActors.NewsAffairs))).Succeeded.ShouldBeTrue();

        var form = Form("po.self", "6001", "060001");
        form["Input.EffectiveDate"] = FixedClockFactory.ChicagoNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        form["Input.Reason"] = "Re-registering";
        var unchanged = await commander.SubmitAsync(Page, form, handler: "Replace&slot=1");
        unchanged.FieldError("Input.LogOnId").ShouldBe("No change: Test po.self already holds slot 1 with these details. Nothing was submitted, and News Affairs' acknowledgement stands.");

        form["Input.StarNumber"] = "6002";
        var changed = await commander.SubmitAsync(Page, form, handler: "Replace&slot=1");
        changed.FieldError("Input.LogOnId").ShouldBe("Test po.self already holds slot 1: a representative is replaced by another member, not by themselves.");

        var appointment = (await AppointmentsAsync(6)).Single();
        appointment.IsActive.ShouldBeTrue();
        appointment.IsAcknowledged.ShouldBeTrue();
        appointment.StarNumber.ShouldBe("6001");
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.RegistrySubmissions.CountAsync(s => s.District == 6))).ShouldBe(1);
        var page = await commander.GetAsync(Page);
        page.Text("#slot-1-state").ShouldContain("Acknowledged");
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
        csv.ShouldContain("010 Ogden,1,Police Officer,Test po.roster,10001,100001,po.roster,po.roster@chicagopolice.org");
        var print = await news.GetAsync("/NewsAffairs/Roster");
        print.Text("#roster").ShouldContain("Test po.roster");
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
