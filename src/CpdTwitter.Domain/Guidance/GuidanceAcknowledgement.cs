using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Guidance;

/// <summary>A representative's "I have read this version": who, which version, when. Kept for good.</summary>
public sealed class GuidanceAcknowledgement : Districts.IDistrictOwned
{
    private GuidanceAcknowledgement()
    {
        UserId = UserName = string.Empty;
    }

    internal GuidanceAcknowledgement(int versionNumber, Actor by, int district, DateTime atUtc)
        : this()
    {
        Id = Guid.NewGuid();
        VersionNumber = versionNumber;
        UserId = by.UserId;
        UserName = by.Name;
        District = district;
        AcknowledgedAt = atUtc;
    }

    public Guid Id { get; private set; }

    public int VersionNumber { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The representative's district when they acknowledged, so commanders see their own district's.</summary>
    public int District { get; private set; }

    public DateTime AcknowledgedAt { get; private set; }
}
