using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Pages.Review;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Performance;

/// <summary>
/// The review status from indexed queries says what the domain rule says over every posting (watermark, waiting,
/// overdue), on SQLite and on PostgreSQL.
/// </summary>
public sealed class ReviewStatusQueryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task On_SQLite_the_queries_agree_with_the_rule_over_every_posting()
    {
        await using var factory = new CpdTwitterFactory();
        await AgreesWithTheRuleAsync(factory);
    }

    [Fact]
    public async Task On_PostgreSQL_the_queries_agree_with_the_rule_over_every_posting()
    {
        database.Require();
        await using (var services = database.Services())
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        await using var factory = new CpdTwitterFactory { DatabaseProvider = "PostgreSql", ConnectionString = database.ConnectionString };
        await AgreesWithTheRuleAsync(factory);
    }

    private static async Task AgreesWithTheRuleAsync(CpdTwitterFactory factory)
    {
        foreach (var district in new[] { 11, 12 })
        {
            var author = await factory.CreateUserAsync($"po.status{district}", district, Roles.Representative);
            var sergeant = await factory.CreateUserAsync($"sgt.status{district}", district, Roles.CommunityPolicingSergeant);
            var news = await factory.CreateUserAsync($"news.status{district}", null, Roles.NewsAffairs);
            // 300 postings half an hour apart: 150 hours, so some waiting ones are past the 72 hours.
            await PostingFill.AddAsync(factory.Services, district, author, new PostApprover(sergeant, "Sgt.", false, district), new PostApprover(news, "News", true, null), 0, district == 12 ? 300 : 40);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var postings = await db.Posts.AsNoTracking().Where(p => p.PublishedAt != null).Select(p => new { p.District, PublishedAt = p.PublishedAt!.Value, p.State }).ToListAsync();

        var statuses = await scope.ServiceProvider.GetRequiredService<ReviewStatus>().ForDistrictsAsync();

        statuses.Select(s => s.District).ShouldBe([11, 12]);
        foreach (var status in statuses)
        {
            var own = postings.Where(p => p.District == status.District).ToList();
            var waiting = own.Where(p => p.State == PostState.Published).ToList();
            status.ReviewedThrough.ShouldBe(ReviewSchedule.ReviewedThrough(own.Select(p => (p.PublishedAt, p.State != PostState.Published))));
            status.ReviewedThrough.ShouldNotBeNull();
            status.Waiting.ShouldBe(waiting.Count);
            // Publishing times sit on a half-hour grid, far from where the few milliseconds between the two clocks could matter.
            status.Overdue.ShouldBe(waiting.Count(p => ReviewSchedule.IsOverdue(p.PublishedAt, now, status.ReviewWithinHours)));
        }

        statuses.Single(s => s.District == 12).Overdue.ShouldBeGreaterThan(0);
    }
}
