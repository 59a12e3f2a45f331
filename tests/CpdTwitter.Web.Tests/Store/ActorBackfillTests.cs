using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>
/// Records written before they kept account ids named the actor by log-on ID. Migrating gives them the account id and
/// display name of that account; a log-on ID no account has stays, in both columns.
/// </summary>
public sealed class ActorBackfillTests : IDisposable
{
    private const string Before = "20261125060414_ReviewAndDiscontinue";
    private const string DutyAndPauseById = "20261129022451_ActorsById";
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

    [Fact]
    public async Task Devices_accounts_registry_and_policy_lists_get_account_ids_and_display_names()
    {
        await using var provider = new ServiceCollection().AddLogging().AddCpdTwitterDatabase("Sqlite", $"Data Source={_file}").BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync(DutyAndPauseById);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "DisplayName", "DistrictNumber", "CreatedAt", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u-ortiz', 'cmdr.ortiz', 'CMDR.ORTIZ', 'o@chicagopolice.org', 'O@CHICAGOPOLICE.ORG', 1, 'Cmdr. Ortiz', 12, '2026-11-01 00:00:00', 0, 0, 1, 0),
                   ('u-grant', 'po.grant', 'PO.GRANT', 'g@chicagopolice.org', 'G@CHICAGOPOLICE.ORG', 1, 'P.O. Grant', 12, '2026-11-01 00:00:00', 0, 0, 1, 0),
                   ('u-bell', 'news.bell', 'NEWS.BELL', 'b@chicagopolice.org', 'B@CHICAGOPOLICE.ORG', 1, 'Marcus Bell', NULL, '2026-11-01 00:00:00', 0, 0, 1, 0),
                   ('u-whitfield', 'isd.whitfield', 'ISD.WHITFIELD', 'w@chicagopolice.org', 'W@CHICAGOPOLICE.ORG', 1, 'Dana Whitfield', NULL, '2026-11-01 00:00:00', 0, 0, 1, 0);
            INSERT INTO "Devices" ("Id", "AssetTag", "EnrolledBy", "EnrolledAt", "RevokedAt", "RevokedBy", "RevokeReason")
            VALUES ('33333333-3333-3333-3333-333333333333', 'CPD-LT-0412', 'isd.whitfield', '2026-11-01 00:00:00', '2026-11-02 00:00:00', 'isd.gone', 'Lost'),
                   ('44444444-4444-4444-4444-444444444444', 'CPD-LT-0413', 'isd.whitfield', '2026-11-01 00:00:00', NULL, NULL, NULL);
            INSERT INTO "XAccounts" ("District", "ProtectedAccessToken", "ProtectedAccessTokenSecret", "ConnectedBy", "ConnectedAt")
            VALUES (12, 'protected-token', 'protected-secret', 'isd.whitfield', '2026-11-01 00:00:00');
            INSERT INTO "RegistrySubmissions" ("Id", "District", "SubmittedBy", "SubmittedAt", "Summary", "AcknowledgedAt", "AcknowledgedBy")
            VALUES ('55555555-5555-5555-5555-555555555555', 12, 'cmdr.ortiz', '2026-11-01 00:00:00', 'Slot 1: P.O. Grant appointed.', '2026-11-02 00:00:00', 'news.bell');
            INSERT INTO "Appointments" ("Id", "District", "Slot", "UserId", "LogOnId", "Name", "Rank", "StarNumber", "EmployeeNumber", "Email", "SubmissionId", "AppointedBy", "AppointedAt", "EndedAt", "EndedBy", "EndReason", "AcknowledgedAt", "AcknowledgedBy")
            VALUES ('66666666-6666-6666-6666-666666666666', 12, 1, 'u-grant', 'po.grant', 'Aisha Grant', 'Police Officer', '14211', '604118', 'g@chicagopolice.org', '55555555-5555-5555-5555-555555555555', 'cmdr.ortiz', '2026-11-01 00:00:00', '2026-11-03 00:00:00', 'cmdr.retired', 'Transferred', '2026-11-02 00:00:00', 'news.bell');
            INSERT INTO "PolicyTerms" ("Id", "Kind", "Value", "AddedBy", "AddedAt")
            VALUES (100, 0, 'zz-test-term', 'news.bell', '2026-11-01 00:00:00');
            """);

        await migrator.MigrateAsync();

        var revoked = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "CPD-LT-0412");
        (revoked.EnrolledById, revoked.EnrolledByName, revoked.RevokedById, revoked.RevokedByName).ShouldBe(("u-whitfield", "Dana Whitfield", "isd.gone", "isd.gone"));
        var active = await db.Devices.AsNoTracking().SingleAsync(d => d.AssetTag == "CPD-LT-0413");
        (active.EnrolledById, active.EnrolledByName, active.RevokedById, active.RevokedByName).ShouldBe(("u-whitfield", "Dana Whitfield", null, null));
        var account = await db.XAccounts.AsNoTracking().SingleAsync();
        (account.ConnectedById, account.ConnectedByName).ShouldBe(("u-whitfield", "Dana Whitfield"));
        var submission = await db.RegistrySubmissions.AsNoTracking().SingleAsync();
        (submission.SubmittedById, submission.SubmittedByName, submission.AcknowledgedById, submission.AcknowledgedByName).ShouldBe(("u-ortiz", "Cmdr. Ortiz", "u-bell", "Marcus Bell"));
        var appointment = await db.Appointments.AsNoTracking().SingleAsync();
        (appointment.AppointedById, appointment.AppointedByName).ShouldBe(("u-ortiz", "Cmdr. Ortiz"));
        (appointment.EndedById, appointment.EndedByName).ShouldBe(("cmdr.retired", "cmdr.retired"));
        (appointment.AcknowledgedById, appointment.AcknowledgedByName).ShouldBe(("u-bell", "Marcus Bell"));
        var term = await db.PolicyTerms.AsNoTracking().SingleAsync(t => t.Id == 100);
        (term.AddedById, term.AddedByName).ShouldBe(("u-bell", "Marcus Bell"));
        var defaults = await db.PolicyTerms.AsNoTracking().Where(t => t.Id != 100).Select(t => new { t.AddedById, t.AddedByName }).Distinct().ToListAsync();
        defaults.ShouldHaveSingleItem().ShouldBe(new { AddedById = "News Affairs defaults", AddedByName = "News Affairs defaults" });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
