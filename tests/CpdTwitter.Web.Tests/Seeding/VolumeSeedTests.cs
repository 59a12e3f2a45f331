using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Seeding.Volume;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CpdTwitter.Web.Tests.Seeding;

/// <summary>
/// <c>seed-volume</c> at a small size: the tables are filled in the asked proportions, the audit chain verifies with
/// the app's verifier, a second run refuses, and the bench accounts open their pages on the seeded store.
/// </summary>
public sealed class VolumeSeedTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private const string Password = "Bench-Volume-Test-2026";
    private const int Posts = 2000;

    [Fact]
    public async Task The_command_fills_an_empty_SQLite_store_that_verifies_and_refuses_a_second_run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N"));
        var connectionString = $"Data Source={Path.Combine(folder, "cpdtwitter.db")}";
        var environment = new Dictionary<string, string>
        {
            ["Storage__DataPath"] = folder,
            ["ConnectionStrings__CpdTwitter"] = connectionString,
            [VolumeOptions.PasswordVariable] = Password,
        };

        var first = await AppProcess.RunAsync(environment, "seed-volume", "--posts", $"{Posts}", "--years", "2", "--unreviewed-district", "12", "--unreviewed", "40");
        first.ExitCode.ShouldBe(0, first.All);
        first.Output.ShouldContain("100%");
        first.Output.ShouldContain("database size");

        var again = await AppProcess.RunAsync(environment, "seed-volume", "--posts", "10");
        again.ExitCode.ShouldBe(VolumeSeeder.RefusedExitCode, again.All);
        again.Output.ShouldContain("fills an empty database only");

        var verify = await AppProcess.RunAsync(environment, "audit", "verify");
        verify.ExitCode.ShouldBe(0, verify.All);

        await using (var services = Services("Sqlite", connectionString))
        {
            await AssertStoreAsync(services);
        }

        using var factory = new CpdTwitterFactory { DataPath = folder };
        await AssertPagesOpenAsync(factory);
    }

    [Fact]
    public async Task The_seeder_fills_an_empty_PostgreSQL_store_that_verifies_and_refuses_a_second_run()
    {
        postgres.Require();
        await using var services = Services("PostgreSql", postgres.ConnectionString);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            var seeder = ActivatorUtilities.CreateInstance<VolumeSeeder>(scope.ServiceProvider);
            var options = VolumeOptions.Default with { Posts = Posts, Years = 2, Password = Password, UnreviewedDistrict = 12, Unreviewed = 40 };
            (await seeder.RunAsync(options, TextWriter.Null)).ShouldBe(0);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var seeder = ActivatorUtilities.CreateInstance<VolumeSeeder>(scope.ServiceProvider);
            (await seeder.RunAsync(VolumeOptions.Default with { Posts = 10 }, TextWriter.Null)).ShouldBe(VolumeSeeder.RefusedExitCode);
        }

        await AssertStoreAsync(services);
        using var factory = new CpdTwitterFactory { DatabaseProvider = "PostgreSql", ConnectionString = postgres.ConnectionString };
        await AssertPagesOpenAsync(factory);
    }

    [Fact]
    public void Generated_texts_are_routed_only_when_marked_notable()
    {
        var texts = new PostTexts(new Bogus.Faker("en") { Random = new Bogus.Randomizer(7) });
        foreach (var district in Domain.Districts.ChicagoDistricts.All.Select(d => d.Number))
        {
            foreach (var category in PostCategories.All)
            {
                for (var i = 0; i < 20; i++)
                {
                    var text = texts.Write(category, district, DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
                    text = i % 2 == 0 ? text : texts.Revise(text);
                    PostPolicy.Review(text, false, district, PolicyLists.Defaults).RoutesToNewsAffairs.ShouldBeFalse(text);
                    TweetText.Measure(text).IsValid.ShouldBeTrue(text);
                }
            }
        }
    }

    private static async Task AssertStoreAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        (await db.Posts.CountAsync()).ShouldBe(Posts);
        var states = await db.Posts.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        states.GetValueOrDefault(PostState.Reviewed).ShouldBeGreaterThan(Posts * 8 / 10);
        states.GetValueOrDefault(PostState.Published).ShouldBeGreaterThanOrEqualTo(40);
        states.GetValueOrDefault(PostState.Discontinued).ShouldBeGreaterThan(0);
        states.GetValueOrDefault(PostState.Rejected).ShouldBeGreaterThan(0);
        (await db.Posts.CountAsync(p => p.District == 12 && p.State == PostState.Published)).ShouldBeGreaterThanOrEqualTo(40);
        (await db.PostRevisions.CountAsync()).ShouldBeGreaterThan(Posts);
        (await db.PostDecisions.CountAsync(d => d.Role == "Office of News Affairs")).ShouldBeGreaterThan(0);
        (await db.PostReviews.CountAsync()).ShouldBe(await db.Posts.CountAsync(p => p.ReviewedAt != null));
        (await db.Notifications.CountAsync()).ShouldBeGreaterThan(Posts);
        (await db.Appointments.CountAsync(a => a.EndedAt == null)).ShouldBe(44);
        (await db.Appointments.CountAsync(a => a.EndedAt != null)).ShouldBeGreaterThan(0);
        var events = await db.AuditEvents.LongCountAsync();
        events.ShouldBeInRange(Posts * 8L, Posts * 12L);

        var verified = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        verified.IsIntact.ShouldBeTrue(verified.Message);
        verified.VerifiedCount.ShouldBe(events);
    }

    private static async Task AssertPagesOpenAsync(CpdTwitterFactory factory)
    {
        var post = await factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db =>
            db.Posts.Where(p => p.District == 12 && p.State == PostState.Published).Select(p => p.Id).FirstAsync());
        (string LogOnId, string[] Pages)[] accounts =
        [
            ("bench.rep012", ["/", "/Drafts", "/Notifications", $"/Posts/{post}"]),
            ("bench.sgt012", ["/", "/Review", "/Review/Approvals", $"/Posts/{post}"]),
            ("bench.cmd012", ["/", "/Review", "/Commander/Representatives", "/Commander/Duty", $"/Posts/{post}"]),
            ("bench.news", ["/", "/NewsAffairs/Approvals", "/Publishing", $"/Posts/{post}"]),
            ("bench.isd", ["/", "/Admin/Audit", "/Admin/Users", "/Publishing"]),
        ];
        foreach (var (logOnId, pages) in accounts)
        {
            using var browser = new Browser(factory.CreateClient());
            await browser.SignInAsync(logOnId, Password);
            foreach (var page in pages)
            {
                await browser.GetAsync(page);
                browser.Status.ShouldBe(System.Net.HttpStatusCode.OK, $"{logOnId} {page}");
                browser.Path.ShouldBe(page.Split('?')[0], $"{logOnId} {page}");
            }
        }
    }

    private static ServiceProvider Services(string provider, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IAuditActor, SystemAuditActor>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<ApplicationUser>, PasswordHasher<ApplicationUser>>();
        services.AddCpdTwitterDatabase(provider, connectionString);
        return services.BuildServiceProvider();
    }
}
