using System.Globalization;
using System.Security.Claims;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Security;

/// <summary>
/// The sign-in cookie: signed out after 30 idle minutes (sliding), and in any case 12 hours after the
/// member last proved who they are — renewals keep the original time. Every request also checks the cookie's
/// security stamp against the account (<see cref="SessionStamps"/>), so signing out, a password or MFA reset,
/// a role change or disabling the account ends every copy of the member's sessions at once, server-side.
/// </summary>
public static class SessionLifetime
{
    private const string AuthenticatedAtKey = "cpd.authenticated_at";

    public static void Configure(CookieAuthenticationOptions options, SecurityOptions security, CookieSecurePolicy secure)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(security);
        options.LoginPath = "/Account/SignIn";
        options.LogoutPath = "/Account/SignOut";
        options.AccessDeniedPath = "/Account/AccessDenied";
        options.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
        options.SlidingExpiration = true;
        options.Cookie.Name = "CpdTwitter.Session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = secure;
        options.Cookie.SameSite = SameSiteMode.Lax;

        var absolute = TimeSpan.FromHours(security.AbsoluteSessionHours);
        options.Events.OnSigningIn = context =>
        {
            var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            context.Properties.Items.TryAdd(AuthenticatedAtKey, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (!context.Properties.Items.TryGetValue(AuthenticatedAtKey, out var raw)
                || !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var authenticatedAt)
                || time.GetUtcNow() - authenticatedAt > absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            var identity = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            var userId = context.Principal?.FindFirstValue(identity.UserIdClaimType);
            var stamp = context.Principal?.FindFirstValue(identity.SecurityStampClaimType);
            if (userId is null || stamp is null
                || !await context.HttpContext.RequestServices.GetRequiredService<SessionStamps>().IsCurrentAsync(userId, stamp, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };

        // Authorization failures answer 403 and the friendly error page, not a redirect.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
