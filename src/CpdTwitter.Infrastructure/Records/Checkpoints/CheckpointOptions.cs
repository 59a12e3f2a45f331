namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>The <c>Records:Checkpoints</c> section (docs/operations.md, "Audit checkpoints and the signing key").</summary>
public sealed class CheckpointOptions
{
    public const string Section = "Records:Checkpoints";

    /// <summary>A checkpoint at every multiple of this sequence number.</summary>
    public int EveryEvents { get; set; } = 1000;

    /// <summary>At least this often when events happened since the last checkpoint.</summary>
    public int MaxIntervalMinutes { get; set; } = 60;

    /// <summary>How often the background service looks (a boundary checkpoint is written at most this late).</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>False only where something else drives <see cref="AuditCheckpointWriter.WriteDueAsync"/> (tests).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>The append-only JSON-lines log; relative paths are under the data folder.</summary>
    public string LogPath { get; set; } = "audit-checkpoints.jsonl";

    /// <summary>
    /// Public keys (one <c>.pem</c> each) that checkpoints may be signed with: the current key's is written here on start,
    /// so after a key rotation the old checkpoints still verify. Relative paths are under the data folder.
    /// </summary>
    public string PublicKeysFolder { get; set; } = "records-public-keys";

    /// <summary>Where each checkpoint is also e-mailed (through the Email settings), so that a copy leaves the machine.</summary>
    public string? Email { get; set; }
}
