using System.Globalization;

namespace CpdTwitter.Domain.Audit;

/// <summary>What a checkpoint's signature says, checked against the trusted public keys only.</summary>
public enum CheckpointSignature
{
    Valid,
    UnknownKey,
    Invalid,
}

/// <summary>One line of the checkpoint log: its 1-based line number and the checkpoint, or null when the line is not one.</summary>
public readonly record struct CheckpointLogLine(long LineNumber, AuditCheckpoint? Checkpoint);

/// <summary>
/// Walks an ordered audit trail and finds the first link that does not hold. With the signed checkpoint log it also
/// finds a trail rewritten and rehashed by someone with database access (the event a checkpoint names no longer has the
/// signed hash), a trail cut short (a checkpoint names an event beyond its end) and a forged checkpoint (its signature
/// fails or is made with a key that is not trusted).
/// </summary>
public static class AuditChain
{
    public static AuditVerification Verify(IEnumerable<AuditEvent> eventsInSequenceOrder) =>
        Verify(eventsInSequenceOrder, [], _ => CheckpointSignature.Invalid);

    public static AuditVerification Verify(
        IEnumerable<AuditEvent> eventsInSequenceOrder,
        IEnumerable<CheckpointLogLine> checkpointLog,
        Func<AuditCheckpoint, CheckpointSignature> signature)
    {
        ArgumentNullException.ThrowIfNull(eventsInSequenceOrder);
        ArgumentNullException.ThrowIfNull(checkpointLog);
        ArgumentNullException.ThrowIfNull(signature);
        using var log = new CheckedLog(checkpointLog, signature);
        var expectedPrevious = AuditEvent.GenesisHash;
        var expectedSequence = 1L;
        var count = 0L;
        if (log.Problem is { } first)
        {
            return AuditVerification.LogBroken(count, first);
        }

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

            while (log.Next is { } checkpoint && checkpoint.Checkpoint.Sequence == e.Sequence)
            {
                if (!string.Equals(checkpoint.Checkpoint.Hash, e.Hash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(count, e.Sequence,
                        $"its hash differs from the signed checkpoint of {Utc(checkpoint.Checkpoint.At)} (line {checkpoint.Line} of the checkpoint log): the trail was rewritten after that checkpoint");
                }

                log.Advance();
                if (log.Problem is { } problem)
                {
                    return AuditVerification.LogBroken(count + 1, problem);
                }
            }

            expectedPrevious = e.Hash;
            expectedSequence++;
            count++;
        }

        if (log.Next is { } beyond)
        {
            return AuditVerification.Broken(count, beyond.Checkpoint.Sequence,
                $"the signed checkpoint of {Utc(beyond.Checkpoint.At)} (line {beyond.Line} of the checkpoint log) names this event, but the trail ends at event #{count}: events were removed");
        }

        return AuditVerification.Intact(count, expectedPrevious, log.Matched, log.LastSequence);
    }

    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The log read one checkpoint ahead; each is checked (well-formed, signed, in order) as it becomes next.</summary>
    private sealed class CheckedLog : IDisposable
    {
        private readonly IEnumerator<CheckpointLogLine> _lines;
        private readonly Func<AuditCheckpoint, CheckpointSignature> _signature;

        public CheckedLog(IEnumerable<CheckpointLogLine> lines, Func<AuditCheckpoint, CheckpointSignature> signature)
        {
            _lines = lines.GetEnumerator();
            _signature = signature;
            Read();
        }

        public (AuditCheckpoint Checkpoint, long Line)? Next { get; private set; }

        public string? Problem { get; private set; }

        public long Matched { get; private set; }

        public long? LastSequence { get; private set; }

        public void Advance()
        {
            Matched++;
            LastSequence = Next?.Checkpoint.Sequence;
            Read();
        }

        public void Dispose() => _lines.Dispose();

        private void Read()
        {
            Next = null;
            if (!_lines.MoveNext())
            {
                return;
            }

            var (line, checkpoint) = _lines.Current;
            if (checkpoint is null)
            {
                Problem = $"line {line} of the checkpoint log is not a checkpoint: the log was edited";
                return;
            }

            switch (_signature(checkpoint))
            {
                case CheckpointSignature.UnknownKey:
                    Problem = $"checkpoint #{checkpoint.Sequence} (line {line}) is signed with key {checkpoint.KeyId}, which is not a trusted key: it was forged, or that key's public half is missing";
                    return;
                case CheckpointSignature.Invalid:
                    Problem = $"the signature of checkpoint #{checkpoint.Sequence} (line {line}) does not verify: the checkpoint was forged or edited";
                    return;
            }

            if (LastSequence is { } previous && checkpoint.Sequence < previous)
            {
                Problem = $"checkpoint #{checkpoint.Sequence} (line {line}) comes after checkpoint #{previous}: the log was reordered";
                return;
            }

            Next = (checkpoint, line);
        }
    }
}

public sealed record AuditVerification(bool IsIntact, long VerifiedCount, long? BrokenAtSequence, string Message, string? HeadHash)
{
    /// <summary>How many signed checkpoints the trail runs through (intact results only).</summary>
    public long CheckpointsMatched { get; init; }

    public static AuditVerification Intact(long count, string headHash, long checkpoints = 0, long? lastCheckpoint = null) =>
        new(true, count, null, $"Audit chain intact: {count} events verified. " + (checkpoints == 0
            ? "No signed checkpoints yet."
            : $"{checkpoints} signed {(checkpoints == 1 ? "checkpoint matches" : "checkpoints match")}, the last at event #{lastCheckpoint}."), headHash)
        {
            CheckpointsMatched = checkpoints,
        };

    public static AuditVerification Broken(long verified, long sequence, string reason) =>
        new(false, verified, sequence, $"Audit chain broken at event #{sequence}: {reason}.", null);

    public static AuditVerification LogBroken(long verified, string reason) =>
        new(false, verified, null, $"Checkpoint log broken: {reason}.", null);
}
