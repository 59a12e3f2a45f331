using CpdTwitter.Web.Security;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Layout;

/// <summary>For ISD and News Affairs on every page: district accounts X no longer accepts, whose posts are held.</summary>
public sealed class PublishingBannerViewComponent(CpdTwitterDbContext db, CurrentMember member) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!member.IsDepartmentWide)
        {
            return Content(string.Empty);
        }

        var districts = await db.XAccounts.AsNoTracking().Where(a => a.NeedsReconnectSince != null)
            .OrderBy(a => a.District).Select(a => a.District).ToListAsync();
        return districts.Count == 0 ? Content(string.Empty) : View(districts);
    }
}
