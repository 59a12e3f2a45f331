using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>Where a verification was asked for, as the record of the run names it.</summary>
public static class VerificationSource
{
    public const string CommandLine = "command line";
    public const string AdminPage = "admin page";
}

/// <summary>
/// The whole check: the hash chain, every checkpoint's signature against the trusted public keys only, the chain running
/// through each checkpoint, and nothing missing after the last. Each run is recorded as an audit event (when, result,
/// from where), which the admin page shows.
/// </summary>
public sealed class SignedAuditVerifier(AuditVerifier verifier, CheckpointLog log, CheckpointKeys keys, AuditTrail trail, CpdTwitterDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var trusted = keys.Trusted();
        return await verifier.VerifyAsync(log.ReadAll(), checkpoint => CheckpointKeys.Check(trusted, checkpoint), cancellationToken);
    }

    /// <summary>Verifies and records the run; <paramref name="actorName"/> is who asked (the CLI runs as the system).</summary>
    public async Task<AuditVerification> VerifyAndRecordAsync(string source, string? actorName = null, CancellationToken cancellationToken = default)
    {
        var result = await VerifyAsync(cancellationToken);
        trail.Record(AuditActions.Verification.Completed, AuditSubjects.AuditTrail, null, details: new
        {
            result = result.IsIntact ? VerificationRecord.ResultIntact : VerificationRecord.ResultBroken,
            source,
            message = result.Message,
            events = result.VerifiedCount,
            checkpoints = result.CheckpointsMatched,
        }, actorName: actorName);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
