using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Records.Checkpoints;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Export;
using CpdTwitter.Infrastructure.Seeding.Volume;

namespace CpdTwitter.Web.Startup;

/// <summary>
/// Operator commands run with the same configuration as the app:
/// <c>migrate</c> applies migrations and exits; <c>audit verify</c> walks the audit chain and its signed checkpoints; <c>audit checkpoints</c> lists them;
/// <c>records export</c> writes a public-records package (a signed, zipped BagIt bag);
/// <c>seed-volume</c> migrates and fills an empty database with years of generated use (docs/operations.md).
/// </summary>
public sealed class CommandLine
{
    private readonly Func<IServiceProvider, Task<int>> _run;

    /// <summary>The exit code for a broken chain or a failed checkpoint.</summary>
    public const int BrokenExitCode = 3;

    private CommandLine(Func<IServiceProvider, Task<int>> run) => _run = run;

    public static CommandLine? Parse(string[] args) => args switch
    {
        ["migrate", ..] => new CommandLine(MigrateAsync),
        ["seed-volume", .. var options] => new CommandLine(services => SeedVolumeAsync(services, options)),
        ["audit", "verify", ..] => new CommandLine(VerifyAuditAsync),
        ["audit", "checkpoints", ..] => new CommandLine(PrintCheckpointsAsync),
        ["audit", ..] => new CommandLine(_ => Usage("audit verify | audit checkpoints")),
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
        var result = await services.GetRequiredService<SignedAuditVerifier>().VerifyAndRecordAsync(VerificationSource.CommandLine);
        await Console.Out.WriteLineAsync(result.Message);
        return result.IsIntact ? 0 : BrokenExitCode;
    }

    /// <summary>Every checkpoint in the log, one line each, for an auditor; exit 3 when any line or signature fails.</summary>
    private static async Task<int> PrintCheckpointsAsync(IServiceProvider services)
    {
        var log = services.GetRequiredService<CheckpointLog>();
        var trusted = services.GetRequiredService<CheckpointKeys>().Trusted();
        await Console.Out.WriteLineAsync($"Checkpoint log: {log.Path}");
        await Console.Out.WriteLineAsync("Sequence | Time (UTC) | Time (Chicago) | Hash | Key | Signature");
        var count = 0;
        var failed = 0;
        foreach (var (line, checkpoint) in log.ReadAll())
        {
            if (checkpoint is null)
            {
                failed++;
                await Console.Out.WriteLineAsync($"line {line}: not a checkpoint (the log was edited)");
                continue;
            }

            count++;
            var signature = CheckpointKeys.Check(trusted, checkpoint);
            failed += signature == CheckpointSignature.Valid ? 0 : 1;
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"#{checkpoint.Sequence} | {checkpoint.At:yyyy-MM-dd HH:mm:ss} UTC | {ChicagoTime.Format(checkpoint.At)} | {checkpoint.Hash} | {checkpoint.KeyId} | {Describe(signature)}"));
        }

        await Console.Out.WriteLineAsync(failed == 0
            ? $"{count} checkpoints, every signature valid."
            : $"{count} checkpoints; {failed} failed (see above).");
        return failed == 0 ? 0 : BrokenExitCode;
    }

    private static string Describe(CheckpointSignature signature) => signature switch
    {
        CheckpointSignature.Valid => "signature valid",
        CheckpointSignature.UnknownKey => "NOT VALID: signed with a key that is not trusted",
        _ => "NOT VALID: signature does not verify",
    };

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
            $"{result.Postings} postings, {result.Events} history events, {result.Redactions} values redacted, {result.Images} images, {result.Mentions} mentions, {result.PayloadBytes} payload bytes.");
        return 0;
    }

    private static async Task<int> Usage(string expected)
    {
        await Console.Error.WriteLineAsync($"Usage: dotnet run --project src/CpdTwitter.Web -- {expected}");
        return 2;
    }
}
