using System.Globalization;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Inbox;

/// <summary>Mentions stored directly, as the poll would have read them.</summary>
internal static class InboxData
{
    private static long _next = 1_871_000_000_000_000_000;

    public static async Task<Guid> MentionAsync(CpdTwitterFactory app, int district, string text = "@district Is the beat meeting still on Thursday?", string? flag = null,
        bool addresses = true, string handle = "resident_ann", string name = "Ann Resident", DateTime? postedAt = null, bool closed = false)
    {
        var now = FixedClockFactory.Now.UtcDateTime;
        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var mention = Mention.Received(district, new XMentionFacts(id, "5551234", handle, name, text, postedAt ?? now.AddMinutes(-30), id, addresses ? null : "1860000000000000001", addresses), now);
        if (flag is not null)
        {
            mention.Flag(flag);
        }

        if (closed)
        {
            mention.CloseWithoutResponse(TestActors.NewsAffairs, "Thanks only", now);
        }

        await app.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Mentions.Add(mention);
            return db.SaveChangesAsync();
        });
        return mention.Id;
    }

    public static Task<Mention> LoadAsync(CpdTwitterFactory app, Guid id) =>
        app.WithServiceAsync<Mention, CpdTwitterDbContext>(db => db.Mentions.AsNoTracking().SingleAsync(m => m.Id == id));
}
