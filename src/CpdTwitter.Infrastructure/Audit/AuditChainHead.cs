namespace CpdTwitter.Infrastructure.Audit;

/// <summary>
/// The single row that names the newest audit event. Appending locks this row first, so concurrent
/// writers (two app instances, two requests) extend the chain one after another instead of forking it.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Sequence { get; set; }

    public string Hash { get; set; } = Domain.Audit.AuditEvent.GenesisHash;

    /// <summary>Bumped first thing in every append transaction to take the row lock.</summary>
    public long Version { get; set; }
}
