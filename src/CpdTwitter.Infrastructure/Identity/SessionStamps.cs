using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// Whether a session cookie still speaks for its member: the security stamp it was issued with is the account's
/// current one and the account is not disabled. Signing out, a password change or reset, an MFA reset, a change of
/// roles or district and disabling the account all give the account a new stamp, which ends every session of that
/// member at its next request. One primary-key query of two columns per signed-in request.
/// </summary>
public sealed class SessionStamps(CpdTwitterDbContext db)
{
    public async Task<bool> IsCurrentAsync(string userId, string stamp, CancellationToken cancellationToken = default)
    {
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.DisabledAt })
            .SingleOrDefaultAsync(cancellationToken);
        return account is { DisabledAt: null } && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
