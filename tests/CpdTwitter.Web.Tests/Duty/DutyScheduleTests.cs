using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Duty;

/// <summary>Directive III.C through the duty page: watches, confirmed shifts and overrides, and what the representative is told.</summary>
public sealed class DutyScheduleTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    private const string Page = "/Commander/Duty";

    /// <summary>An appointed, acknowledged representative of the district.</summary>
    private async Task<string> RepresentativeAsync(string logOnId, int district, int slot, string star)
    {
        var id = await factory.CreateUserAsync(logOnId, district, Roles.Representative);
        await using var scope = factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<RepresentativeRegistry>();
        var appointed = await registry.AppointAsync(district, slot, new RepresentativeInput(logOnId, null, "Police Officer", star, star.PadLeft(6, '9'), $"{logOnId}@chicagopolice.org"), TestActors.Commander(district));
        appointed.Succeeded.ShouldBeTrue(string.Join("; ", appointed.Errors.Select(e => e.Message)));
        var submission = await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().Appointments.Where(a => a.UserId == id).Select(a => a.SubmissionId).SingleAsync();
        (await registry.AcknowledgeAsync(submission, TestActors.NewsAffairs)).Succeeded.ShouldBeTrue();
        return id;
    }

    /// <summary>The fixed "now" moved by <paramref name="offset"/>, as Chicago wall-clock time in a form field's format.</summary>
    private static string ChicagoNow(TimeSpan offset, string format) =>
        FixedClockFactory.ChicagoNow(offset).ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_sergeant_adds_a_watch_and_the_representative_is_on_duty_during_it()
    {
        var repId = await RepresentativeAsync("po.watch", 2, 1, "2001");
        using var sergeant = await factory.SignedInAsync("sgt.watch", 2, Roles.CommunityPolicingSergeant);

        using var representative = new Browser(factory.CreateClient());
        var offDuty = await representative.SignInAsync("po.watch");
        offDuty.Text("#acting-status").ShouldBe("You are off duty and no watch is scheduled: on a Department device you can save drafts; to submit them, ask your sergeant to confirm your shift (S02-03-10 III.C).");

        var page = await sergeant.SubmitAsync(Page, new Dictionary<string, string>
        {
            ["day"] = nameof(DayOfWeek.Wednesday),
            ["start"] = "09:00",
            ["end"] = "12:00",
        }, handler: "AddWatch");

        page.Text("[role=status]").ShouldBe("Watch added.", page.Errors());
        page.Text(".duty-status").ShouldContain("On duty");
        var home = await representative.GetAsync("/");
        home.Text("#acting-status").ShouldContain("This is not an enrolled Department device."); // on duty now: the device is what is missing
        (await factory.AuditTrailAsync("Representative", repId)).ShouldBe(["duty.watch-added"]);
    }

    [Fact]
    public async Task Removing_the_watch_a_representative_is_on_deletes_it_and_takes_them_off_duty()
    {
        var repId = await RepresentativeAsync("po.unwatch", 8, 1, "8001");
        using var sergeant = await factory.SignedInAsync("sgt.unwatch", 8, Roles.CommunityPolicingSergeant);
        var added = await sergeant.SubmitAsync(Page, new Dictionary<string, string> { ["day"] = nameof(DayOfWeek.Wednesday), ["start"] = "09:00", ["end"] = "12:00" }, handler: "AddWatch");
        added.Text(".duty-status").ShouldContain("On duty", customMessage: added.Errors());
        var watchId = await factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db => db.Watches.Where(w => w.UserId == repId).Select(w => w.Id).SingleAsync());

        // A sergeant of another district cannot remove it.
        using var otherSergeant = await factory.SignedInAsync("sgt.unwatch.other", 9, Roles.CommunityPolicingSergeant);
        await otherSergeant.PostAsync($"{Page}?handler=RemoveWatch&id={watchId}", [new("__RequestVerificationToken", (await otherSergeant.GetAsync(Page)).AntiforgeryToken())]);
        otherSergeant.Status.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Watches.CountAsync(w => w.Id == watchId))).ShouldBe(1);

        var page = await sergeant.SubmitAsync(added, new Dictionary<string, string>(), handler: "RemoveWatch");

        page.Text("[role=status]").ShouldBe("Watch removed.", page.Errors());
        page.Text(".duty-status").ShouldContain("Off duty");
        page.Text(".duty-status").ShouldContain("No watch scheduled.");
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Watches.CountAsync(w => w.UserId == repId))).ShouldBe(0);
        (await factory.AuditTrailAsync("Representative", repId)).ShouldBe(["duty.watch-added", "duty.watch-removed"]);
        using var representative = new Browser(factory.CreateClient());
        (await representative.SignInAsync("po.unwatch")).Text("#acting-status")
            .ShouldBe("You are off duty and no watch is scheduled: on a Department device you can save drafts; to submit them, ask your sergeant to confirm your shift (S02-03-10 III.C).");
    }

    [Fact]
    public async Task Only_the_commander_grants_an_override_and_it_is_listed_with_its_reason()
    {
        await RepresentativeAsync("po.override", 3, 1, "3001");
        using var sergeant = await factory.SignedInAsync("sgt.override", 3, Roles.CommunityPolicingSergeant);
        using var commander = await factory.SignedInAsync("cmdr.override", 3, Roles.Commander);
        var form = new Dictionary<string, string>
        {
            ["from"] = ChicagoNow(TimeSpan.FromMinutes(-5), "yyyy-MM-ddTHH:mm"),
            ["until"] = ChicagoNow(TimeSpan.FromHours(2), "yyyy-MM-ddTHH:mm"),
            ["reason"] = "Severe weather: shelter locations",
        };

        var page = await sergeant.GetAsync(Page);
        page.QuerySelector("form[action*='handler=Override']").ShouldBeNull();
        var token = page.AntiforgeryToken();
        var userId = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=userId]")!.Value;
        await sergeant.PostAsync(Page + "?handler=Override", [.. form, new("userId", userId), new("__RequestVerificationToken", token)]);
        sergeant.Status.ShouldBe(HttpStatusCode.Forbidden);

        var granted = await commander.SubmitAsync(Page, form, handler: "Override");
        granted.Text("[role=status]").ShouldBe("Override granted.", granted.Errors());
        granted.Text("#overrides").ShouldContain("Severe weather: shelter locations");
        granted.Text(".duty-status").ShouldContain("On duty");
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.DutyGrants.CountAsync(g => g.Kind == DutyGrantKind.Override && g.District == 3))).ShouldBe(1);
    }

    [Fact]
    public async Task A_confirmed_shift_needs_both_times_and_lasts_at_most_sixteen_hours()
    {
        await RepresentativeAsync("po.shift", 4, 1, "4001");
        using var sergeant = await factory.SignedInAsync("sgt.shift", 4, Roles.CommunityPolicingSergeant);

        var missing = await sergeant.SubmitAsync(Page, new Dictionary<string, string> { ["from"] = string.Empty, ["until"] = string.Empty }, handler: "ConfirmShift");
        missing.Errors().ShouldContain("Enter when the shift starts and ends.");

        var tooLong = await sergeant.SubmitAsync(Page, new Dictionary<string, string>
        {
            ["from"] = ChicagoNow(TimeSpan.Zero, "yyyy-MM-ddTHH:mm"),
            ["until"] = ChicagoNow(TimeSpan.FromHours(20), "yyyy-MM-ddTHH:mm"),
        }, handler: "ConfirmShift");
        tooLong.Errors().ShouldContain("A confirmed shift is at most 16 hours long.");
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.DutyGrants.CountAsync(g => g.District == 4))).ShouldBe(0);
    }

    [Fact]
    public async Task A_supervisor_cannot_keep_duty_for_another_districts_representative()
    {
        var otherRep = await RepresentativeAsync("po.elsewhere", 5, 1, "5001");
        using var sergeant = await factory.SignedInAsync("sgt.here", 6, Roles.CommunityPolicingSergeant);
        var page = await sergeant.GetAsync(Page);
        page.Text("main").ShouldNotContain("po.elsewhere");
        var token = page.AntiforgeryToken();

        await sergeant.PostAsync(Page + "?handler=AddWatch",
            [new("userId", otherRep), new("day", "Monday"), new("start", "07:00"), new("end", "15:00"), new("__RequestVerificationToken", token)]);

        sergeant.Status.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Watches.CountAsync(w => w.UserId == otherRep))).ShouldBe(0);
    }

    [Fact]
    public async Task A_representative_cannot_open_the_duty_page()
    {
        using var representative = await factory.SignedInAsync("po.noduty", 7, Roles.Representative);

        await representative.GetAsync(Page);

        representative.Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
