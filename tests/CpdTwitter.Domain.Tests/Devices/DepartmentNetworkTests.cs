using System.Net;
using CpdTwitter.Domain.Devices;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Devices;

public sealed class DepartmentNetworkTests
{
    [Fact]
    public void Addresses_inside_a_configured_range_count_as_the_Department_network()
    {
        var network = new DepartmentNetwork(["10.20.0.0/16", "2001:db8::/32"]);

        network.Contains(IPAddress.Parse("10.20.7.9")).ShouldBeTrue();
        network.Contains(IPAddress.Parse("::ffff:10.20.7.9")).ShouldBeTrue();
        network.Contains(IPAddress.Parse("2001:db8::1")).ShouldBeTrue();
        network.Contains(IPAddress.Parse("10.21.0.1")).ShouldBeFalse();
        network.Contains(null).ShouldBeFalse();
    }

    [Fact]
    public void Without_ranges_no_address_counts()
    {
        var network = new DepartmentNetwork([]);

        network.IsConfigured.ShouldBeFalse();
        network.Contains(IPAddress.Loopback).ShouldBeFalse();
    }

    [Fact]
    public void A_malformed_range_is_refused_with_an_example()
    {
        Should.Throw<DomainException>(() => new DepartmentNetwork(["10.20.0.0/33"])).Message.ShouldContain("CIDR form (e.g. 10.20.0.0/16)");
    }

    [Fact]
    public void A_device_is_revoked_once_and_with_a_reason()
    {
        var device = new DeviceEnrollment("CPD-LT-0412", Members.Isd, new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc));

        Should.Throw<DomainException>(() => device.Revoke(Members.Isd, DateTime.UtcNow, " ")).Message.ShouldBe("Say why the device is revoked (lost, stolen, retired…).");
        device.Revoke(Members.Isd, DateTime.UtcNow, "Lost");
        device.IsRevoked.ShouldBeTrue();
        Should.Throw<DomainException>(() => device.Revoke(Members.Isd, DateTime.UtcNow, "Again")).Message.ShouldBe("Device CPD-LT-0412 was already revoked.");
        Should.Throw<DomainException>(() => new DeviceEnrollment("  ", Members.Isd, DateTime.UtcNow)).Message.ShouldBe("Enter the device's asset tag (at most 64 characters).");
    }

    [Fact]
    public void A_device_keeps_who_enrolled_and_revoked_it_by_account_id_and_name()
    {
        var device = new DeviceEnrollment("CPD-LT-0412", Members.Isd, new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc));
        var other = new Actor("u-isd-2", "ISD Okoye", [Roles.IsdAdministrator], null);

        device.Revoke(other, DateTime.UtcNow, "Stolen");

        (device.EnrolledById, device.EnrolledByName).ShouldBe(("u-isd", "ISD Whitfield"));
        (device.RevokedById, device.RevokedByName).ShouldBe(("u-isd-2", "ISD Okoye"));
    }

    [Fact]
    public void Only_ISD_enrolls_and_revokes_devices()
    {
        Should.Throw<DomainException>(() => new DeviceEnrollment("CPD-LT-0412", Members.NewsAffairs, DateTime.UtcNow))
            .Message.ShouldBe("Only ISD enrolls Department devices.");
        var device = new DeviceEnrollment("CPD-LT-0412", Members.Isd, DateTime.UtcNow);

        Should.Throw<DomainException>(() => device.Revoke(Members.Commander(12), DateTime.UtcNow, "Lost"))
            .Message.ShouldBe("Only ISD revokes Department devices.");
        device.IsRevoked.ShouldBeFalse();
    }
}
