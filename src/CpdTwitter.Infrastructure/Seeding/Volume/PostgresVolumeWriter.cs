using Npgsql;
using NpgsqlTypes;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>PostgreSQL: binary COPY per table and batch, all in one transaction.</summary>
public sealed class PostgresVolumeWriter(string connectionString) : IVolumeWriter
{
    private readonly NpgsqlConnection _connection = new(connectionString);
    private readonly List<string> _indexes = [];
    private NpgsqlTransaction? _transaction;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'; SET LOCAL synchronous_commit = off;", cancellationToken);
        var dropped = new List<string>();
        await using (var query = Command("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """))
        {
            query.Parameters.AddWithValue("tables", VolumeTable.Bulk.Select(t => t.Name).ToArray());
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dropped.Add(reader.GetString(0));
                _indexes.Add(reader.GetString(1));
            }
        }

        foreach (var name in dropped)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\"", cancellationToken);
        }
    }

    public async Task WriteAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var (table, rows) in batch.InWriteOrder())
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
            await using var import = await _connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            // Synchronous writes: COPY buffers them, and an awaited call per value costs more than the value.
            foreach (var row in rows)
            {
                import.StartRow();
                foreach (var value in row)
                {
                    Write(import, value);
                }
            }

            await import.CompleteAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(long headSequence, string headHash, Action<string> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using (var head = Command("UPDATE \"AuditChainHeads\" SET \"Sequence\" = @sequence, \"Hash\" = @hash WHERE \"Id\" = 1"))
        {
            head.Parameters.AddWithValue("sequence", headSequence);
            head.Parameters.AddWithValue("hash", headHash);
            await head.ExecuteNonQueryAsync(cancellationToken);
        }

        report($"Building {_indexes.Count} indexes…");
        foreach (var sql in _indexes)
        {
            await ExecuteAsync(sql, cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        _transaction = null;
        report("Vacuuming and analyzing…");
        await ExecuteAsync("VACUUM (ANALYZE)", cancellationToken);
    }

    public async Task<long> DatabaseSizeAsync(CancellationToken cancellationToken)
    {
        await using var size = Command("SELECT pg_database_size(current_database())");
        return (long)(await size.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    private static void Write(NpgsqlBinaryImporter import, object? value)
    {
        switch (value)
        {
            case null: import.WriteNull(); break;
            case string s: import.Write(s, NpgsqlDbType.Text); break;
            case int i: import.Write(i, NpgsqlDbType.Integer); break;
            case long l: import.Write(l, NpgsqlDbType.Bigint); break;
            case bool b: import.Write(b, NpgsqlDbType.Boolean); break;
            case Guid g: import.Write(g, NpgsqlDbType.Uuid); break;
            case DateTime t: import.Write(t, NpgsqlDbType.TimestampTz); break;
            case DateOnly d: import.Write(d, NpgsqlDbType.Date); break;
            case TimeOnly t: import.Write(t, NpgsqlDbType.Time); break;
            default: throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}.");
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
