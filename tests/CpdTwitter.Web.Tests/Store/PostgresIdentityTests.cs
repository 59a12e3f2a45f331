using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>The identity jobs' conditional UPDATEs (one-time TOTP step, inactive accounts) on a real PostgreSQL server.</summary>
public sealed class PostgresIdentityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_code_is_accepted_once_and_an_idle_account_is_disabled_on_PostgreSQL()
    {
        database.Require();
        await using (var services = database.Services())
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        var clock = new FakeTimeProvider(FixedClockFactory.Now);
        await using var factory = new CpdTwitterFactory { DatabaseProvider = "PostgreSql", ConnectionString = database.ConnectionString, Clock = clock, RequireMfa = true };
        var id = await factory.CreateUserAsync("po.pg.totp", 12, Roles.Representative);
        using var browser = new Browser(factory.CreateClient());
        var enrol = await browser.SignInAsync("po.pg.totp");
        var code = Totp.Code(enrol.Text("#authenticator-key"), clock.GetUtcNow());
        var done = await browser.SubmitAsync(enrol, new Dictionary<string, string> { ["Code"] = code });
        done.QuerySelectorAll("#recovery-codes li").Length.ShouldBe(10);
        await browser.SignOutAsync();
        await browser.SignInAsync("po.pg.totp");
        var replayed = await browser.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["Code"] = code });
        replayed.FieldError("Code").ShouldBe("That code is not correct or has expired. Enter the code shown now.");

        clock.Advance(TimeSpan.FromDays(91));
        await factory.Services.GetRequiredService<InactiveAccounts>().RunAsync();

        var user = await factory.WithServiceAsync<ApplicationUser, CpdTwitterDbContext>(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        user.DisabledAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        user.LastTotpTimeStep.ShouldBe(FixedClockFactory.Now.ToUnixTimeSeconds() / 30);
    }
}
