using System.Reflection;
using System.Text.Json;
using CpdTwitter.Domain.Audit;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// The generated history's audit events, sealed into the chain in the order they happened. Events are recorded when
/// their post is generated (some of them days ahead) and released once the generator has moved past their time, so
/// sequence and time rise together. Sealing uses <see cref="AuditEvent.Chain"/>, the app's own hashing.
/// </summary>
internal sealed class AuditStream(SeedIds ids)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // The domain gives every new event a random id; the seed's ids keep the output reproducible.
    private static readonly Action<AuditEvent, Guid> SetId = typeof(AuditEvent)
        .GetProperty(nameof(AuditEvent.Id), BindingFlags.Public | BindingFlags.Instance)!
        .GetSetMethod(nonPublic: true)!
        .CreateDelegate<Action<AuditEvent, Guid>>();

    private readonly PriorityQueue<AuditEvent, (DateTime At, long Order)> _pending = new();
    private long _order;

    public long Sequence { get; private set; }

    public string Hash { get; private set; } = AuditEvent.GenesisHash;

    public void Record(DateTime at, string actor, string action, string subjectType, string? subjectId, int? district, object? details = null)
    {
        var json = details is null ? "{}" : JsonSerializer.Serialize(details, JsonOptions);
        var auditEvent = new AuditEvent(at, actor, action, subjectType, subjectId, district, json);
        _pending.Enqueue(auditEvent, (auditEvent.OccurredAt, _order++));
    }

    /// <summary>Seals every event up to <paramref name="until"/> into the batch.</summary>
    public void Release(DateTime until, RowBatch batch)
    {
        while (_pending.TryPeek(out var next, out var key) && key.At <= until)
        {
            _pending.Dequeue();
            Seal(next, batch);
        }
    }

    public void ReleaseAll(RowBatch batch) => Release(DateTime.MaxValue, batch);

    private void Seal(AuditEvent e, RowBatch batch)
    {
        SetId(e, ids.Next());
        e.Chain(Sequence, Hash);
        Sequence = e.Sequence;
        Hash = e.Hash;
        batch.Add(VolumeTable.AuditEvents, e.Id, e.Sequence, e.OccurredAt, e.Actor, e.Action, e.SubjectType, e.SubjectId, e.District, e.Details, e.PreviousHash, e.Hash);
    }
}
