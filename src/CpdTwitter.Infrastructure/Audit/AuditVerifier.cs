using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Audit;

/// <summary>
/// Re-reads the whole trail in sequence order and checks every link, then the recorded head. The chain alone proves
/// nothing against someone who can rewrite the database; <c>SignedAuditVerifier</c> (Records/Checkpoints) adds the
/// signed checkpoint log, and is what <c>audit verify</c> and the admin page run.
/// </summary>
public sealed class AuditVerifier(CpdTwitterDbContext db)
{
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        VerifyAsync([], _ => CheckpointSignature.Invalid, cancellationToken);

    public async Task<AuditVerification> VerifyAsync(
        IEnumerable<CheckpointLogLine> checkpointLog,
        Func<AuditCheckpoint, CheckpointSignature> signature,
        CancellationToken cancellationToken = default)
    {
        // Streams row by row: the trail grows for decades and must not be loaded whole.
        var result = AuditChain.Verify(db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable(), checkpointLog, signature);
        if (!result.IsIntact)
        {
            return result;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (head.Sequence != result.VerifiedCount || !string.Equals(head.Hash, result.HeadHash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(result.VerifiedCount, head.Sequence,
                $"the chain head records event #{head.Sequence} but the trail ends at #{result.VerifiedCount}: events were removed from the end");
        }

        return result;
    }
}
