using CpdTwitter.Web.Security;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Layout;

/// <summary>The bell in the navigation bar: how many notifications the member has not read.</summary>
public sealed class NotificationBellViewComponent(CpdTwitterDbContext db, CurrentMember member) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = member.UserId;
        var unread = userId is null ? 0 : await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
        return View(unread);
    }
}
