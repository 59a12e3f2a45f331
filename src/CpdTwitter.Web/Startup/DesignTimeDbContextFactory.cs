using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CpdTwitter.Web.Startup;

/// <summary>
/// Used by <c>dotnet ef</c> only: picks the provider from <c>Database__Provider</c> so each
/// migrations assembly is generated against its own provider. No connection is opened.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CpdTwitterDbContext>
{
    public CpdTwitterDbContext CreateDbContext(string[] args)
    {
        var provider = DatabaseProvider.Parse(Environment.GetEnvironmentVariable("Database__Provider"));
        var connection = provider switch
        {
            DatabaseProvider.SqlServer => "Server=localhost;Database=CpdTwitter;Trusted_Connection=True;TrustServerCertificate=True",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=cpdtwitter",
            _ => "Data Source=design-time.db",
        };
        var options = new DbContextOptionsBuilder<CpdTwitterDbContext>();
        DatabaseProvider.Configure(options, provider, connection);
        return new CpdTwitterDbContext(options.Options);
    }
}
