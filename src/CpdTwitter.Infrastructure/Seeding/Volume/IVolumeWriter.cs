namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// The bulk path into one provider's database. The whole load is one transaction, so a run that fails leaves the
/// database as empty as it found it.
/// </summary>
public interface IVolumeWriter : IAsyncDisposable
{
    /// <summary>Opens the transaction and drops the big tables' secondary indexes (kept to be rebuilt).</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    Task WriteAsync(RowBatch batch, CancellationToken cancellationToken);

    /// <summary>Records the chain head, rebuilds the indexes, commits and refreshes the planner's statistics.</summary>
    Task CompleteAsync(long headSequence, string headHash, Action<string> report, CancellationToken cancellationToken);

    Task<long> DatabaseSizeAsync(CancellationToken cancellationToken);
}
