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
        AssetTag = EnrolledBy = string.Empty;
    }

    public DeviceEnrollment(string assetTag, string enrolledBy, DateTime enrolledAtUtc)
        : this()
    {
        var tag = assetTag?.Trim() ?? string.Empty;
        if (tag.Length is 0 or > AssetTagMaxLength)
        {
            throw new DomainException($"Enter the device's asset tag (at most {AssetTagMaxLength} characters).");
        }

        Id = Guid.NewGuid();
        AssetTag = tag;
        EnrolledBy = enrolledBy;
        EnrolledAt = enrolledAtUtc;
    }

    public Guid Id { get; private set; }

    public string AssetTag { get; private set; }

    public string EnrolledBy { get; private set; }

    public DateTime EnrolledAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevokeReason { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(string by, DateTime atUtc, string reason)
    {
        if (IsRevoked)
        {
            throw new DomainException($"Device {AssetTag} was already revoked.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            throw new DomainException("Say why the device is revoked (lost, stolen, retired…).");
        }

        RevokedAt = atUtc;
        RevokedBy = by;
        RevokeReason = reason.Trim();
    }
}
