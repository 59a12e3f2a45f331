using AngleSharp;
using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Devices;

/// <summary>Requests come from 127.0.0.1, which is the Department network here; no proxy is configured.</summary>
public sealed class LoopbackNetworkFactory : DepartmentNetworkFactory
{
    public LoopbackNetworkFactory() => Settings = new Dictionary<string, string> { ["Devices:DepartmentNetworks:0"] = "127.0.0.0/8" };
}

/// <summary>As above, with 127.0.0.1 configured as the reverse proxy whose X-Forwarded-For is believed.</summary>
public sealed class LoopbackProxyFactory : DepartmentNetworkFactory
{
    public LoopbackProxyFactory() => Settings = new Dictionary<string, string>
    {
        ["Devices:DepartmentNetworks:0"] = "127.0.0.0/8",
        ["Devices:KnownProxies:0"] = "127.0.0.1",
    };
}

internal static class ForwardedFor
{
    public const string OnNetwork = "This is a device on the Department network: you may write and publish posts from it.";
    public const string NotEnrolled = "This is not an enrolled Department device. Posts may only be written and published from a Department device (S02-03-10 IV.D). Call the ISD help desk to enroll a Department device.";

    public static async Task<string> DeviceStatusAsync(Browser browser, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        var response = await browser.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        return document.Text("#device-status");
    }
}

/// <summary>Issue 11 finding 7: X-Forwarded-For is believed only from a configured proxy, never from loopback by default.</summary>
public sealed class ForwardedHeadersTests(LoopbackNetworkFactory factory) : IClassFixture<LoopbackNetworkFactory>
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("10.20.30.40, 8.8.8.8")]
    public async Task X_Forwarded_For_from_loopback_does_not_change_the_device_decision_when_no_proxy_is_configured(string forwardedFor)
    {
        using var officer = await factory.SignedInAsync("po.xff", 12, Roles.Representative);

        (await ForwardedFor.DeviceStatusAsync(officer, null)).ShouldBe(ForwardedFor.OnNetwork);
        (await ForwardedFor.DeviceStatusAsync(officer, forwardedFor)).ShouldBe(ForwardedFor.OnNetwork);
    }
}

public sealed class ConfiguredProxyTests(LoopbackProxyFactory factory) : IClassFixture<LoopbackProxyFactory>
{
    [Fact]
    public async Task X_Forwarded_For_from_a_configured_proxy_names_the_client()
    {
        using var officer = await factory.SignedInAsync("po.proxied", 12, Roles.Representative);

        (await ForwardedFor.DeviceStatusAsync(officer, "127.0.0.9")).ShouldBe(ForwardedFor.OnNetwork);
        (await ForwardedFor.DeviceStatusAsync(officer, "8.8.8.8")).ShouldBe(ForwardedFor.NotEnrolled);
    }
}
