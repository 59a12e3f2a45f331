using Microsoft.AspNetCore.Mvc;

namespace CpdTwitter.Web.Pages.Account;

public static class ReturnUrl
{
    /// <summary>Where to go after signing in: the page asked for, if it is ours; otherwise home (no open redirects).</summary>
    public static string LocalOrHome(this IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLocalUrl(returnUrl) ? returnUrl! : url.Content("~/");
    }
}
