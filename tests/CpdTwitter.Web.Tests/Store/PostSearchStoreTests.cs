using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>
/// The feed's full-text search on each store that has one: postings written before the migration are found (the
/// migration fills the index), later ones and changed text too, every word must match in any case, and nothing typed
/// makes the query fail.
/// </summary>
internal static class PostSearchScenario
{
    public static async Task RunAsync(ServiceProvider services)
    {
        var start = new DateTime(2026, 10, 1, 15, 0, 0, DateTimeKind.Utc);
        await using (var scope = services.CreateAsyncScope())
        {
            // The store as it was before the feed's migration, with a posting already in it.
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_PostingsFeed", StringComparison.Ordinal)) - 1]);
            db.Users.Add(new ApplicationUser { Id = "search-author", UserName = "search.author", NormalizedUserName = "SEARCH.AUTHOR", DisplayName = "Search Author", CreatedAt = start });
            await db.SaveChangesAsync();
            // Written in SQL with the table's columns of that time: the model has columns added by later migrations.
            var id = Guid.NewGuid();
            object key = db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id;
            var text = "Catalytic converter THEFTS near Halsted before the migration.";
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Posts" ("Id", "District", "AuthorId", "AuthorName", "CreatedAt", "UpdatedAt", "State", "Category", "Text", "RoutingReasons", "RevisionNumber", "Images", "MarkedNotable", "Sandbox", "Version", "SubmittedAt", "SubmittedRevision", "SubmittedText", "ReleasedAt")
                VALUES ({key}, 12, 'search-author', 'Search Author', {start}, {start}, {(int)PostState.Queued}, {(int)PostCategory.CrimePreventionTip}, {text}, '', 1, '[]', {false}, {false}, 1, {start}, 1, {text}, {start})
                """);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var later = Post.Draft(12, "search-author", "Search Author", new PostContent(PostCategory.CommunityAlert, "A converter for the meeting room.", null, false, null), start.AddDays(1));
            var revised = Post.Draft(11, "search-author", "Search Author", new PostContent(PostCategory.CommunityAlert, "First wording about bicycles.", null, false, null), start.AddDays(1));
            db.Posts.AddRange(later, revised);
            await db.SaveChangesAsync();
            revised.Revise("search-author", "Search Author", new PostContent(PostCategory.CommunityAlert, "Second phrasing about scooters.", null, false, null), start.AddDays(2));
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var search = new PostSearch(db);
            async Task<List<string>> Find(string typed) =>
                await search.Matching(PostSearch.Words(typed)).OrderBy(p => p.CreatedAt).Select(p => p.Text).ToListAsync();

            (await Find("catalytic")).ShouldBe(["Catalytic converter THEFTS near Halsted before the migration."]);
            (await Find("CONVERTER")).Count.ShouldBe(2);
            (await Find("converter halsted")).Count.ShouldBe(1);
            (await Find("theft")).Count.ShouldBe(1);
            (await Find("phrasing scooters")).ShouldBe(["Second phrasing about scooters."]);
            (await Find("wording")).ShouldBeEmpty();
            (await Find("converter NEAR meeting")).ShouldBeEmpty();
            foreach (var typed in new[] { "\"converter", "converter AND OR NOT", "NEAR(converter room", "Text:converter", "conv*", "^converter", "'; DROP TABLE \"Posts\"; --", "converter -room", "a & b | !c", "converter:*" })
            {
                await Find(typed);
            }
        }
    }
}

public sealed class SqlitePostSearchTests
{
    [Fact]
    public async Task Search_finds_postings_from_before_the_migration_and_changed_text_on_SQLite()
    {
        var folder = Directory.CreateTempSubdirectory("cpd-search-");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
            services.AddSingleton<CpdTwitter.Infrastructure.Audit.IAuditActor, CpdTwitter.Infrastructure.Audit.SystemAuditActor>();
            services.AddCpdTwitterDatabase("Sqlite", $"Data Source={Path.Combine(folder.FullName, "search.db")}");
            await using var provider = services.BuildServiceProvider();
            await PostSearchScenario.RunAsync(provider);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

public sealed class PostgresPostSearchTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Search_finds_postings_from_before_the_migration_and_changed_text_on_PostgreSQL()
    {
        database.Require();
        await using var services = database.Services();
        await PostSearchScenario.RunAsync(services);
    }
}
