using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Bogus;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// Fills an empty store with years of generated use (<c>seed-volume</c>), for measuring the app at the size of real use.
/// One thread generates the history and seals its audit chain while the other writes the previous batch.
/// </summary>
public sealed class VolumeSeeder(CpdTwitterDbContext db, IPasswordHasher<ApplicationUser> hasher, TimeProvider time)
{
    public const int RefusedExitCode = 4;
    private const int PostsPerBatch = 2000;

    public async Task<int> RunAsync(VolumeOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (!db.Database.IsSqlite() && !db.Database.IsNpgsql())
        {
            await output.WriteLineAsync($"seed-volume runs on SQLite or PostgreSQL, not {db.Database.ProviderName}.");
            return RefusedExitCode;
        }

        if (await db.Posts.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken) || await db.AuditEvents.AnyAsync(cancellationToken))
        {
            await output.WriteLineAsync("seed-volume fills an empty database only, and this one already has posts, users or audit events. Nothing was changed.");
            return RefusedExitCode;
        }

        VolumeColumns.Check(db.Model);
        var connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("No connection string.");
        await using IVolumeWriter writer = db.Database.IsSqlite() ? new SqliteVolumeWriter(connectionString) : new PostgresVolumeWriter(connectionString);
        var clock = Stopwatch.StartNew();
        var now = time.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var passwordHash = options.Password is null ? null : hasher.HashPassword(new ApplicationUser(), options.Password);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeding {options.Posts:N0} posts over {options.Years} years on {Provider()} (seed {options.Seed})…"));

        await writer.BeginAsync(cancellationToken);
        var batches = Channel.CreateBounded<RowBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var head = (Sequence: 0L, Hash: string.Empty);
        var producer = Task.Run(async () =>
        {
            try
            {
                head = await GenerateAsync(options, now, passwordHash, batches.Writer, cancellationToken);
                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.Complete(ex);
                throw;
            }
        }, cancellationToken);

        var reported = 0;
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            await writer.WriteAsync(batch, cancellationToken);
            var percent = (int)(100L * batch.PostsDone / options.Posts);
            if (percent >= reported + 5)
            {
                reported = percent - (percent % 5);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{reported,3}%  {batch.PostsDone:N0} posts  {clock.Elapsed:hh\\:mm\\:ss}"));
            }
        }

        await producer;
        await writer.CompleteAsync(head.Sequence, head.Hash, message => output.WriteLine(message), cancellationToken);
        var size = await writer.DatabaseSizeAsync(cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Done in {clock.Elapsed:hh\\:mm\\:ss}: {options.Posts:N0} posts, {head.Sequence:N0} audit events; database size {size / 1024.0 / 1024.0:N0} MB."));
        return 0;
    }

    private static async Task<(long Sequence, string Hash)> GenerateAsync(
        VolumeOptions options, DateTime now, string? passwordHash, ChannelWriter<RowBatch> output, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var faker = new Faker("en") { Random = new Randomizer(options.Seed) };
        var ids = new SeedIds(random);
        var audit = new AuditStream(ids);
        var start = now.AddYears(-options.Years);
        var staff = new VolumeStaff(faker, random, ids, passwordHash);
        var plan = new PostPlan(options.Posts, random, options.UnreviewedDistrict, options.Unreviewed);
        var history = new PostHistory(staff, new PostTexts(faker), random, ids, audit, now);

        var batch = new RowBatch();
        staff.Generate(start, now, batch, audit);
        var span = (now.AddMinutes(-5) - start).Ticks;
        for (var i = 0; i < options.Posts; i++)
        {
            var createdAt = new DateTime(start.Ticks + (long)(span * ((i + random.NextDouble()) / options.Posts)), DateTimeKind.Utc);
            audit.Release(createdAt.AddHours(-1), batch);
            history.Generate(createdAt, plan.District[i], plan.Fate[i], batch);
            if ((i + 1) % PostsPerBatch == 0)
            {
                batch.PostsDone = i + 1;
                await output.WriteAsync(batch, cancellationToken);
                batch = new RowBatch();
            }
        }

        audit.ReleaseAll(batch);
        batch.PostsDone = options.Posts;
        await output.WriteAsync(batch, cancellationToken);
        return (audit.Sequence, audit.Hash);
    }

    private string Provider() => db.Database.IsSqlite() ? "SQLite" : "PostgreSQL";
}
