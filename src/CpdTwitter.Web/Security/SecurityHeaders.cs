using Microsoft.AspNetCore.Mvc.Abstractions;

namespace CpdTwitter.Web.Security;

public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere: every script and stylesheet is a bundled file of our own origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Every page and download (roster CSV, enrolment key and recovery codes, queues): nothing a member saw stays in a
    /// browser or proxy cache for the next user of a shared Department machine (ASVS 8.2.1).
    /// </summary>
    public const string PageCacheControl = "no-store";

    /// <summary>HSTS outside Development: one year (the header says <c>max-age=31536000</c>).</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";

                // Static files (fingerprinted bundles) keep their own caching; everything a page handler or the
                // error page answers is never stored.
                var endpoint = context.GetEndpoint();
                if (endpoint is null || endpoint.Metadata.GetMetadata<ActionDescriptor>() is not null)
                {
                    headers.CacheControl = PageCacheControl;
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}
