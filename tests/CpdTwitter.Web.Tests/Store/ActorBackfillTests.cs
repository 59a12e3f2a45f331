using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>
/// Duty and pause records written before they kept account ids named the actor by log-on ID. Migrating gives them the
/// account id and display name of that account; a log-on ID no account has stays, in both columns.
/// </summary>
public sealed class ActorBackfillTests : IDisposable
{
    private const string Before = "20261125060414_ReviewAndDiscontinue";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cpdtwitter-backfill-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Log_on_IDs_become_account_ids_and_display_names()
    {
        await using var provider = new ServiceCollection().AddLogging().AddCpdTwitterDatabase("Sqlite", $"Data Source={_file}").BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync(Before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "DisplayName", "DistrictNumber", "CreatedAt", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u-ortiz', 'cmdr.ortiz', 'CMDR.ORTIZ', 'o@chicagopolice.org', 'O@CHICAGOPOLICE.ORG', 1, 'Cmdr. Ortiz', 12, '2026-11-01 00:00:00', 0, 0, 1, 0),
                   ('u-grant', 'po.grant', 'PO.GRANT', 'g@chicagopolice.org', 'G@CHICAGOPOLICE.ORG', 1, 'P.O. Grant', 12, '2026-11-01 00:00:00', 0, 0, 1, 0);
            INSERT INTO "Watches" ("Id", "UserId", "District", "Day", "Start", "End", "SetBy", "SetAt")
            VALUES ('11111111-1111-1111-1111-111111111111', 'u-grant', 12, 'Monday', '06:00:00', '18:00:00', 'cmdr.ortiz', '2026-11-01 00:00:00');
            INSERT INTO "DutyGrants" ("Id", "UserId", "District", "Kind", "FromUtc", "UntilUtc", "GrantedBy", "Reason", "GrantedAt")
            VALUES ('22222222-2222-2222-2222-222222222222', 'u-grant', 12, 'Override', '2026-11-01 10:00:00', '2026-11-01 12:00:00', 'retired.sgt', 'Parade', '2026-11-01 00:00:00');
            INSERT INTO "PublishingSwitches" ("Scope", "PausedAt", "PausedBy", "PauseReason", "RequireSergeantApproval", "ReviewWithinHours")
            VALUES (12, '2026-11-01 00:00:00', 'cmdr.ortiz', 'Incident', 0, 72), (11, NULL, NULL, NULL, 0, 72);
            """);

        await migrator.MigrateAsync();

        var watch = await db.Watches.AsNoTracking().SingleAsync();
        (watch.SetById, watch.SetByName).ShouldBe(("u-ortiz", "Cmdr. Ortiz"));
        var grant = await db.DutyGrants.AsNoTracking().SingleAsync();
        (grant.GrantedById, grant.GrantedByName).ShouldBe(("retired.sgt", "retired.sgt"));
        var paused = await db.PublishingSwitches.AsNoTracking().SingleAsync(s => s.Scope == 12);
        (paused.PausedById, paused.PausedByName).ShouldBe(("u-ortiz", "Cmdr. Ortiz"));
        var running = await db.PublishingSwitches.AsNoTracking().SingleAsync(s => s.Scope == 11);
        (running.PausedById, running.PausedByName).ShouldBe((null, null));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
