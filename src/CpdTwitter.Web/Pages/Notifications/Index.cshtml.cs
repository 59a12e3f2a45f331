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
    public const int PageSize = 50;

    private static readonly KeysetOrder<Notification> NewestFirst = KeysetOrder.ByTime<Notification>(n => n.CreatedAt, n => n.Id, newestFirst: true);

    /// <summary>This page's place in the list (the shared pager's token).</summary>
    public string? Cursor => Request.Query["cursor"];

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    private string UserId => member.SignedIn.UserId;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await db.Notifications.AsNoTracking().Where(n => n.UserId == UserId)
            .PageAsync(NewestFirst, Cursor, PageSize, cancellationToken);
        Items = page.Items;
        Pager = Pager.For(page, "Notification pages", "notification", param: "cursor");
    }

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
