using System.Globalization;
using System.Security.Claims;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace CpdTwitter.Web.Security;

/// <summary>
/// Records in the audit trail when a signed-in member is refused (a 403 from a policy, a page handler or the
/// Department-device rule), so probing shows up (ASVS 7.2.2; issue 11 finding 10). At most one event per member per
/// <see cref="Interval"/>, so a page reloaded in a loop cannot flood the trail; the event names the first page refused.
/// The event is written in a scope of its own, apart from anything the refused request had loaded.
/// </summary>
public sealed class AccessRefusals(IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private const int MaxPathLength = 200;
    private readonly Lock _gate = new();

    /// <summary>Records the refusal unless this member already had one recorded within the interval; true when recorded.</summary>
    public async Task<bool> RecordAsync(HttpContext context, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true, Name: { } logOnId } || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var key = "access-refused:" + userId;
        lock (_gate)
        {
            if (cache.TryGetValue(key, out DateTimeOffset last) && now - last < Interval)
            {
                return false;
            }

            cache.Set(key, now, Interval);
        }

        var path = context.Request.Path.Value ?? "/";
        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var district = int.TryParse(user.FindFirstValue(CpdClaims.District), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        audit.Record(AuditActions.Access.Refused, AuditSubjects.Page, path.Length <= MaxPathLength ? path : path[..MaxPathLength], district,
            new { method = context.Request.Method, status = context.Response.StatusCode, reason, userId }, logOnId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

public static class AccessRefusalAudit
{
    public static IApplicationBuilder UseAccessRefusalAudit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status403Forbidden
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                await context.RequestServices.GetRequiredService<AccessRefusals>().RecordAsync(context, "forbidden", context.RequestAborted);
            }
        });
}
