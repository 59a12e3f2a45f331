using CpdTwitter.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class, on the server named by CPDTWITTER_TEST_POSTGRES
/// (e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>); dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "CPDTWITTER_TEST_POSTGRES";
    private string? _server;

    public string ConnectionString { get; private set; } = string.Empty;

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            Unavailable = $"PostgreSQL tests need {Variable} (see README: apt-get install postgresql, then start a server)";
            return;
        }

        var name = "cpdtwitter_test_" + Guid.NewGuid().ToString("N");
        try
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            Unavailable = $"PostgreSQL at {Variable} cannot be reached: {ex.Message}";
            return;
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;
    }

    public void Require() => Requirement.Need(Unavailable is null, "REQUIRE_POSTGRES", Unavailable ?? string.Empty);

    /// <summary>The app's own store services on this database, as the web app registers them.</summary>
    public ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<CpdTwitter.Infrastructure.Audit.IAuditActor, CpdTwitter.Infrastructure.Audit.SystemAuditActor>();
        services.AddCpdTwitterDatabase("PostgreSql", ConnectionString);
        return services.BuildServiceProvider();
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Unavailable is not null || _server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
