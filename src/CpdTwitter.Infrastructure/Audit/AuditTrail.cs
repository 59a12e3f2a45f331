using System.Text.Json;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Infrastructure.Audit;

/// <summary>
/// The one way to write an audit event: it is added to the unit of work of the change it describes
/// and sealed into the hash chain when that unit of work commits (<see cref="CpdTwitterDbContext"/>).
/// </summary>
public sealed class AuditTrail(CpdTwitterDbContext db, TimeProvider time, IAuditActor actor)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public AuditEvent Record(
        string action,
        string subjectType,
        string? subjectId,
        int? district = null,
        object? details = null,
        string? actorName = null)
    {
        var json = details is null ? "{}" : JsonSerializer.Serialize(details, JsonOptions);
        var auditEvent = new AuditEvent(
            time.GetUtcNow().UtcDateTime,
            actorName ?? actor.Name,
            action,
            subjectType,
            subjectId,
            district,
            json);
        db.AppendAudit(auditEvent);
        return auditEvent;
    }
}
