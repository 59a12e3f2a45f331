using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Admin;

/// <summary>Issue 11 finding 5 (roles): writers are not supervisors, and an administrator never changes his own access.</summary>
public sealed class AccountSeparationTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private const string RepresentativeAndSergeant =
        "A representative cannot also be a community policing sergeant: the people who write postings are not the people who approve or review them.";

    private static List<KeyValuePair<string, string>> Assignment(string token, string district, params string[] roles) =>
        [new("Assignment.District", district), .. roles.Select(r => new KeyValuePair<string, string>("Assignment.Roles", r)), new("__RequestVerificationToken", token)];

    [Fact]
    public async Task ISD_cannot_make_a_representative_a_sergeant_as_well()
    {
        var id = await factory.CreateUserAsync("po.sod", 12, Roles.Representative);
        using var isd = await factory.SignedInAsync("isd.sod", null, Roles.IsdAdministrator);
        var edit = await isd.GetAsync($"/Admin/Users/Edit/{id}");
        edit.QuerySelector("#own-account").ShouldBeNull();

        var page = await isd.PostAsync($"/Admin/Users/Edit/{id}?handler=Assignment",
            Assignment(edit.AntiforgeryToken(), "12", Roles.Representative, Roles.CommunityPolicingSergeant));

        page.FieldError("Assignment.Roles").ShouldBe(RepresentativeAndSergeant);
        var roles = await factory.WithServiceAsync<IList<string>, Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>(
            async users => await users.GetRolesAsync((await users.FindByIdAsync(id))!));
        roles.ShouldBe([Roles.Representative]);
        (await factory.AuditTrailAsync(AuditSubjects.User, id)).ShouldBe(["user.created"]);
    }

    [Fact]
    public async Task ISD_cannot_create_a_representative_who_is_also_a_commander()
    {
        using var isd = await factory.SignedInAsync("isd.sod", null, Roles.IsdAdministrator);
        var create = await isd.GetAsync("/Admin/Users/Create");

        var page = await isd.PostAsync("/Admin/Users/Create",
        [
            new("Input.LogOnId", "po.cmdr.too"), new("Input.DisplayName", "Lt. Both Ways"), new("Input.Email", "po.cmdr.too@chicagopolice.org"),
            new("Input.InitialPassword", "a long passphrase for duty"), new("Input.District", "12"),
            new("Input.Roles", Roles.Representative), new("Input.Roles", Roles.Commander),
            new("__RequestVerificationToken", create.AntiforgeryToken()),
        ]);

        page.FieldError("Input.Roles").ShouldBe(
            "A representative cannot also be a district commander: the people who write postings are not the people who approve or review them.");
        (await factory.FindUserAsync("po.cmdr.too")).ShouldBeNull();
    }

    [Fact]
    public async Task An_administrator_cannot_change_his_own_roles_or_disable_himself()
    {
        using var isd = await factory.SignedInAsync("isd.self", null, Roles.IsdAdministrator);
        var id = (await factory.FindUserAsync("isd.self")).Id;
        var edit = await isd.GetAsync($"/Admin/Users/Edit/{id}");
        edit.Text("#own-account").ShouldBe("This is your own account: another ISD administrator changes its roles and district or disables it.");

        var roles = await isd.PostAsync($"/Admin/Users/Edit/{id}?handler=Assignment",
            Assignment(edit.AntiforgeryToken(), string.Empty, Roles.IsdAdministrator, Roles.NewsAffairs));
        roles.FieldError("Assignment.Roles").ShouldBe(UserAdministration.OwnAssignmentMessage);

        var disable = await isd.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string> { ["DisableReason"] = "covering my tracks" }, handler: "Disable");
        disable.FieldError("DisableReason").ShouldBe(UserAdministration.OwnDisableMessage);

        var me = await factory.FindUserAsync("isd.self");
        me.IsDisabled.ShouldBeFalse();
        (await factory.AuditTrailAsync(AuditSubjects.User, id)).ShouldNotContain(AuditActions.User.RolesChanged);
        (await factory.AuditTrailAsync(AuditSubjects.User, id)).ShouldNotContain(AuditActions.User.Disabled);

        // Another administrator may.
        using var other = await factory.SignedInAsync("isd.other", null, Roles.IsdAdministrator);
        await other.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string> { ["DisableReason"] = "Left ISD" }, handler: "Disable");
        (await factory.FindUserAsync("isd.self")).IsDisabled.ShouldBeTrue();
    }
}
