using System.Data.Common;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// A post rescheduled (or cancelled) between the publisher listing due messages and claiming one is not sent: the claim
/// checks the due time and completion again. The change is made exactly in that gap, by an interceptor that acts right
/// after the listing query has run.
/// </summary>
public sealed class PublisherDueTimeRecheckTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cpdtwitter-recheck-").FullName;
    private FakeXServer _x = null!;

    public async ValueTask InitializeAsync() => _x = await FakeXServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _x.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_post_rescheduled_after_it_was_listed_is_not_sent_until_its_new_time()
    {
        var gap = new ActAfterListing();
        await using var services = Instance(gap);
        var id = await QueueOnePostAsync(services);
        gap.Act = connection => ExecuteAsync(connection, "UPDATE \"Outbox\" SET \"DueAt\" = '2999-01-01 00:00:00' WHERE \"PostId\" = $id", id);

        var handled = await services.GetRequiredService<Publisher>().RunOnceAsync(CancellationToken.None);

        gap.Acted.ShouldBeTrue();
        handled.ShouldBeFalse();
        _x.CreateRequests.ShouldBe(0);
        await using var check = services.CreateAsyncScope();
        var message = await check.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().Outbox.SingleAsync(m => m.PostId == id);
        message.LeaseOwner.ShouldBeNull();
        message.CompletedAt.ShouldBeNull();
        message.DueAt.Year.ShouldBe(2999);
    }

    [Fact]
    public async Task A_post_cancelled_after_it_was_listed_is_not_sent()
    {
        var gap = new ActAfterListing();
        await using var services = Instance(gap);
        var id = await QueueOnePostAsync(services);
        gap.Act = connection => ExecuteAsync(connection, "UPDATE \"Outbox\" SET \"CompletedAt\" = '2026-01-01 00:00:00' WHERE \"PostId\" = $id", id);

        (await services.GetRequiredService<Publisher>().RunOnceAsync(CancellationToken.None)).ShouldBeFalse();

        gap.Acted.ShouldBeTrue();
        _x.CreateRequests.ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_change_in_the_gap_the_listed_post_is_sent()
    {
        var gap = new ActAfterListing { Act = _ => Task.CompletedTask };
        await using var services = Instance(gap);
        await QueueOnePostAsync(services);

        (await services.GetRequiredService<Publisher>().RunOnceAsync(CancellationToken.None)).ShouldBeTrue();

        gap.Acted.ShouldBeTrue();
        _x.CreateRequests.ShouldBe(1);
    }

    private ServiceProvider Instance(ActAfterListing gap)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["X:BaseUrl"] = _x.BaseUrl.ToString(),
            ["X:ConsumerKey"] = FakeXServer.Credentials.ConsumerKey,
            ["X:ConsumerSecret"] = FakeXServer.Credentials.ConsumerSecret,
            ["Publishing:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IAuditActor, SystemAuditActor>();
        services.AddDataProtection().SetApplicationName("CpdTwitter").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(_directory, "keys")));
        services.AddCpdTwitterDatabase("Sqlite", $"Data Source={Path.Combine(_directory, "recheck.db")}");
        services.ConfigureDbContext<CpdTwitterDbContext>(options => options.AddInterceptors(gap));
        services.AddCpdTwitterPublishing(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<Guid> QueueOnePostAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var author = new ApplicationUser { UserName = "po.recheck", NormalizedUserName = "PO.RECHECK", DisplayName = "P.O. Recheck", DistrictNumber = 12, CreatedAt = DateTime.UtcNow };
        db.Users.Add(author);
        var vault = scope.ServiceProvider.GetRequiredService<XAccountVault>();
        var account = new XAccountConnection(12, vault.Protect(FakeXServer.Credentials.AccessToken), vault.Protect(FakeXServer.Credentials.TokenSecret), TestActors.Isd, DateTime.UtcNow);
        account.Verified("1234", "CPD12thDist", DateTime.UtcNow);
        db.XAccounts.Add(account);
        var now = DateTime.UtcNow.AddMinutes(-1);
        var post = Post.Draft(12, author.Id, author.DisplayName, new PostContent(PostCategory.BeatMeeting, "Beat 1234 meeting moved to Thursday 6 p.m. at the district station.", null, false, null), now);
        post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: false, now);
        db.Posts.Add(post);
        db.Outbox.Add(new OutboxMessage(OutboxKind.PublishPost, post.Id, 12, now, now));
        await db.SaveChangesAsync();
        return post.Id;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$id";
        parameter.Value = id.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    /// <summary>
    /// Runs <see cref="Act"/> once, right after the publisher's query listing due outbox messages has run and before the
    /// publisher claims: on the same connection, as SQLite would block another writer while the listing reader is open.
    /// </summary>
    private sealed class ActAfterListing : DbCommandInterceptor
    {
        public Func<DbConnection, Task>? Act { get; set; }

        public bool Acted { get; private set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (!Acted && Act is not null && IsListing(command.CommandText))
            {
                Acted = true;
                await Act(command.Connection!);
            }

            return result;
        }

        private static bool IsListing(string sql) =>
            sql.Contains("FROM \"Outbox\"", StringComparison.Ordinal) && sql.Contains("\"DueAt\" <=", StringComparison.Ordinal)
            && sql.Contains("ORDER BY", StringComparison.Ordinal) && sql.TrimStart().StartsWith("SELECT", StringComparison.Ordinal);
    }
}
