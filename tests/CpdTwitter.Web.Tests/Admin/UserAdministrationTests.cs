using AngleSharp.Dom;
using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Admin;

public sealed class UserAdministrationTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private static Dictionary<string, string> NewUserForm(string logOnId, string password = "a long passphrase for duty", string? district = "12") => new()
    {
        ["Input.LogOnId"] = logOnId,
        ["Input.DisplayName"] = "P.O. Jordan Fields",
        ["Input.Email"] = $"{logOnId}@chicagopolice.org",
        ["Input.InitialPassword"] = password,
        ["Input.District"] = district ?? string.Empty,
        ["Input.Roles"] = Roles.Representative,
    };

    [Fact]
    public async Task An_ISD_administrator_creates_a_user_who_can_then_sign_in()
    {
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        var list = await isd.SubmitAsync("/Admin/Users/Create", NewUserForm("po.fields"));

        isd.Path.ShouldBe("/Admin/Users");
        list.Text("[role=status]").ShouldBe("Account po.fields created.");
        list.Text("table").ShouldContain("P.O. Jordan Fields");
        var created = await factory.FindUserAsync("po.fields");
        created.DistrictNumber.ShouldBe(12);
        var audit = await factory.WithServiceAsync<AuditEvent, CpdTwitterDbContext>(db =>
            db.AuditEvents.SingleAsync(e => e.Action == AuditActions.User.Created && e.SubjectId == created.Id));
        audit.Actor.ShouldBe("isd.admin");
        audit.Details.ShouldContain(Roles.Representative);

        using var member = new Browser(factory.CreateClient());
        await member.SignInAsync("po.fields", "a long passphrase for duty");
        member.Path.ShouldBe("/");
    }

    [Theory]
    [InlineData(Roles.Representative, 12)]
    [InlineData(Roles.CommunityPolicingSergeant, 12)]
    [InlineData(Roles.Commander, 12)]
    [InlineData(Roles.NewsAffairs, null)]
    public async Task Anyone_but_ISD_gets_403_on_the_user_pages(string role, int? district)
    {
        using var browser = await factory.SignedInAsync($"not.isd.{role.ToLowerInvariant()}", district, role);

        await browser.GetAsync("/Admin/Users");
        browser.Status.ShouldBe(HttpStatusCode.Forbidden);
        await browser.GetAsync("/Admin/Users/Create");
        browser.Status.ShouldBe(HttpStatusCode.Forbidden);
        await browser.GetAsync("/Admin/Audit");
        browser.Status.ShouldBe(HttpStatusCode.Forbidden);

        var home = await browser.GetAsync("/");
        var token = home.AntiforgeryToken();
        var page = await browser.PostAsync("/Admin/Users/Create", [.. NewUserForm("po.sneaky"), new("__RequestVerificationToken", token)]);
        browser.Status.ShouldBe(HttpStatusCode.Forbidden);
        page.Text("h1").ShouldBe("You do not have access to this page");
        (await factory.FindUserAsync("po.sneaky")).ShouldBeNull();
    }

    [Theory]
    [InlineData("qwertyuiop123", "Input.InitialPassword", "commonly used or breached")]
    [InlineData("1qaz2wsx3edc", "Input.InitialPassword", "commonly used or breached")]
    [InlineData("short-pass", "Input.InitialPassword", "at least 12 characters")]
    [InlineData("po.bad.pw.po.bad.pw", "Input.InitialPassword", "must not contain the log-on ID")]
    public async Task A_weak_initial_password_is_refused_next_to_the_field(string password, string field, string message)
    {
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        var page = await isd.SubmitAsync("/Admin/Users/Create", NewUserForm("po.bad.pw", password));

        isd.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError(field).ShouldContain(message);
        (await factory.FindUserAsync("po.bad.pw")).ShouldBeNull();
    }

    [Fact]
    public async Task A_district_role_without_a_district_is_refused_and_nothing_is_saved()
    {
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        var page = await isd.SubmitAsync("/Admin/Users/Create", NewUserForm("po.nodistrict", district: null));

        page.FieldError("Input.Roles").ShouldContain("belong to a district");
        (await factory.FindUserAsync("po.nodistrict")).ShouldBeNull();
    }

    [Fact]
    public async Task A_duplicate_log_on_id_is_refused_next_to_the_field()
    {
        await factory.CreateUserAsync("po.twice", 12, Roles.Representative);
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        var form = NewUserForm("po.twice");
        form["Input.Email"] = "another@chicagopolice.org";
        var page = await isd.SubmitAsync("/Admin/Users/Create", form);

        page.FieldError("Input.LogOnId").ShouldContain("already taken");
    }

    [Fact]
    public async Task Changing_roles_is_audited_and_takes_effect()
    {
        var id = await factory.CreateUserAsync("po.promoted", 12, Roles.Representative);
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string>
        {
            ["Assignment.District"] = "12",
            ["Assignment.Roles"] = Roles.CommunityPolicingSergeant,
        }, handler: "Assignment");

        isd.Path.ShouldBe($"/Admin/Users/Edit/{id}");
        var audit = await factory.WithServiceAsync<AuditEvent, CpdTwitterDbContext>(db =>
            db.AuditEvents.SingleAsync(e => e.Action == AuditActions.User.RolesChanged && e.SubjectId == id));
        audit.Details.ShouldContain("\"added\":[\"CommunityPolicingSergeant\"]");
        audit.Details.ShouldContain("\"removed\":[\"Representative\"]");

        using var member = new Browser(factory.CreateClient());
        var home = await member.SignInAsync("po.promoted");
        home.Text("#current-user").ShouldContain("Community policing sergeant");
    }

    [Fact]
    public async Task An_administrator_disables_and_unlocks_with_audit()
    {
        var id = await factory.CreateUserAsync("po.toggle", 11, Roles.Representative);
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        var missingReason = await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string> { ["DisableReason"] = string.Empty }, handler: "Disable");
        missingReason.FieldError("DisableReason").ShouldContain("Say why");

        await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string> { ["DisableReason"] = "Transferred out of the program" }, handler: "Disable");
        (await factory.FindUserAsync("po.toggle")).IsDisabled.ShouldBeTrue();

        await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string>(), handler: "Enable");
        (await factory.FindUserAsync("po.toggle")).IsDisabled.ShouldBeFalse();

        await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string>(), handler: "ResetMfa");
        (await factory.AuditTrailAsync("User", id)).ShouldBe(["user.created", "user.disabled", "user.enabled", "mfa.reset"]);
    }

    [Fact]
    public async Task Unlocking_a_locked_out_member_clears_the_lockout_and_the_failed_count_and_lets_them_sign_in()
    {
        var id = await factory.CreateUserAsync("po.lockedout", 12, Roles.Representative);
        using (var member = new Browser(factory.CreateClient()))
        {
            for (var i = 0; i < 5; i++)
            {
                await member.SignInAsync("po.lockedout", "wrong-password-" + i);
            }

            (await member.SignInAsync("po.lockedout")).Errors().ShouldContain("locked");
        }

        var locked = await factory.FindUserAsync("po.lockedout");
        locked.LockoutEnd.ShouldNotBeNull();
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);
        var before = await isd.GetAsync($"/Admin/Users/Edit/{id}");
        before.Text("main").ShouldContain("The account is locked after failed sign-ins.");

        var page = await isd.SubmitAsync(before, new Dictionary<string, string>(), handler: "Unlock");

        page.Text("[role=status]").ShouldBe("Account unlocked.", page.Errors());
        page.Text("main").ShouldNotContain("The account is locked");
        var unlocked = await factory.FindUserAsync("po.lockedout");
        unlocked.LockoutEnd.ShouldBeNull();
        unlocked.AccessFailedCount.ShouldBe(0);
        (await factory.AuditTrailAsync("User", id)).ShouldBe(
            ["user.created", "sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.locked-out", "sign-in.refused", "user.unlocked"]);
        using var again = new Browser(factory.CreateClient());
        await again.SignInAsync("po.lockedout");
        again.Path.ShouldBe("/");
    }

    [Fact]
    public async Task ISD_sets_a_new_password_the_old_one_stops_working_and_a_weak_one_is_refused_next_to_the_field()
    {
        var id = await factory.CreateUserAsync("po.newpass", 12, Roles.Representative);
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);
        var hashBefore = (await factory.FindUserAsync("po.newpass")).PasswordHash;

        var weak = await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string> { ["NewPassword"] = "short-pass" }, handler: "ResetPassword");
        weak.FieldError("NewPassword").ShouldContain("at least 12 characters");
        (await factory.FindUserAsync("po.newpass")).PasswordHash.ShouldBe(hashBefore);

        var done = await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string> { ["NewPassword"] = "a brand new passphrase for the desk" }, handler: "ResetPassword");

        done.Text("[role=status]").ShouldBe("Password set. Give it to the member in person.", done.Errors());
        (await factory.AuditTrailAsync("User", id)).ShouldBe(["user.created", "user.password-reset"]);
        using var member = new Browser(factory.CreateClient());
        (await member.SignInAsync("po.newpass")).Errors().ShouldContain("The log-on ID or password is not correct, or the account is locked or disabled.");
        await member.SignInAsync("po.newpass", "a brand new passphrase for the desk");
        member.Path.ShouldBe("/");
    }

    [Fact]
    public async Task An_unknown_account_is_404()
    {
        using var isd = await factory.SignedInAsync("isd.admin", null, Roles.IsdAdministrator);

        var page = await isd.GetAsync("/Admin/Users/Edit/no-such-id");

        isd.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text("h1").ShouldBe("Page not found");
    }

    [Fact]
    public async Task Passwords_are_hashed_with_PBKDF2_at_600000_iterations_or_more()
    {
        await using var production = new CpdTwitterFactory { ProductionPasswordHashing = true };
        await production.CreateUserAsync("po.hash", 12, Roles.Representative);
        var hash = Convert.FromBase64String((await production.FindUserAsync("po.hash")).PasswordHash!);

        hash[0].ShouldBe((byte)0x01); // Identity v3 format: PBKDF2
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        iterations.ShouldBeGreaterThanOrEqualTo(600_000);
    }
}
