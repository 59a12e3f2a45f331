using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// The real app on a real SQLite file of its own (one per factory), in the Testing environment
/// (Secure cookies, no demo seed). Each test class gets a fresh database.
/// </summary>
public class CpdTwitterFactory : WebApplicationFactory<Program>
{
    public const string Password = "Correct-Horse-Battery-Staple-12";

    public CpdTwitterFactory()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>The data folder (SQLite file and key ring); a fresh one unless a test reuses a previous app's.</summary>
    public string DataPath { get; init; }

    public bool KeepDataOnDispose { get; init; }

    public string DatabaseFile => Path.Combine(DataPath, "cpdtwitter.db");

    public bool RequireMfa { get; init; }

    public string Environment { get; init; } = "Testing";

    public bool SeedDemo { get; init; }

    public string DatabaseProvider { get; init; } = "Sqlite";

    /// <summary>Further configuration for this app, e.g. <c>Devices:ReadAnywhere</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, the app's clock (sessions, lockout windows, audit times) is this fake one.</summary>
    public TimeProvider? Clock { get; init; }

    public string? ConnectionString { get; init; }

    /// <summary>
    /// Hash new passwords with the production work factor (600,000 PBKDF2 rounds, about 0.7 s of CPU each). Off by
    /// default: tests create and sign in hundreds of members, and the rounds are pinned by their own test. A hash
    /// records its rounds, so sign-in verifies either kind.
    /// </summary>
    public bool ProductionPasswordHashing { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (DatabaseProvider == Infrastructure.Data.DatabaseProvider.Sqlite && ConnectionString is null && !File.Exists(DatabaseFile))
        {
            MigratedSqliteTemplate.CopyTo(DatabaseFile);
        }

        builder.UseEnvironment(Environment);
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", DatabaseProvider);
        builder.UseSetting("ConnectionStrings:CpdTwitter", ConnectionString ?? $"Data Source={DatabaseFile}");
        builder.UseSetting("Security:RequireMfa", RequireMfa ? "true" : "false");
        builder.UseSetting("Seed:Demo", SeedDemo ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in far more often than people do, all from one address: the rate-limit tests set their own limits.
        builder.UseSetting("Security:SignInRateLimit:PerAddress", "100000");
        builder.UseSetting("Security:SignInRateLimit:PerLogOnId", "100000");
        // The capture of the accounts' timelines runs when a test asks for it (TimelineCapture.RunAsync), never on its own.
        builder.UseSetting("X:CaptureEnabled", "false");
        // Likewise the mentions poll: a test runs it with MentionsPoll.RunAsync.
        builder.UseSetting("X:MentionsPollEnabled", "false");
        // Queued records exports run when a test asks for it (RecordsExportWorker.RunPendingAsync).
        builder.UseSetting("Records:ExportWorkerEnabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(Clock));
        }

        if (!ProductionPasswordHashing)
        {
            builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        }
    }

    /// <summary>Creates a member directly in the store (as ISD would) and returns the account id.</summary>
    public async Task<string> CreateUserAsync(string logOnId, int? district, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var result = await administration.CreateAsync(new NewUser(logOnId, $"Test {logOnId}", $"{logOnId}@chicagopolice.org", district, roles, Password));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Id!;
    }

    /// <summary>A browser signed in as the member, who is created first if this app does not know them yet.</summary>
    public async Task<Browser> SignedInAsync(string logOnId, int? district, string role)
    {
        if (await FindUserAsync(logOnId) is null)
        {
            await CreateUserAsync(logOnId, district, role);
        }

        var browser = new Browser(CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    public async Task<T> WithServiceAsync<T, TService>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>
    /// The action names of every audit event about one subject (e.g. a user id, a post id, a district number for its X
    /// account or publishing switch), in the order they were recorded: what this test did, not what the class did.
    /// </summary>
    public Task<List<string>> AuditTrailAsync(string subjectType, string subjectId) =>
        WithServiceAsync<List<string>, CpdTwitter.Infrastructure.Data.CpdTwitterDbContext>(db => db.AuditEvents
            .Where(e => e.SubjectType == subjectType && e.SubjectId == subjectId)
            .OrderBy(e => e.Sequence)
            .Select(e => e.Action)
            .ToListAsync());

    public Task<ApplicationUser> FindUserAsync(string logOnId) =>
        WithServiceAsync<ApplicationUser, UserManager<ApplicationUser>>(async users => (await users.FindByNameAsync(logOnId))!);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataOnDispose)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown is left for the OS temp cleaner.
            }
        }
    }
}

public sealed class MfaFactory : CpdTwitterFactory
{
    public MfaFactory() => RequireMfa = true;
}
