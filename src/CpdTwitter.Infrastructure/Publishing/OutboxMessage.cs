namespace CpdTwitter.Infrastructure.Publishing;

public enum OutboxKind
{
    PublishPost = 0,
    DeletePost = 1,
}

/// <summary>
/// Work for the publisher, written in the same transaction as the state change that asks for it. A publisher
/// instance claims a message by taking its lease in one UPDATE; an attempt is recorded before the call to X so a
/// crash mid-call is never followed by a blind resend.
/// </summary>
public sealed class OutboxMessage : Domain.Districts.IDistrictOwned
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(OutboxKind kind, Guid postId, int district, DateTime dueAtUtc, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        PostId = postId;
        District = district;
        DueAt = dueAtUtc;
        CreatedAt = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public OutboxKind Kind { get; private set; }

    public Guid PostId { get; private set; }

    public int District { get; private set; }

    /// <summary>Not before: the post's schedule, a rate-limit reset or a retry backoff.</summary>
    public DateTime DueAt { get; set; }

    public DateTime CreatedAt { get; private set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>Set (and committed) just before calling X; cleared when the answer is recorded.</summary>
    public DateTime? AttemptStartedAt { get; set; }

    public string? LastError { get; set; }

    public DateTime? CompletedAt { get; set; }
}
