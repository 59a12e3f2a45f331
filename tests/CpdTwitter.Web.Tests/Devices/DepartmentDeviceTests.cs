using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Devices;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Security;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Devices;

/// <summary>Directive IV.D: Department devices are enrolled by ISD with a signed cookie and can be revoked.</summary>
public sealed class DepartmentDeviceTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    /// <summary>One browser (one cookie jar) used by ISD to enroll it and then by a representative.</summary>
    private async Task<(HttpClient Client, Browser Browser)> DeviceAsync()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        return (client, new Browser(client));
    }

    private async Task EnsureUsersAsync()
    {
        if (await factory.FindUserAsync("isd.devices") is null)
        {
            await factory.CreateUserAsync("isd.devices", null, Roles.IsdAdministrator);
            await factory.CreateUserAsync("po.device", 12, Roles.Representative);
        }
    }

    private static async Task<string> DeviceStatusAsync(Browser browser)
    {
        await browser.SignInAsync("po.device");
        var home = await browser.GetAsync("/");
        await browser.SignOutAsync();
        return home.Text("#device-status");
    }

    [Fact]
    public async Task An_unenrolled_device_is_refused_with_what_is_missing_and_whom_to_call()
    {
        await EnsureUsersAsync();
        var (_, browser) = await DeviceAsync();
        using var _ = browser;

        (await DeviceStatusAsync(browser)).ShouldBe(
            "This is not an enrolled Department device. Posts may only be written and published from a Department device (S02-03-10 IV.D). Call the ISD help desk to enroll a Department device.");
    }

    [Fact]
    public async Task ISD_enrolls_a_device_and_then_revokes_it()
    {
        await EnsureUsersAsync();
        var (_, browser) = await DeviceAsync();
        using var _ = browser;
        await browser.SignInAsync("isd.devices");

        var page = await browser.SubmitAsync("/Admin/Devices", new Dictionary<string, string> { ["AssetTag"] = "CPD-LT-0412" }, handler: "Enroll");

        page.Text("[role=status]").ShouldBe("This browser is now enrolled as Department device CPD-LT-0412.");
        page.Text("#this-device").ShouldContain("enrolled Department device CPD-LT-0412");
        browser.LastResponse!.RequestMessage!.Headers.GetValues("Cookie").Single().ShouldContain(DepartmentDevices.CookieName + "=");
        await browser.SignOutAsync();
        (await DeviceStatusAsync(browser)).ShouldBe("This is Department device CPD-LT-0412: you may write and publish posts from it.");

        await browser.SignInAsync("isd.devices");
        var id = await factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db => db.Devices.Where(d => d.AssetTag == "CPD-LT-0412").Select(d => d.Id).SingleAsync());
        var noReason = await browser.SubmitAsync("/Admin/Devices", new Dictionary<string, string> { ["RevokeReason"] = string.Empty }, handler: $"Revoke&id={id}");
        noReason.Text("#revoke-error").ShouldContain("Say why the device is revoked");
        await browser.SubmitAsync("/Admin/Devices", new Dictionary<string, string> { ["RevokeReason"] = "Reported stolen" }, handler: $"Revoke&id={id}");
        await browser.SignOutAsync();

        (await DeviceStatusAsync(browser)).ShouldContain("Device CPD-LT-0412 has been revoked by ISD");
        var actions = await factory.WithServiceAsync<List<string>, CpdTwitterDbContext>(db => db.AuditEvents.Where(e => e.SubjectId == id.ToString()).Select(e => e.Action).ToListAsync());
        actions.ShouldBe([AuditActions.Device.Enrolled, AuditActions.Device.Revoked]);
        var isdId = (await factory.FindUserAsync("isd.devices")).Id;
        var device = await factory.WithServiceAsync<DeviceEnrollment, CpdTwitterDbContext>(db => db.Devices.AsNoTracking().SingleAsync(d => d.Id == id));
        (device.EnrolledById, device.EnrolledByName, device.RevokedById, device.RevokedByName).ShouldBe((isdId, "Test isd.devices", isdId, "Test isd.devices"));
    }

    [Fact]
    public async Task A_forged_device_cookie_does_not_count()
    {
        await EnsureUsersAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });
        var signIn = await Browser.RawSignInAsync(client, "po.device");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{Browser.SessionCookie(signIn).Split(';')[0]}; {DepartmentDevices.CookieName}=CfDJ8forged-value");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This is not an enrolled Department device.");
    }

    [Fact]
    public async Task An_asset_tag_is_required_and_enrolled_once()
    {
        await EnsureUsersAsync();
        var (_, browser) = await DeviceAsync();
        using var _ = browser;
        await browser.SignInAsync("isd.devices");

        var empty = await browser.SubmitAsync("/Admin/Devices", new Dictionary<string, string> { ["AssetTag"] = " " }, handler: "Enroll");
        empty.FieldError("AssetTag").ShouldContain("Enter the device's asset tag");
        await browser.SubmitAsync("/Admin/Devices", new Dictionary<string, string> { ["AssetTag"] = "CPD-DT-7" }, handler: "Enroll");
        var twice = await browser.SubmitAsync("/Admin/Devices", new Dictionary<string, string> { ["AssetTag"] = "CPD-DT-7" }, handler: "Enroll");
        twice.FieldError("AssetTag").ShouldContain("already enrolled");
    }
}

public sealed class StrictDeviceTests
{
    [Fact]
    public async Task When_reading_also_needs_a_Department_device_other_devices_get_a_403_saying_why_but_ISD_can_still_enroll()
    {
        await using var factory = new CpdTwitterFactory { Settings = new Dictionary<string, string> { ["Devices:ReadAnywhere"] = "false" } };
        await factory.CreateUserAsync("sgt.strict", 12, Roles.CommunityPolicingSergeant);
        await factory.CreateUserAsync("isd.strict", null, Roles.IsdAdministrator);
        using var sergeant = new Browser(factory.CreateClient());
        using var isd = new Browser(factory.CreateClient());

        await sergeant.SignInAsync("sgt.strict");
        var refused = await sergeant.GetAsync("/");
        sergeant.Status.ShouldBe(HttpStatusCode.Forbidden);
        refused.Text("main").ShouldContain("This is not an enrolled Department device.");

        await isd.SignInAsync("isd.strict");
        await isd.GetAsync("/Admin/Devices");
        isd.Status.ShouldBe(HttpStatusCode.OK);
    }
}
