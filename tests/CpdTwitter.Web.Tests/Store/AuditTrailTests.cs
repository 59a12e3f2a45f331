using Microsoft.Extensions.DependencyInjection;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Store;

public sealed class AuditTrailTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private static async Task ExecuteAsync(CpdTwitterFactory app, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static Dictionary<string, string> AppEnvironment(CpdTwitterFactory app) => new()
    {
        ["Storage__DataPath"] = app.DataPath,
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__CpdTwitter"] = $"Data Source={app.DatabaseFile}",
    };

    [Fact]
    public async Task The_audit_table_refuses_update_and_delete()
    {
        await factory.CreateUserAsync("po.trigger", 12, Roles.Representative);

        var update = await Should.ThrowAsync<SqliteException>(() => ExecuteAsync(factory, "UPDATE \"AuditEvents\" SET \"Actor\" = 'someone'"));
        update.Message.ShouldContain("append-only");
        var delete = await Should.ThrowAsync<SqliteException>(() => ExecuteAsync(factory, "DELETE FROM \"AuditEvents\""));
        delete.Message.ShouldContain("append-only");
    }

    [Fact]
    public async Task Audit_verify_reports_an_intact_chain_then_the_first_tampered_row()
    {
        // Tampering needs the triggers dropped: on a database of its own, so no other test sees it.
        await using var factory = new CpdTwitterFactory();
        await factory.CreateUserAsync("po.chain1", 12, Roles.Representative);
        await factory.CreateUserAsync("po.chain2", 12, Roles.Representative);
        await factory.CreateUserAsync("po.chain3", 12, Roles.Representative);
        (await factory.WithServiceAsync<bool, AuditVerifier>(async v => (await v.VerifyAsync()).IsIntact)).ShouldBeTrue();
        var intact = await AppProcess.RunAsync(AppEnvironment(factory), "audit", "verify");
        intact.ExitCode.ShouldBe(0, intact.All);
        intact.Output.ShouldContain("Audit chain intact");

        var target = await factory.WithServiceAsync<long, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.Details.Contains("po.chain2")).Select(e => e.Sequence).SingleAsync());
        await ExecuteAsync(factory, "DROP TRIGGER \"TR_AuditEvents_NoUpdate\"");
        await ExecuteAsync(factory, $"UPDATE \"AuditEvents\" SET \"Actor\" = 'someone.else' WHERE \"Sequence\" = {target}");

        var broken = await factory.WithServiceAsync<CpdTwitter.Domain.Audit.AuditVerification, AuditVerifier>(v => v.VerifyAsync());
        broken.IsIntact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(target);

        var cli = await AppProcess.RunAsync(AppEnvironment(factory), "audit", "verify");
        cli.ExitCode.ShouldBe(3, cli.All);
        cli.Output.ShouldContain($"Audit chain broken at event #{target}");
    }

    [Fact]
    public async Task Writing_an_audit_event_around_the_audit_trail_is_refused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        db.AuditEvents.Add(new CpdTwitter.Domain.Audit.AuditEvent(DateTime.UtcNow, "x", "y", "z", null, null, "{}"));

        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldBe("Audit events are written through AuditTrail only.");
    }

    [Fact]
    public async Task Several_events_in_one_unit_of_work_are_chained_in_the_order_recorded()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var first = trail.Record("test.first", "Test", "1");
        var second = trail.Record("test.second", "Test", "2");
        var third = trail.Record("test.third", "Test", "3");

        await db.SaveChangesAsync();

        second.Sequence.ShouldBe(first.Sequence + 1);
        third.Sequence.ShouldBe(second.Sequence + 1);
        third.PreviousHash.ShouldBe(second.Hash);
        (await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).IsIntact.ShouldBeTrue();
    }
}
