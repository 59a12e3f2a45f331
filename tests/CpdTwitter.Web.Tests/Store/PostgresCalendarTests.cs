using CpdTwitter.Domain.Calendar;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>The calendar on a real PostgreSQL server: the generated calendar-time column, its day seeks as one UNION ALL, and the day counts.</summary>
public sealed class PostgresCalendarTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Days_hold_their_first_postings_and_their_counts_across_the_fall_back_on_PostgreSQL()
    {
        database.Require();
        await using var services = database.Services();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        var author = Guid.NewGuid().ToString();
        var start = new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc); // 00:30 CDT on 1 November
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            db.Users.Add(new ApplicationUser { Id = author, UserName = "pg.calendar", NormalizedUserName = "PG.CALENDAR", DisplayName = "PG Calendar", CreatedAt = start });
            // Every hour for 26 hours from 00:30 CDT: 25 on the 25-hour 1 November, then one on the 2nd.
            for (var i = 0; i < 26; i++)
            {
                var at = start.AddHours(i);
                var post = Post.Draft(12, author, "PG Calendar", new PostContent(PostCategory.BeatMeeting, $"Hour {i}", null, false, null), at.AddMinutes(-5));
                post.Submit(author, PolicyReview.Clear, districtRequiresSergeant: false, at.AddMinutes(-1));
                post.MarkPublished($"pg-{i}", null, post.Text, "CPD", sandbox: true, at);
                db.Posts.Add(post);
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<PostCalendar>();
            var days = await calendar.DaysAsync(DistrictScope.Of(12), null, new CalendarPeriod(CalendarView.Week, new DateOnly(2026, 11, 1)).Days, 3);

            days.Count.ShouldBe(7);
            days[0].Total.ShouldBe(25);
            days[0].Entries.Select(e => e.Text).ShouldBe(["Hour 0", "Hour 1", "Hour 2"]);
            days[0].More.ShouldBe(22);
            days[1].Total.ShouldBe(1);
            days[1].Entries.Single().Text.ShouldBe("Hour 25");
            days.Skip(2).ShouldAllBe(d => d.Total == 0);

            var other = await calendar.DaysAsync(DistrictScope.Of(11), null, [new DateOnly(2026, 11, 1)], 3);
            other.Single().Total.ShouldBe(0);
            var page = await calendar.DayAsync(DistrictScope.Department, 12, new DateOnly(2026, 11, 1), null);
            page.Total.ShouldBe(25);
        }
    }
}
