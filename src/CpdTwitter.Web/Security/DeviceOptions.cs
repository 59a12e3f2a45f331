namespace CpdTwitter.Web.Security;

/// <summary>Section <c>Devices</c>: what counts as a Department device (directive IV.D).</summary>
public sealed class DeviceOptions
{
    public const string Section = "Devices";

    /// <summary>CIDR ranges of the Department network whose addresses count as Department devices; empty = enrolled devices only.</summary>
    public IReadOnlyList<string> DepartmentNetworks { get; set; } = [];

    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For header is believed.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>When false, reading and reviewing also need a Department device.</summary>
    public bool ReadAnywhere { get; set; } = true;
}
