using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// Holds <see cref="VolumeTable"/> to the EF model before anything is written: every column it writes exists, and
/// every required column without a default is written. A schema change that the seed does not know stops it here.
/// </summary>
internal static class VolumeColumns
{
    public static void Check(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var table in VolumeTable.All)
        {
            var entity = model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == table.Name && !e.IsOwned())
                ?? throw new InvalidOperationException($"seed-volume: the model has no table {table.Name}.");
            var store = StoreObjectIdentifier.Table(table.Name, entity.GetSchema());
            var columns = entity.GetProperties().ToDictionary(p => p.GetColumnName(store) ?? p.Name, StringComparer.Ordinal);
            var unknown = table.Columns.Where(c => !columns.ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"seed-volume: {table.Name} has no column {string.Join(", ", unknown)}.");
            }

            var missing = columns.Values
                .Where(p => !p.IsNullable && p.GetDefaultValueSql() is null && p.GetDefaultValue() is null && !p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)
                    && !table.Columns.Contains(p.GetColumnName(store)))
                .Select(p => p.GetColumnName(store))
                .ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"seed-volume does not write the required column(s) {string.Join(", ", missing)} of {table.Name}.");
            }
        }
    }
}
