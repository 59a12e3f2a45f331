using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>Applies migrations (the <c>migrate</c> command, and SQLite at start-up) and refuses to run on an out-of-date server database.</summary>
public sealed partial class DatabaseInitializer(CpdTwitterDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await RequireReachableAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, pending.Count, db.Database.ProviderName ?? "?");
    }

    public async Task RequireUpToDateAsync(CancellationToken cancellationToken = default)
    {
        await RequireReachableAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new StartupException(
                $"The database has {pending.Count} migration(s) not applied (first: {pending[0]}); run `dotnet run --project src/CpdTwitter.Web -- migrate` or apply the idempotent script (docs/operations.md).");
        }
    }

    private async Task RequireReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (db.Database.IsSqlite())
            {
                return; // SQLite creates its file on first open.
            }

            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                throw new StartupException($"Cannot reach the database ({db.Database.ProviderName}): check ConnectionStrings:CpdTwitter and that the server is running.");
            }
        }
        catch (DbException ex)
        {
            throw new StartupException($"Cannot reach the database ({db.Database.ProviderName}): {ex.Message}", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated: {Count} migration(s) applied on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int count, string provider);
}
