using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Users;

public sealed record UserRow(string Id, string LogOnId, string DisplayName, IReadOnlyList<string> Roles, int? District, bool MfaEnabled, string Status, DateTime? LastSignIn);

public sealed class IndexModel(CpdTwitterDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    /// <summary>Only the locked accounts (<c>?show=locked</c>, linked from ISD's home page).</summary>
    public bool LockedOnly { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var roles = await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken);
        // The author account of posts made outside the app is nobody's to manage (it cannot sign in).
        var users = await db.Users.AsNoTracking().Where(u => u.Id != Domain.Posts.Post.OutsideAppAuthorId).OrderBy(u => u.DistrictNumber).ThenBy(u => u.UserName).ToListAsync(cancellationToken);
        Users = users.Select(u => new UserRow(
                u.Id,
                u.UserName ?? string.Empty,
                u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).Order(StringComparer.Ordinal).ToList(),
                u.DistrictNumber,
                u.TwoFactorEnabled,
                u.IsDisabled ? "Disabled" : u.LockoutEnd > now ? "Locked" : "Active",
                u.LastSignInAt))
            .ToList();
        LockedOnly = string.Equals(Request.Query["show"], "locked", StringComparison.OrdinalIgnoreCase);
        if (LockedOnly)
        {
            Users = Users.Where(u => u.Status == "Locked").ToList();
        }
    }
}
