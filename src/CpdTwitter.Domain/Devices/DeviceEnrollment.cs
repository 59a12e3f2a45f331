using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Devices;

/// <summary>
/// A Department electronic device enrolled by ISD (directive IV.D: post only from a Department device).
/// The device proves itself with a signed cookie naming this record; revoking the record refuses it.
/// </summary>
public sealed class DeviceEnrollment
{
    public const int AssetTagMaxLength = 64;
    public const int ReasonMaxLength = 500;

    private DeviceEnrollment()
    {
        AssetTag = EnrolledById = EnrolledByName = string.Empty;
    }

    public DeviceEnrollment(string assetTag, Actor enrolledBy, DateTime enrolledAtUtc)
        : this()
    {
        RequireIsd(enrolledBy, "Only ISD enrolls Department devices.");
        var tag = assetTag?.Trim() ?? string.Empty;
        if (tag.Length is 0 or > AssetTagMaxLength)
        {
            throw new DomainException($"Enter the device's asset tag (at most {AssetTagMaxLength} characters).");
        }

        Id = Guid.NewGuid();
        AssetTag = tag;
        EnrolledById = enrolledBy.UserId;
        EnrolledByName = enrolledBy.Name;
        EnrolledAt = enrolledAtUtc;
    }

    public Guid Id { get; private set; }

    public string AssetTag { get; private set; }

    /// <summary>The account id of the ISD administrator who enrolled the device.</summary>
    public string EnrolledById { get; private set; }

    public string EnrolledByName { get; private set; }

    public DateTime EnrolledAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>The account id of the ISD administrator who revoked the device.</summary>
    public string? RevokedById { get; private set; }

    public string? RevokedByName { get; private set; }

    public string? RevokeReason { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(Actor by, DateTime atUtc, string reason)
    {
        RequireIsd(by, "Only ISD revokes Department devices.");
        if (IsRevoked)
        {
            throw new DomainException($"Device {AssetTag} was already revoked.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            throw new DomainException("Say why the device is revoked (lost, stolen, retired…).");
        }

        RevokedAt = atUtc;
        RevokedById = by.UserId;
        RevokedByName = by.Name;
        RevokeReason = reason.Trim();
    }

    private static void RequireIsd(Actor by, string message)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.IsdAdministrator))
        {
            throw new DomainException(message);
        }
    }
}
