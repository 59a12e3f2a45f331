using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// SQLite: prepared INSERTs in one transaction, with the journal in memory and no fsync for the load only (both
/// pragmas last as long as this connection). Values are written in the forms EF Core's SQLite provider reads back:
/// GUIDs as upper-case text, times as "yyyy-MM-dd HH:mm:ss.FFFFFFF", booleans as 0/1.
/// </summary>
public sealed class SqliteVolumeWriter(string connectionString) : IVolumeWriter
{
    private readonly SqliteConnection _connection = new(connectionString);
    private readonly Dictionary<VolumeTable, SqliteCommand> _inserts = [];
    private readonly List<string> _indexes = [];
    private SqliteTransaction? _transaction;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;", cancellationToken);
        _transaction = _connection.BeginTransaction();
        var tables = string.Join(", ", VolumeTable.Bulk.Select(t => $"'{t.Name}'"));
        var dropped = new List<string>();
        await using (var query = Command($"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({tables})"))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
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
            var insert = Insert(table);
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    insert.Parameters[i].Value = ToSqlite(row[i]);
                }

                insert.ExecuteNonQuery();
            }
        }
    }

    public async Task CompleteAsync(long headSequence, string headHash, Action<string> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using (var head = Command("UPDATE \"AuditChainHeads\" SET \"Sequence\" = $sequence, \"Hash\" = $hash WHERE \"Id\" = 1"))
        {
            head.Parameters.AddWithValue("$sequence", headSequence);
            head.Parameters.AddWithValue("$hash", headHash);
            await head.ExecuteNonQueryAsync(cancellationToken);
        }

        report($"Building {_indexes.Count} indexes…");
        foreach (var sql in _indexes)
        {
            await ExecuteAsync(sql, cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
        report("Analyzing…");
        await ExecuteAsync("ANALYZE", cancellationToken);
    }

    public async Task<long> DatabaseSizeAsync(CancellationToken cancellationToken)
    {
        await using var size = Command("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        return Convert.ToInt64(await size.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    internal static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString("D").ToUpperInvariant(),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        bool b => b ? 1L : 0L,
        _ => value,
    };

    private SqliteCommand Insert(VolumeTable table)
    {
        if (!_inserts.TryGetValue(table, out var insert))
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
            var values = string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"));
            insert = Command($"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({values})");
            for (var i = 0; i < table.Columns.Length; i++)
            {
                insert.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            insert.Prepare();
            _inserts[table] = insert;
        }

        return insert;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Table and column names come from VolumeTable and sqlite_master, never from input.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = _transaction;
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
