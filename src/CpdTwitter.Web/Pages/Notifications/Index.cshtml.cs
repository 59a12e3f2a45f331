using CpdTwitter.Web.Security;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Notifications;

/// <summary>The member's notifications, newest first; opening one marks it read.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, CurrentMember member, TimeProvider time) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    private string UserId => member.SignedIn.UserId;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.Notifications.AsNoTracking().Where(n => n.UserId == UserId)
            .OrderByDescending(n => n.CreatedAt).Take(Shown).ToListAsync(cancellationToken);

    /// <summary>Marks the notification read and follows its link (local paths only).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == UserId, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Url.IsLocalUrl(notification.Link) ? LocalRedirect(notification.Link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return RedirectToPage();
    }
}
