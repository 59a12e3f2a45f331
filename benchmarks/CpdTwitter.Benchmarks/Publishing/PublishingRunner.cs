using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CpdTwitter.Benchmarks.Publishing;

/// <summary>
/// Release → sent latency through the transactional outbox: a private PostgreSQL, the fake X (every OAuth 1.0a
/// signature checked, answering at once or after a delay), several app instances on the one database; N posts waiting
/// for their sergeant spread over the 22 districts are approved through <see cref="PostWorkflow.ApproveAsync"/> (the
/// approval page's own call: the post, its audit event and its outbox message in one transaction, then the instance's
/// publisher is woken), alternating between the instances. Latency is the post's stored ReleasedAt → PublishedAt (and
/// → the time X received it); every post must reach X exactly once, or the run fails.
/// </summary>
public static class PublishingRunner
{
    public static async Task<int> RunAsync(PublishingRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.WriteLine($"publishing: {options.Posts} posts, X answers after {options.DelayMs} ms, {options.Instances} instances, "
            + $"release rate {(options.Rate == 0 ? "all at once" : $"{options.Rate}/s")}, poll {options.PollSeconds} s");
        await using var postgres = await PrivatePostgres.StartAsync();
        var connectionString = await CreateDatabaseAsync(postgres);
        await using var x = await FakeXServer.StartAsync();
        x.ResponseDelay = TimeSpan.FromMilliseconds(options.DelayMs);
        var keyRing = Directory.CreateTempSubdirectory("cpdtwitter-bench-keys-").FullName;
        var hosts = Enumerable.Range(0, options.Instances).Select(_ => AppInstance.Build(connectionString, x, keyRing, options)).ToList();
        try
        {
            var posts = await SeedAsync(hosts[0].Services, options.Posts);
            Console.WriteLine($"PostgreSQL 15 on 127.0.0.1:{postgres.Port}, fake X at {x.BaseUrl}; {posts.Count} posts await their sergeant");
            foreach (var host in hosts)
            {
                await host.StartAsync();
            }

            var clock = Stopwatch.StartNew();
            var approveMs = await ReleaseAsync(hosts, posts, options);
            var releasedAfter = clock.Elapsed;
            var finished = await WaitForPublisherAsync(hosts[0].Services, options);
            var doneAfter = clock.Elapsed;
            foreach (var host in hosts)
            {
                await host.StopAsync();
            }

            var report = await PublishingReport.CollectAsync(hosts[0].Services, x, options, releasedAfter, doneAfter, finished, approveMs);
            report.Print();
            return report.Failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }

            Directory.Delete(keyRing, recursive: true);
        }
    }

    private static async Task<string> CreateDatabaseAsync(PrivatePostgres postgres)
    {
        await using (var connection = new NpgsqlConnection(postgres.ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE cpdtwitter_bench", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(postgres.ServerConnectionString) { Database = "cpdtwitter_bench" }.ConnectionString;
    }

    /// <summary>The schema, an author and a connected X account per district, and the posts waiting for their sergeant (not measured).</summary>
    private static async Task<List<(Guid Id, int District)>> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var vault = scope.ServiceProvider.GetRequiredService<XAccountVault>();
        var isd = new Actor("bench-isd", "Bench ISD", [Roles.IsdAdministrator], null);
        var now = DateTime.UtcNow;
        var authors = new Dictionary<int, ApplicationUser>();
        foreach (var district in ChicagoDistricts.All.Select(d => d.Number))
        {
            var name = $"po.bench{district:000}";
            var author = new ApplicationUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = $"P.O. Bench {district:000}", DistrictNumber = district, CreatedAt = now };
            authors[district] = author;
            db.Users.Add(author);
            var account = new XAccountConnection(district, vault.Protect(FakeXServer.Credentials.AccessToken), vault.Protect(FakeXServer.Credentials.TokenSecret), isd, now);
            account.Verified("1234", $"CPD{district:000}Dist", now);
            db.XAccounts.Add(account);
        }

        await db.SaveChangesAsync();
        var districts = authors.Keys.Order().ToList();
        var posts = new List<(Guid, int)>(count);
        for (var i = 1; i <= count; i++)
        {
            var district = districts[i % districts.Count];
            var author = authors[district];
            var text = $"Community notice {i.ToString(CultureInfo.InvariantCulture)} of {count.ToString(CultureInfo.InvariantCulture)}: beat meeting this week at the station, all welcome.";
            var post = Post.Draft(district, author.Id, author.DisplayName, new PostContent(PostCategory.CommunityAlert, text, null, false, null), now);
            post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: true, now);
            db.Posts.Add(post);
            posts.Add((post.Id, district));
            if (i % 250 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return posts;
    }

    /// <summary>One approver per instance, each approving its share (post i goes to instance i mod n), paced when a rate is set.</summary>
    /// <returns>How long each approval call took (ms), in release order.</returns>
    private static async Task<double[]> ReleaseAsync(List<IHost> hosts, List<(Guid Id, int District)> posts, PublishingRunOptions options)
    {
        var start = Stopwatch.StartNew();
        var approveMs = new double[posts.Count];
        await Task.WhenAll(hosts.Select((host, instance) => Task.Run(async () =>
        {
            for (var i = instance; i < posts.Count; i += hosts.Count)
            {
                if (options.Rate > 0)
                {
                    var due = TimeSpan.FromSeconds(i / options.Rate) - start.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due);
                    }
                }

                var (id, district) = posts[i];
                await using var scope = host.Services.CreateAsyncScope();
                var sergeant = new PostApprover($"bench-sgt-{district:000}", $"Bench Sgt. {district:000}", IsNewsAffairs: false, SupervisesDistrict: district);
                var call = Stopwatch.StartNew();
                var outcome = await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(id, sergeant, edited: null, note: null);
                approveMs[i] = call.Elapsed.TotalMilliseconds;
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"Approving post {id} failed: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
                }
            }
        })));
        return approveMs;
    }

    /// <summary>Waits until no post is queued or of unknown outcome; false when the deadline passed first.</summary>
    private static async Task<bool> WaitForPublisherAsync(IServiceProvider services, PublishingRunOptions options)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120) + (TimeSpan.FromMilliseconds(options.DelayMs + 100) * options.Posts * 2 / options.Instances);
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            if (!await db.Posts.AnyAsync(p => p.State == PostState.Queued || p.State == PostState.OutcomeUnknown || p.State == PostState.AwaitingSergeant))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    internal static string TextOf(string? body) =>
        body is null ? string.Empty : JsonDocument.Parse(body).RootElement.GetProperty("text").GetString() ?? string.Empty;
}
