using System.Text.Json;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>A recorded verification run, read back from its audit event.</summary>
public sealed record VerificationRecord(DateTime At, string Actor, bool Intact, string Source, string Message)
{
    public const string ResultIntact = "intact";
    public const string ResultBroken = "broken";

    public static VerificationRecord From(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var details = JsonDocument.Parse(e.Details);
        string Text(string name) => details.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        return new VerificationRecord(e.OccurredAt, e.Actor, Text("result") == ResultIntact, Text("source"), Text("message"));
    }
}

/// <summary>What the audit page shows about the records safeguards: the last verification run and the last checkpoint.</summary>
public sealed class AuditRecordsStatus(CpdTwitterDbContext db, CheckpointLog log, CheckpointKeys keys)
{
    /// <summary>One indexed query (Action, Sequence).</summary>
    public async Task<VerificationRecord?> LastVerificationAsync(CancellationToken cancellationToken = default)
    {
        var last = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.Verification.Completed)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : VerificationRecord.From(last);
    }

    /// <summary>The newest checkpoint in the log outside the database, with whether its signature holds.</summary>
    public (AuditCheckpoint Checkpoint, CheckpointSignature Signature)? LastCheckpoint()
    {
        var last = log.ReadLast();
        return last is null ? null : (last, CheckpointKeys.Check(keys.Trusted(), last));
    }
}
