namespace CpdTwitter.Infrastructure.Records.Capture;

/// <summary>
/// The capture's settings, in the <c>X</c> section next to the account settings: how often each account's timeline is
/// read and how much of the plan's read allowance one run may use (docs/operations.md).
/// </summary>
public sealed class CaptureOptions
{
    public const string Section = "X";

    /// <summary>Runs the capture job in this instance (a lease keeps each district's run to one instance).</summary>
    public bool CaptureEnabled { get; set; } = true;

    /// <summary>Hours between two reads of one account's timeline.</summary>
    public double CaptureIntervalHours { get; set; } = 24;

    /// <summary>Pages read per account per run at most; a read cut short here marks nothing deleted.</summary>
    public int CaptureMaxPagesPerAccount { get; set; } = 10;

    /// <summary>Posts per page (X accepts 5 to 100).</summary>
    public int CaptureMaxResultsPerPage { get; set; } = 100;

    /// <summary>How far back each read goes (X's <c>start_time</c>), in days.</summary>
    public int CaptureWindowDays { get; set; } = 30;

    /// <summary>How long one instance holds a district's run before another may take it over.</summary>
    public double CaptureLeaseMinutes { get; set; } = 30;
}
