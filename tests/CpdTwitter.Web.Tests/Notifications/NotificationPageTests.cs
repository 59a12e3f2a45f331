using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Notifications;

/// <summary>The member's notification page: "Mark all read" reads this member's notifications and nobody else's.</summary>
public sealed class NotificationPageTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Mark_all_read_reads_every_notification_of_this_member_and_leaves_another_members_unread()
    {
        await using var factory = new CpdTwitterFactory { Clock = new FakeTimeProvider(new DateTimeOffset(Now)) };
        var member = await factory.CreateUserAsync("po.readall", 12, Roles.Representative);
        var other = await factory.CreateUserAsync("po.unread", 12, Roles.Representative);
        var readEarlier = new Notification(member, "Read yesterday", "/", Now.AddDays(-1));
        readEarlier.MarkRead(Now.AddHours(-20));
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Notifications.AddRange(
                new Notification(member, "First for po.readall", "/", Now.AddMinutes(-30)),
                new Notification(member, "Second for po.readall", "/", Now.AddMinutes(-10)),
                readEarlier,
                new Notification(other, "For po.unread", "/", Now.AddMinutes(-20)));
            return db.SaveChangesAsync();
        });
        using var browser = await factory.SignedInAsync("po.readall", 12, Roles.Representative);

        var page = await browser.SubmitAsync("/Notifications", new Dictionary<string, string>(), handler: "ReadAll");

        browser.Path.ShouldBe("/Notifications");
        page.Text("#notifications").ShouldContain("Second for po.readall");
        var stored = await factory.WithServiceAsync<List<(string Text, DateTime? ReadAt)>, CpdTwitterDbContext>(async db =>
            (await db.Notifications.AsNoTracking().OrderBy(n => n.CreatedAt).Select(n => new { n.Text, n.ReadAt }).ToListAsync())
            .Select(n => (n.Text, n.ReadAt)).ToList());
        stored.ShouldBe(
        [
            ("Read yesterday", (DateTime?)Now.AddHours(-20)),
            ("First for po.readall", Now),
            ("For po.unread", null),
            ("Second for po.readall", Now),
        ]);
    }
}
