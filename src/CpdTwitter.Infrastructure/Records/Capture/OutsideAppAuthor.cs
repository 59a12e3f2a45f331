using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Capture;

/// <summary>
/// Every posting names an author account (a foreign key); a post made outside the app names this one. It is created
/// disabled, without a password or roles, so nobody can sign in with it, and the user list does not show it.
/// </summary>
public static class OutsideAppAuthor
{
    public const string LogOnId = "outside-app";

    public static async Task EnsureAsync(CpdTwitterDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Users.AnyAsync(u => u.Id == Post.OutsideAppAuthorId, cancellationToken))
        {
            return;
        }

        var user = new ApplicationUser
        {
            Id = Post.OutsideAppAuthorId,
            UserName = LogOnId,
            NormalizedUserName = LogOnId.ToUpperInvariant(),
            DisplayName = Post.OutsideAppAuthorName,
            CreatedAt = nowUtc,
            DisabledAt = nowUtc,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (SaveConflict.IsConflict(ex))
        {
            // Another instance created it at the same moment.
            db.Entry(user).State = EntityState.Detached;
        }
    }
}
