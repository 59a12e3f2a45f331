using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>Which database the app runs on: <c>Database:Provider</c> = Sqlite (default) | SqlServer | PostgreSql.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);
    public const string PostgreSql = nameof(PostgreSql);

    public static IReadOnlyList<string> All { get; } = [Sqlite, SqlServer, PostgreSql];

    /// <summary>Normalises the configured name or explains, in one sentence, why it cannot be used.</summary>
    public static string Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Sqlite;
        }

        return All.FirstOrDefault(p => string.Equals(p, configured.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new StartupException(
                $"Database:Provider '{configured}' is not supported; use one of {string.Join(", ", All)}.");
    }

    public static void Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (provider)
        {
            case Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly("CpdTwitter.Migrations.Sqlite"));
                break;
            case SqlServer:
                options.UseSqlServer(connectionString, o => o.MigrationsAssembly("CpdTwitter.Migrations.SqlServer"));
                break;
            case PostgreSql:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly("CpdTwitter.Migrations.PostgreSql"));
                break;
            default:
                throw new StartupException($"Database:Provider '{provider}' is not supported.");
        }
    }
}
