using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Store;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Migrate_creates_the_database_and_exits()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "fresh.db");

        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = folder,
            ["ConnectionStrings__CpdTwitter"] = $"Data Source={file}",
        }, "migrate");

        result.ExitCode.ShouldBe(0, result.All);
        File.Exists(file).ShouldBeTrue();
        var again = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = folder,
            ["ConnectionStrings__CpdTwitter"] = $"Data Source={file}",
        }, "audit", "verify");
        again.Output.ShouldContain("Audit chain intact: 0 events verified.");
    }

    [Fact]
    public async Task An_unknown_provider_stops_with_one_clear_line_and_no_stack_trace()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
            ["Database__Provider"] = "Oracle",
        }, "migrate");

        result.ExitCode.ShouldBe(1);
        result.All.ShouldContain("Database:Provider 'Oracle' is not supported; use one of Sqlite, SqlServer, PostgreSql.");
        result.All.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unreachable_database_stops_with_one_clear_line()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__CpdTwitter"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
        }, "migrate");

        result.ExitCode.ShouldBe(1);
        result.All.ShouldContain("Cannot reach the database");
        result.All.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unknown_audit_command_shows_usage()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
        }, "audit", "explode");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("audit verify");
    }
}
