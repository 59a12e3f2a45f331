using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>PostgreSQL reports a unique violation in its own words (SqlState 23505): still a conflict, and any other error is not.</summary>
public sealed class PostgresUnitOfWorkTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static Task<Outcome> InsertSwitchAsync(IServiceProvider services, int district) =>
        services.GetRequiredService<UnitOfWork>().CommitAsync(() =>
        {
            services.GetRequiredService<CpdTwitterDbContext>().PublishingSwitches.Add(new PublishingSwitch(district));
            services.GetRequiredService<AuditTrail>().Record(AuditActions.Publishing.SergeantApprovalChanged, AuditSubjects.Publishing, district.ToString(System.Globalization.CultureInfo.InvariantCulture), district);
            return Task.FromResult("ok");
        }, CancellationToken.None);

    [Fact]
    public async Task A_unique_violation_is_a_conflict_and_a_refusing_trigger_is_a_plain_failure()
    {
        database.Require();
        await using var services = database.Services();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        await database.ExecuteAsync("""
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
            CREATE TRIGGER test_refuse_switch BEFORE INSERT ON "PublishingSwitches" FOR EACH ROW WHEN (NEW."Scope" = 21) EXECUTE FUNCTION test_refuse();
            """);

        await using (var scope = services.CreateAsyncScope())
        {
            (await InsertSwitchAsync(scope.ServiceProvider, 22)).Succeeded.ShouldBeTrue();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            (await InsertSwitchAsync(scope.ServiceProvider, 22)).Errors.ShouldBe([(string.Empty, UnitOfWork.ConflictMessage)]);
            (await InsertSwitchAsync(scope.ServiceProvider, 21)).Errors.ShouldBe([(string.Empty, UnitOfWork.FailureMessage)]);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            (await db.AuditEvents.Where(e => e.SubjectType == AuditSubjects.Publishing).Select(e => e.SubjectId).ToListAsync()).ShouldBe(["22"]);
            (await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).IsIntact.ShouldBeTrue();
        }
    }
}
