namespace CpdTwitter.Infrastructure.Records.Capture;

/// <summary>
/// One row per district account: who is reading its timeline now (a lease, so two app instances never read it at once)
/// and how the last read ended, for ISD (Admin/Accounts).
/// </summary>
public sealed class TimelineCaptureRun : Domain.Districts.IDistrictOwned
{
    public const int ResultMaxLength = 1000;

    private TimelineCaptureRun()
    {
    }

    public TimelineCaptureRun(int district) => District = district;

    public int District { get; private set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public DateTime? LastStartedAt { get; set; }

    public DateTime? LastFinishedAt { get; set; }

    /// <summary>In plain words: pages read, whether the read reached the end, what was recorded, or why it stopped.</summary>
    public string? LastResult { get; set; }
}
