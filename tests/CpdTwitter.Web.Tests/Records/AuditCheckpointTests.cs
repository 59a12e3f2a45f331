using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Checkpoints;
using CpdTwitter.Infrastructure.Records.Signing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>
/// Issue 15: the audit chain must survive someone with write access to the database. Each attack runs on a database of
/// its own (the triggers are dropped), with the checkpoint writer driven by the test instead of its background poll.
/// </summary>
public sealed class AuditCheckpointTests
{
    private const string RecordsAddress = "records@chicagopolice.org";

    private static FixedClockFactory App(string? pickup = null) => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Records:Checkpoints:RunInBackground"] = "false",
            ["Records:Checkpoints:Email"] = RecordsAddress,
            ["Email:PickupDirectory"] = pickup ?? Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
            ["App:PublicBaseUrl"] = "https://cpdtwitter.test",
        },
    };

    private static Dictionary<string, string> Cli(FixedClockFactory app) => new()
    {
        ["Storage__DataPath"] = app.DataPath,
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__CpdTwitter"] = $"Data Source={app.DatabaseFile}",
    };

    private static async Task RecordAsync(FixedClockFactory app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        for (var i = 0; i < count; i++)
        {
            trail.Record(AuditActions.Rank.Added, AuditSubjects.Rank, $"Rank {i}", details: new { i }, actorName: "isd.someone");
        }

        await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync();
    }

    private static Task<IReadOnlyList<AuditCheckpoint>> WriteDueAsync(FixedClockFactory app) =>
        app.Services.GetRequiredService<AuditCheckpointWriter>().WriteDueAsync(CancellationToken.None);

    private static Task<long> HeadAsync(FixedClockFactory app) =>
        app.WithServiceAsync<long, CpdTwitterDbContext>(db => db.AuditChainHeads.Select(h => h.Sequence).SingleAsync());

    private static Task<string> HashAsync(FixedClockFactory app, long sequence) =>
        app.WithServiceAsync<string, CpdTwitterDbContext>(db => db.AuditEvents.Where(e => e.Sequence == sequence).Select(e => e.Hash).SingleAsync());

    private static List<AuditCheckpoint> Logged(FixedClockFactory app) =>
        app.Services.GetRequiredService<CheckpointLog>().ReadAll().Select(l => l.Checkpoint!).ToList();

    private static string LogPath(FixedClockFactory app) => app.Services.GetRequiredService<CheckpointLog>().Path;

    private static async Task ExecuteAsync(FixedClockFactory app, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>What an attacker with the database file does: triggers off, one event rewritten, every link after it and the head recomputed, triggers back.</summary>
    private static async Task RewriteAndRehashAsync(FixedClockFactory app, long target)
    {
        await ExecuteAsync(app, AuditTriggers.Drop("Microsoft.EntityFrameworkCore.Sqlite"));
        await ExecuteAsync(app, $"UPDATE \"AuditEvents\" SET \"Actor\" = 'someone.else' WHERE \"Sequence\" = {target}");
        var events = await app.WithServiceAsync<List<AuditEvent>, CpdTwitterDbContext>(db =>
            db.AuditEvents.AsNoTracking().Where(e => e.Sequence >= target - 1).OrderBy(e => e.Sequence).ToListAsync());
        var previous = events[0].Hash;
        var sql = new StringBuilder();
        foreach (var e in events.Skip(1))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previous + "\n" + e.Canonical())));
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AuditEvents\" SET \"PreviousHash\" = '{previous}', \"Hash\" = '{hash}' WHERE \"Sequence\" = {e.Sequence};\n");
            previous = hash;
        }

        sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AuditChainHeads\" SET \"Hash\" = '{previous}';\n");
        await ExecuteAsync(app, sql.ToString());
        await ExecuteAsync(app, AuditTriggers.Create("Microsoft.EntityFrameworkCore.Sqlite"));
    }

    [Fact]
    public async Task Checkpoints_are_written_at_the_1000_boundary_and_hourly_when_events_happened_and_caught_up_after_a_restart()
    {
        var pickup = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N"));
        await using var app = App(pickup);
        var clock = (FakeTimeProvider)app.Clock!;
        await RecordAsync(app, 1005);
        var head = await HeadAsync(app);

        var first = await WriteDueAsync(app);

        first.Select(c => c.Sequence).ShouldBe([1000L, head]);
        first[0].Hash.ShouldBe(await HashAsync(app, 1000));
        first[1].Hash.ShouldBe(await HashAsync(app, head));
        Logged(app).ShouldBe(first);
        Directory.GetFiles(pickup, "*.eml").Length.ShouldBe(1);
        using var mail = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(pickup, "*.eml")[0]);
        mail.To.ToString().ShouldContain(RecordsAddress);
        mail.TextBody.ShouldNotBeNull().ShouldContain(first[0].ToLogLine());
        mail.TextBody!.ShouldContain(first[1].ToLogLine());

        await RecordAsync(app, 3);
        clock.Advance(TimeSpan.FromMinutes(59));
        (await WriteDueAsync(app)).ShouldBeEmpty();
        clock.Advance(TimeSpan.FromMinutes(1));
        (await WriteDueAsync(app)).Select(c => c.Sequence).ShouldBe([head + 3]);
        clock.Advance(TimeSpan.FromHours(5));
        (await WriteDueAsync(app)).ShouldBeEmpty("no events since the last checkpoint");

        // Down while the trail passed 2000 and 3000: a new writer knows only the log, and writes both for those exact events.
        await RecordAsync(app, 2000);
        var restarted = ActivatorUtilities.CreateInstance<AuditCheckpointWriter>(app.Services);
        var caughtUp = await restarted.WriteDueAsync(CancellationToken.None);

        caughtUp.Select(c => c.Sequence).Take(2).ShouldBe([2000L, 3000L]);
        caughtUp[0].Hash.ShouldBe(await HashAsync(app, 2000));
        Logged(app).Count.ShouldBe(3 + caughtUp.Count);
        (await app.WithServiceAsync<AuditVerification, SignedAuditVerifier>(v => v.VerifyAsync())).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_rewritten_and_rehashed_chain_passes_the_chain_alone_but_audit_verify_catches_it_at_the_checkpoint()
    {
        await using var app = App();
        await RecordAsync(app, 120);
        var checkpoint = (await WriteDueAsync(app)).Single();
        var intact = await AppProcess.RunAsync(Cli(app), "audit", "verify");
        intact.ExitCode.ShouldBe(0, intact.All);
        intact.Output.ShouldContain($"Audit chain intact: {checkpoint.Sequence} events verified. 1 signed checkpoint matches, the last at event #{checkpoint.Sequence}.");
        var listed = await AppProcess.RunAsync(Cli(app), "audit", "checkpoints");
        listed.ExitCode.ShouldBe(0, listed.All);
        listed.Output.ShouldContain($"#{checkpoint.Sequence} | 2026-11-25 16:30:00 UTC | {Domain.ChicagoTime.Format(checkpoint.At)} | {checkpoint.Hash} | {checkpoint.KeyId} | signature valid");
        listed.Output.ShouldContain("1 checkpoints, every signature valid.");

        await RewriteAndRehashAsync(app, 100);

        (await app.WithServiceAsync<AuditVerification, AuditVerifier>(v => v.VerifyAsync())).IsIntact.ShouldBeTrue("the chain alone cannot see this");
        var cli = await AppProcess.RunAsync(Cli(app), "audit", "verify");
        cli.ExitCode.ShouldBe(3, cli.All);
        cli.Output.ShouldContain($"Audit chain broken at event #{checkpoint.Sequence}: its hash differs from the signed checkpoint of 2026-11-25 16:30:00 UTC (line 1 of the checkpoint log): the trail was rewritten after that checkpoint.");
    }

    [Fact]
    public async Task Deleting_the_newest_events_and_moving_the_head_back_is_caught()
    {
        await using var app = App();
        await RecordAsync(app, 30);
        var checkpoint = (await WriteDueAsync(app)).Single();
        var keep = checkpoint.Sequence - 12;
        var keptHash = await HashAsync(app, keep);

        await ExecuteAsync(app, AuditTriggers.Drop("Microsoft.EntityFrameworkCore.Sqlite"));
        await ExecuteAsync(app, $"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" > {keep}; UPDATE \"AuditChainHeads\" SET \"Sequence\" = {keep}, \"Hash\" = '{keptHash}';");
        await ExecuteAsync(app, AuditTriggers.Create("Microsoft.EntityFrameworkCore.Sqlite"));

        (await app.WithServiceAsync<AuditVerification, AuditVerifier>(v => v.VerifyAsync())).IsIntact.ShouldBeTrue("the chain alone cannot see this");
        var cli = await AppProcess.RunAsync(Cli(app), "audit", "verify");
        cli.ExitCode.ShouldBe(3, cli.All);
        cli.Output.ShouldContain($"Audit chain broken at event #{checkpoint.Sequence}: the signed checkpoint of 2026-11-25 16:30:00 UTC (line 1 of the checkpoint log) names this event, but the trail ends at event #{keep}: events were removed.");
    }

    [Fact]
    public async Task A_forged_checkpoint_an_edited_line_or_one_signed_with_another_key_is_caught()
    {
        await using var app = App();
        await RecordAsync(app, 20);
        var genuine = (await WriteDueAsync(app)).Single();
        var path = LogPath(app);
        var original = await File.ReadAllTextAsync(path);
        var verify = () => app.WithServiceAsync<AuditVerification, SignedAuditVerifier>(v => v.VerifyAsync());

        // An edited line: the hash of another event, the signature left as it was.
        await File.WriteAllTextAsync(path, original.Replace(genuine.Hash, await HashAsync(app, 5), StringComparison.Ordinal));
        (await verify()).Message.ShouldBe($"Checkpoint log broken: the signature of checkpoint #{genuine.Sequence} (line 1) does not verify: the checkpoint was forged or edited.");

        // Signed with a key of the forger's own, under its own key id or under the genuine one.
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var forgerKey = RecordsSigningKey.FromPem(forger.ExportPkcs8PrivateKeyPem());
        var own = new AuditCheckpoint(genuine.Sequence, genuine.Hash, genuine.At, forgerKey.KeyId,
            forgerKey.Sign(AuditCheckpoint.TextToSign(genuine.Sequence, genuine.Hash, genuine.At, forgerKey.KeyId)));
        await File.WriteAllTextAsync(path, own.ToLogLine() + "\n");
        (await verify()).Message.ShouldStartWith($"Checkpoint log broken: checkpoint #{genuine.Sequence} (line 1) is signed with key {forgerKey.KeyId}, which is not a trusted key");

        var borrowed = genuine with { Signature = forgerKey.Sign(genuine.SignedText) };
        await File.WriteAllTextAsync(path, original + borrowed.ToLogLine() + "\n");
        (await verify()).Message.ShouldBe($"Checkpoint log broken: the signature of checkpoint #{genuine.Sequence} (line 2) does not verify: the checkpoint was forged or edited.");
        var listed = await AppProcess.RunAsync(Cli(app), "audit", "checkpoints");
        listed.ExitCode.ShouldBe(3, listed.All);
        listed.Output.ShouldContain("NOT VALID: signature does not verify");
        listed.Output.ShouldContain("2 checkpoints; 1 failed (see above).");
        var cli = await AppProcess.RunAsync(Cli(app), "audit", "verify");
        cli.ExitCode.ShouldBe(3, cli.All);
        cli.Output.ShouldContain("Checkpoint log broken");
    }

    [Fact]
    public async Task After_a_key_rotation_the_old_checkpoints_verify_with_the_kept_public_key()
    {
        await using var app = App();
        await RecordAsync(app, 5);
        var old = (await WriteDueAsync(app)).Single();
        var folder = Path.Combine(app.DataPath, "records-public-keys");
        File.Exists(Path.Combine(folder, old.KeyId + ".pem")).ShouldBeTrue("the current public key is kept on start");

        // The new key: the old checkpoints check against the public keys folder, not the signing key.
        using var next = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var newKey = RecordsSigningKey.FromPem(next.ExportPkcs8PrivateKeyPem());
        var keys = new CheckpointKeys(newKey, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CheckpointOptions>>());
        CheckpointKeys.Check(keys.Trusted(), old).ShouldBe(CheckpointSignature.Valid);
        File.Delete(Path.Combine(folder, old.KeyId + ".pem"));
        CheckpointKeys.Check(keys.Trusted(), old).ShouldBe(CheckpointSignature.UnknownKey);
    }

    [Fact]
    public async Task Isd_runs_a_verification_from_the_audit_page_which_shows_its_result_and_the_last_checkpoint()
    {
        await using var app = App();
        await RecordAsync(app, 10);
        var checkpoint = (await WriteDueAsync(app)).Single();
        using var isd = await app.SignedInAsync("isd.verifier", null, Roles.IsdAdministrator);
        var before = await isd.GetAsync("/Admin/Audit");
        before.QuerySelector("#last-verification")!.TextContent.ShouldContain("No verification recorded yet.");
        before.QuerySelector("#last-checkpoint")!.TextContent.ShouldContain($"Event #{checkpoint.Sequence}");
        before.QuerySelector("#last-checkpoint")!.TextContent.ShouldContain("signature valid");

        var runs = app.Services.GetRequiredService<AuditVerificationRuns>();
        runs.TryClaim("someone.else").ShouldBeTrue();
        var busy = await isd.SubmitAsync(before, new Dictionary<string, string>());
        busy.QuerySelector("#verification-running")!.TextContent.ShouldContain("is running");
        busy.QuerySelector("form[method=post] button.btn-outline-primary").ShouldBeNull("no second run while one runs");
        runs.Release();

        await isd.SubmitAsync(await isd.GetAsync("/Admin/Audit"), new Dictionary<string, string>());
        await runs.Current;
        var after = await isd.GetAsync("/Admin/Audit");

        var last = after.QuerySelector("#last-verification")!;
        last.QuerySelector("[data-result]")!.GetAttribute("data-result").ShouldBe("intact");
        last.TextContent.ShouldContain("from the admin page by");
        last.TextContent.ShouldContain("Audit chain intact");
        var actions = await app.WithServiceAsync<List<string>, CpdTwitterDbContext>(db =>
            db.AuditEvents.Where(e => e.SubjectType == AuditSubjects.AuditTrail).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        actions.ShouldBe([AuditActions.Verification.Started, AuditActions.Verification.Completed]);
    }
}
