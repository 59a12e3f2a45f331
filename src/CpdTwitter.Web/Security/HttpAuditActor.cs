using CpdTwitter.Infrastructure.Audit;

namespace CpdTwitter.Web.Security;

public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name }
        ? name
        : accessor.HttpContext is null ? SystemAuditActor.SystemName : "anonymous";
}
