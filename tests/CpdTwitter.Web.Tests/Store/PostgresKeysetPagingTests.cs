using CpdTwitter.Domain.Notifications;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>The list pages' keyset paging (time, then id to break ties) on a real PostgreSQL server.</summary>
public sealed class PostgresKeysetPagingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly KeysetOrder<Notification> NewestFirst = KeysetOrder.ByTime<Notification>(n => n.CreatedAt, n => n.Id, newestFirst: true);

    [Fact]
    public async Task Pages_walk_rows_with_equal_times_once_each_both_ways_on_PostgreSQL()
    {
        database.Require();
        await using var services = database.Services();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        var userId = Guid.NewGuid().ToString();
        var start = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            db.Users.Add(new ApplicationUser { Id = userId, UserName = "pg.pager", NormalizedUserName = "PG.PAGER", DisplayName = "PG Pager", CreatedAt = start });
            // 70 notifications at only 7 distinct times: the id must break the ties the same way in the query and the token.
            db.Notifications.AddRange(Enumerable.Range(0, 70).Select(i => new Notification(userId, $"note {i}", "/Notifications", start.AddMinutes(i % 7))));
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
            var seen = new List<Notification>();
            var page = await mine.PageAsync(NewestFirst, null, 25);
            var pages = new List<KeysetPage<Notification>> { page };
            seen.AddRange(page.Items);
            while (page.Next is not null)
            {
                page = await mine.PageAsync(NewestFirst, page.Next, 25);
                pages.Add(page);
                seen.AddRange(page.Items);
            }

            pages.Select(p => p.Items.Count).ShouldBe([25, 25, 20]);
            pages.ShouldAllBe(p => p.Total == 70);
            pages.Select(p => p.First).ShouldBe([1, 26, 51]);
            seen.Select(n => n.Id).Distinct().Count().ShouldBe(70);
            seen.Select(n => n.CreatedAt).ShouldBe(seen.Select(n => n.CreatedAt).OrderDescending());

            var back = await mine.PageAsync(NewestFirst, pages[2].Previous, 25);
            back.Items.Select(n => n.Id).ShouldBe(pages[1].Items.Select(n => n.Id));
            back.First.ShouldBe(26);
        }
    }
}
