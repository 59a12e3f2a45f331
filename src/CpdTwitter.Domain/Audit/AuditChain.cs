namespace CpdTwitter.Domain.Audit;

/// <summary>Walks an ordered audit trail and finds the first link that does not hold.</summary>
public static class AuditChain
{
    public static AuditVerification Verify(IEnumerable<AuditEvent> eventsInSequenceOrder)
    {
        ArgumentNullException.ThrowIfNull(eventsInSequenceOrder);
        var expectedPrevious = AuditEvent.GenesisHash;
        var expectedSequence = 1L;
        var count = 0L;
        foreach (var e in eventsInSequenceOrder)
        {
            if (e.Sequence != expectedSequence)
            {
                return AuditVerification.Broken(count, e.Sequence,
                    $"expected event #{expectedSequence} but found #{e.Sequence}: events are missing or out of order");
            }

            if (!string.Equals(e.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, e.Sequence,
                    $"event #{e.Sequence} does not point at the hash of event #{e.Sequence - 1}");
            }

            if (!string.Equals(e.ComputeHash(), e.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, e.Sequence,
                    $"event #{e.Sequence} was altered after it was written: its content no longer matches its hash");
            }

            expectedPrevious = e.Hash;
            expectedSequence++;
            count++;
        }

        return AuditVerification.Intact(count, expectedPrevious);
    }
}

public sealed record AuditVerification(bool IsIntact, long VerifiedCount, long? BrokenAtSequence, string Message, string? HeadHash)
{
    public static AuditVerification Intact(long count, string headHash) =>
        new(true, count, null, $"Audit chain intact: {count} events verified.", headHash);

    public static AuditVerification Broken(long verified, long sequence, string reason) =>
        new(false, verified, sequence, $"Audit chain broken at event #{sequence}: {reason}.", null);
}
