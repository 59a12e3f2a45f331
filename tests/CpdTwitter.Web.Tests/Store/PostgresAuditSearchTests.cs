using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>The audit trail page's search (keyset pages, filters, Chicago dates) on a real PostgreSQL server.</summary>
public sealed class PostgresAuditSearchTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Filters_and_keyset_pages_work_on_PostgreSQL()
    {
        database.Require();
        await using var services = database.Services();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            for (var i = 0; i < 60; i++)
            {
                trail.Record(AuditActions.Rank.Added, AuditSubjects.Rank, $"pg {i}", i % 2 == 0 ? 7 : 9, new { i }, "pg.searcher");
            }

            await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var search = scope.ServiceProvider.GetRequiredService<AuditSearch>();
            var today = ChicagoTime.DateOf(DateTime.UtcNow);
            var filter = new AuditFilter("pg.searcher", AuditActions.Rank.Added, 7, today, today);

            var first = await search.PageAsync(filter, null, null);
            first.Total.ShouldBe(30);
            first.Events.Count.ShouldBe(30);
            first.Events.ShouldAllBe(e => e.District == 7 && e.Actor == "pg.searcher");
            first.OlderThan.ShouldBeNull();

            var all = await search.PageAsync(new AuditFilter(Actor: "pg.searcher"), null, null);
            all.Total.ShouldBe(60);
            all.Events.Count.ShouldBe(AuditSearch.PageSize);
            var older = await search.PageAsync(new AuditFilter(Actor: "pg.searcher"), all.OlderThan, null);
            older.Events.Count.ShouldBe(10);
            all.Events.Concat(older.Events).Select(e => e.Sequence).ShouldBe(all.Events.Concat(older.Events).Select(e => e.Sequence).OrderDescending());
            older.NewerThan.ShouldBe(older.Events[0].Sequence);
            var back = await search.PageAsync(new AuditFilter(Actor: "pg.searcher"), null, older.NewerThan);
            back.Events.Count.ShouldBe(AuditSearch.PageSize);
            back.Events[^1].Sequence.ShouldBe(older.Events[0].Sequence + 1);

            (await search.PageAsync(filter with { From = today.AddDays(1), To = null }, null, null)).Total.ShouldBe(0);
        }
    }
}
