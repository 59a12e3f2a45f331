using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Export;
using CpdTwitter.Infrastructure.Seeding.Volume;

namespace CpdTwitter.Web.Startup;

/// <summary>
/// Operator commands run with the same configuration as the app:
/// <c>migrate</c> applies migrations and exits; <c>audit verify</c> walks the audit chain;
/// <c>records export</c> writes a public-records package (a signed, zipped BagIt bag);
/// <c>seed-volume</c> migrates and fills an empty database with years of generated use (docs/operations.md).
/// </summary>
public sealed class CommandLine
{
    private readonly Func<IServiceProvider, Task<int>> _run;

    private CommandLine(Func<IServiceProvider, Task<int>> run) => _run = run;

    public static CommandLine? Parse(string[] args) => args switch
    {
        ["migrate", ..] => new CommandLine(MigrateAsync),
        ["seed-volume", .. var options] => new CommandLine(services => SeedVolumeAsync(services, options)),
        ["audit", "verify", ..] => new CommandLine(VerifyAuditAsync),
        ["audit", ..] => new CommandLine(_ => Usage("audit verify")),
        ["records", "export", .. var options] => new CommandLine(services => ExportRecordsAsync(services, options)),
        ["records", ..] => new CommandLine(_ => Usage(RecordsExportArguments.Usage)),
        _ => null,
    };

    public async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        return await _run(scope.ServiceProvider);
    }

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return 0;
    }

    private static async Task<int> SeedVolumeAsync(IServiceProvider services, string[] args)
    {
        var (options, error) = VolumeOptions.Parse(args, Environment.GetEnvironmentVariable(VolumeOptions.PasswordVariable));
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return await Usage(VolumeOptions.Usage);
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return await ActivatorUtilities.CreateInstance<VolumeSeeder>(services).RunAsync(options, Console.Out);
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services)
    {
        var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync();
        await Console.Out.WriteLineAsync(result.Message);
        return result.IsIntact ? 0 : 3;
    }

    private static async Task<int> ExportRecordsAsync(IServiceProvider services, string[] args)
    {
        var (arguments, error) = RecordsExportArguments.Parse(args, Directory.GetCurrentDirectory());
        if (arguments is null)
        {
            await Console.Error.WriteLineAsync(error);
            return await Usage(RecordsExportArguments.Usage);
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var result = await services.GetRequiredService<RecordsExportRun>().RunFromCommandLineAsync(arguments.Request, arguments.Folder);
        await Console.Out.WriteLineAsync(result.Path);
        await Console.Out.WriteLineAsync(
            $"{result.Postings} postings, {result.Events} history events, {result.Redactions} values redacted, {result.Images} images, {result.PayloadBytes} payload bytes.");
        return 0;
    }

    private static async Task<int> Usage(string expected)
    {
        await Console.Error.WriteLineAsync($"Usage: dotnet run --project src/CpdTwitter.Web -- {expected}");
        return 2;
    }
}
