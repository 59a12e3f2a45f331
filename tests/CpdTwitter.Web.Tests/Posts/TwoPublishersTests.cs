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
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>Two app instances publishing from one PostgreSQL database: the lease gives every post to exactly one sender.</summary>
public sealed class TwoPublishersTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Count = 200;

    private ServiceProvider Instance(FakeXServer x, string keys)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["X:BaseUrl"] = x.BaseUrl.ToString(),
            ["X:ConsumerKey"] = FakeXServer.Credentials.ConsumerKey,
            ["X:ConsumerSecret"] = FakeXServer.Credentials.ConsumerSecret,
            ["Publishing:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IAuditActor, SystemAuditActor>();
        services.AddDataProtection().SetApplicationName("CpdTwitter").PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddCpdTwitterDatabase("PostgreSql", database.ConnectionString);
        services.AddCpdTwitterPublishing(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Each_of_200_posts_is_sent_exactly_once()
    {
        database.Require();
        await using var x = await FakeXServer.StartAsync();
        var keys = Directory.CreateTempSubdirectory("cpdtwitter-keys-").FullName;
        await using var first = Instance(x, keys);
        await using var second = Instance(x, keys);
        await using (var scope = first.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var author = new ApplicationUser { UserName = "po.bulk", NormalizedUserName = "PO.BULK", DisplayName = "P.O. Bulk", DistrictNumber = 12, CreatedAt = DateTime.UtcNow };
            db.Users.Add(author);
            var vault = scope.ServiceProvider.GetRequiredService<XAccountVault>();
            var account = new XAccountConnection(12, vault.Protect(FakeXServer.Credentials.AccessToken), vault.Protect(FakeXServer.Credentials.TokenSecret), TestActors.Isd, DateTime.UtcNow);
            account.Verified("1234", "CPD12thDist", DateTime.UtcNow);
            db.XAccounts.Add(account);
            var now = DateTime.UtcNow;
            for (var i = 1; i <= Count; i++)
            {
                var post = Post.Draft(12, author.Id, author.DisplayName, new PostContent(PostCategory.CommunityAlert, $"Post {i} of {Count}: beat meetings this week.", null, false, null), now);
                post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: false, now);
                db.Posts.Add(post);
                db.Outbox.Add(new OutboxMessage(OutboxKind.PublishPost, post.Id, 12, now, now.AddTicks(i * 10)));
            }

            await db.SaveChangesAsync();
        }

        var publishers = new[] { first.GetRequiredService<Publisher>(), second.GetRequiredService<Publisher>() };
        var handled = await Task.WhenAll(publishers.Select(p => Task.Run(() => DrainUntilDoneAsync(first, p))));

        handled.Sum().ShouldBe(Count);
        x.CreateRequests.ShouldBe(Count);
        x.Requests.Where(r => r.Method == "POST").Select(r => r.Body).Distinct().Count().ShouldBe(Count);
        x.Requests.ShouldAllBe(r => r.SignatureValid);
        await using var check = first.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        (await store.Posts.CountAsync(p => p.State == PostState.Published)).ShouldBe(Count);
        (await store.Posts.Select(p => p.XPostId).Distinct().CountAsync()).ShouldBe(Count);
        TestContext.Current.SendDiagnosticMessage($"Instance split: {handled[0]} / {handled[1]}");
        Directory.Delete(keys, recursive: true);
    }

    private static async Task<int> DrainUntilDoneAsync(IServiceProvider services, Publisher publisher)
    {
        var handled = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            handled += await publisher.DrainAsync(CancellationToken.None);
            await using var scope = services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().Outbox.AnyAsync(m => m.CompletedAt == null))
            {
                return handled;
            }

            await Task.Delay(20);
        }

        return handled;
    }
}
