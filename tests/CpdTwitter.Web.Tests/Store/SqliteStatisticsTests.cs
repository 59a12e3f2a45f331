using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>An index added to an analyzed SQLite store gets its statistics when the store is migrated.</summary>
public sealed class SqliteStatisticsTests
{
    [Fact]
    public async Task Migrating_an_analyzed_store_analyzes_a_table_with_an_index_that_has_no_statistics()
    {
        await using var factory = new CpdTwitterFactory { SeedDemo = true, Environment = "Development" };
        _ = factory.Services;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        (await db.Posts.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        // Statistics for one index of Posts only, as an older ANALYZE would have left them before a migration added the rest.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'Posts'");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('Posts', 'IX_Posts_XPostId', '999 1')");

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(TestContext.Current.CancellationToken);

        // ANALYZE Posts ran: it replaced what the table had.
        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE stat = '999 1'").SingleAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_store_never_analyzed_is_left_alone()
    {
        await using var factory = new CpdTwitterFactory();
        _ = factory.Services;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(TestContext.Current.CancellationToken);

        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_empty_table_is_not_analyzed_again_at_every_start()
    {
        await using var factory = new CpdTwitterFactory();
        _ = factory.Services;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        (await db.Posts.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'Posts'");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('Posts', 'IX_Posts_XPostId', '999 1')");

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(TestContext.Current.CancellationToken);

        // Analyzing the empty table would have removed the row and written none.
        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE stat = '999 1'").SingleAsync()).ShouldBe(1);
    }
}
