using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Notifications;

/// <summary>Adds in-app notifications to the current unit of work, so they exist exactly when the change they report does.</summary>
public sealed class Notifier(CpdTwitterDbContext db, TimeProvider time)
{
    public void Notify(string userId, string text, string link) =>
        db.Notifications.Add(new Notification(userId, text, link, time.GetUtcNow().UtcDateTime));

    /// <summary>Everyone active in a role; for a district-scoped role, only those of <paramref name="district"/>.</summary>
    public async Task NotifyRoleAsync(string role, int? district, string text, string link, CancellationToken cancellationToken = default)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var query = from ur in db.UserRoles
                    join u in db.Users on ur.UserId equals u.Id
                    where ur.RoleId == roleId && u.DisabledAt == null
                    select u;
        if (district is not null && Roles.IsDistrictScoped(role))
        {
            query = query.Where(u => u.DistrictNumber == district);
        }

        foreach (var userId in await query.Select(u => u.Id).ToListAsync(cancellationToken))
        {
            Notify(userId, text, link);
        }
    }
}
