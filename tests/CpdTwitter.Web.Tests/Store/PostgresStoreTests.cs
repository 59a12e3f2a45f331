using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>The store on a real PostgreSQL server: migrations, the append-only trail, concurrent appenders, and the app itself.</summary>
public sealed class PostgresStoreTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private async Task MigrateAsync()
    {
        await using var services = database.Services();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    [Fact]
    public async Task The_migrate_command_applies_every_migration_to_a_fresh_database()
    {
        database.Require();

        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__CpdTwitter"] = database.ConnectionString,
        }, "migrate");

        result.ExitCode.ShouldBe(0, result.All);
        await using var services = database.Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Districts.CountAsync()).ShouldBe(22);
        (await db.Roles.Select(r => r.Name).ToListAsync()).ShouldBe(Roles.All, ignoreOrder: true);
    }

    [Fact]
    public async Task Audit_events_append_and_verify_after_a_round_trip()
    {
        database.Require();
        await MigrateAsync();
        await using var services = database.Services();

        await using (var scope = services.CreateAsyncScope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            trail.Record("test.append", "Test", "a", 12, new { note = "first" });
            trail.Record("test.append", "Test", "b", null, new { note = "second, with ünïcode" });
            await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
            result.IsIntact.ShouldBeTrue(result.Message);
            result.VerifiedCount.ShouldBe(await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().AuditEvents.LongCountAsync()); // every event, these two included
            (await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().AuditEvents.Where(e => e.Action == "test.append").Select(e => e.SubjectId).ToListAsync()).ShouldBe(["a", "b"], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task The_trigger_refuses_update_delete_and_truncate()
    {
        database.Require();
        await MigrateAsync();
        await using (var services = database.Services())
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record("test.trigger", "Test", "t");
            await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync();
        }

        (await Should.ThrowAsync<PostgresException>(() => database.ExecuteAsync("UPDATE \"AuditEvents\" SET \"Actor\" = 'x'")))
            .MessageText.ShouldBe("audit events are append-only");
        (await Should.ThrowAsync<PostgresException>(() => database.ExecuteAsync("DELETE FROM \"AuditEvents\"")))
            .MessageText.ShouldBe("audit events are append-only");
        (await Should.ThrowAsync<PostgresException>(() => database.ExecuteAsync("TRUNCATE \"AuditEvents\"")))
            .MessageText.ShouldBe("audit events are append-only");
    }

    [Fact]
    public async Task Concurrent_writers_extend_one_unbroken_chain()
    {
        database.Require();
        await MigrateAsync();
        await using var services = database.Services();
        long before;
        await using (var scope = services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().AuditEvents.LongCountAsync();
        }

        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<AuditTrail>().Record("test.concurrent", "Writer", $"{writer}-{i}");
                await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync();
            }
        }));
        await Task.WhenAll(writers);

        await using (var scope = services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
            result.IsIntact.ShouldBeTrue(result.Message);
            result.VerifiedCount.ShouldBe(before + 100);
        }
    }

    [Fact]
    public async Task The_app_runs_on_PostgreSQL_and_a_member_signs_in()
    {
        database.Require();
        await MigrateAsync();
        await using var factory = new CpdTwitterFactory { DatabaseProvider = "PostgreSql", ConnectionString = database.ConnectionString };
        await factory.CreateUserAsync("po.postgres", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());

        var home = await browser.SignInAsync("po.postgres");

        browser.Path.ShouldBe("/");
        home.Text("main").ShouldContain("012 Near West");
        (await factory.WithServiceAsync<bool, AuditVerifier>(async v => (await v.VerifyAsync()).IsIntact)).ShouldBeTrue();
    }
}
