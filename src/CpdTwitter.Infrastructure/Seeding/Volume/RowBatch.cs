namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>Rows generated for a slice of the history, per table, handed to the writer in one go.</summary>
public sealed class RowBatch
{
    private readonly Dictionary<VolumeTable, List<object?[]>> _rows = [];

    public int PostsDone { get; set; }

    public int Count => _rows.Values.Sum(r => r.Count);

    public void Add(VolumeTable table, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != table.Columns.Length)
        {
            throw new InvalidOperationException($"{table.Name}: {values.Length} values for {table.Columns.Length} columns.");
        }

        if (!_rows.TryGetValue(table, out var rows))
        {
            rows = [];
            _rows[table] = rows;
        }

        rows.Add(values);
    }

    /// <summary>Each table's rows, parents before children (<see cref="VolumeTable.All"/>).</summary>
    public IEnumerable<(VolumeTable Table, List<object?[]> Rows)> InWriteOrder() =>
        VolumeTable.All.Where(_rows.ContainsKey).Select(t => (t, _rows[t]));
}
