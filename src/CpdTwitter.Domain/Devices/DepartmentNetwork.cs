using System.Net;

namespace CpdTwitter.Domain.Devices;

/// <summary>Department network ranges (CIDR) whose addresses count as Department devices, when configured.</summary>
public sealed class DepartmentNetwork
{
    private readonly IPNetwork[] _ranges;

    public DepartmentNetwork(IEnumerable<string> cidrRanges)
    {
        ArgumentNullException.ThrowIfNull(cidrRanges);
        _ranges = cidrRanges.Where(r => !string.IsNullOrWhiteSpace(r)).Select(Parse).ToArray();
    }

    public bool IsConfigured => _ranges.Length > 0;

    public bool Contains(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _ranges.Any(r => r.Contains(candidate));
    }

    private static IPNetwork Parse(string range) =>
        IPNetwork.TryParse(range.Trim(), out var network)
            ? network
            : throw new DomainException($"'{range}' is not a network range in CIDR form (e.g. 10.20.0.0/16).");
}

public enum DeviceBasis
{
    None,
    EnrolledDevice,
    DepartmentNetwork,
}

/// <summary>Whether this request comes from a Department device, and if not, what is missing and whom to call.</summary>
public sealed record DeviceDecision(bool IsDepartmentDevice, DeviceBasis Basis, string? AssetTag, string? Reason)
{
    public const string HelpDesk = "Call the ISD help desk to enroll a Department device.";

    public static DeviceDecision Enrolled(string assetTag) => new(true, DeviceBasis.EnrolledDevice, assetTag, null);

    public static DeviceDecision OnDepartmentNetwork() => new(true, DeviceBasis.DepartmentNetwork, null, null);

    public static DeviceDecision NotEnrolled() =>
        new(false, DeviceBasis.None, null, $"This is not an enrolled Department device. Posts may only be written and published from a Department device (S02-03-10 IV.D). {HelpDesk}");

    public static DeviceDecision Revoked(string assetTag) =>
        new(false, DeviceBasis.None, assetTag, $"Device {assetTag} has been revoked by ISD and no longer counts as a Department device. {HelpDesk}");
}
