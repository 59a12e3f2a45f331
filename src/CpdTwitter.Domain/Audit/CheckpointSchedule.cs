namespace CpdTwitter.Domain.Audit;

/// <summary>
/// Which checkpoints are due: one at every multiple of <c>everyEvents</c> the log has not reached yet (each names that
/// exact event, however late it is written), then one at the head when events happened since the last checkpoint and
/// the last is <c>maxInterval</c> old (or there is none).
/// </summary>
public static class CheckpointSchedule
{
    public static IReadOnlyList<long> Due(long lastSequence, DateTime? lastAt, long headSequence, DateTime nowUtc, int everyEvents, TimeSpan maxInterval)
    {
        var due = new List<long>();
        if (headSequence <= lastSequence)
        {
            return due;
        }

        if (everyEvents > 0)
        {
            for (var boundary = (lastSequence / everyEvents + 1) * everyEvents; boundary <= headSequence; boundary += everyEvents)
            {
                due.Add(boundary);
            }
        }

        var covered = due.Count > 0 ? due[^1] : lastSequence;
        if (headSequence > covered && (lastAt is null || nowUtc - lastAt.Value >= maxInterval))
        {
            due.Add(headSequence);
        }

        return due;
    }
}
