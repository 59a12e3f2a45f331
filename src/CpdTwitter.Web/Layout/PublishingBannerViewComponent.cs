using CpdTwitter.Web.Security;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CpdTwitter.Web.Layout;

/// <summary>
/// For ISD and News Affairs on every page: district accounts X no longer accepts, whose posts are held. The list is the
/// same for everyone and rarely changes, so it is read at most once every few seconds per app instance, and at once
/// after ISD connects or tests an account here (<see cref="Forget"/>); an account X refuses shows within seconds.
/// </summary>
public sealed class PublishingBannerViewComponent(CpdTwitterDbContext db, CurrentMember member, IMemoryCache cache) : ViewComponent
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private const string CacheKey = "layout:accounts-needing-reconnect";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!member.IsDepartmentWide)
        {
            return Content(string.Empty);
        }

        var districts = await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.XAccounts.AsNoTracking().Where(a => a.NeedsReconnectSince != null)
                .OrderBy(a => a.District).Select(a => a.District).ToListAsync();
        }) ?? [];
        return districts.Count == 0 ? Content(string.Empty) : View(districts);
    }

    public static void Forget(IMemoryCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        cache.Remove(CacheKey);
    }
}
