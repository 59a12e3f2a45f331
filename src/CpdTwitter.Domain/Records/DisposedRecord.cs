namespace CpdTwitter.Domain.Records;

/// <summary>
/// The tombstone of one disposed record: what it was (series, id, district, author, created), the SHA-256 of its content
/// just before the purge, and when. With the disposition's certificate and the two people, it proves what was destroyed
/// and under which authority, while the audit trail (never purged) still verifies.
/// </summary>
public sealed class DisposedRecord
{
    private DisposedRecord()
    {
        AuthorId = string.Empty;
    }

    internal DisposedRecord(Guid dispositionId, RecordSeries series, HeldRecord facts)
        : this()
    {
        Id = Guid.NewGuid();
        DispositionId = dispositionId;
        Series = series;
        RecordId = facts.Id;
        District = facts.District;
        AuthorId = facts.AuthorId;
        RecordCreatedAt = facts.CreatedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid DispositionId { get; private set; }

    public RecordSeries Series { get; private set; }

    public Guid RecordId { get; private set; }

    public int District { get; private set; }

    public string AuthorId { get; private set; }

    public DateTime RecordCreatedAt { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the record's canonical content (<see cref="ContentHash"/>); null until approved.</summary>
    public string? ContentSha256 { get; private set; }

    public DateTime? DisposedAt { get; private set; }

    internal HeldRecord Facts => new(RecordId, District, AuthorId, RecordCreatedAt);

    internal void Seal(string sha256, DateTime nowUtc)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            throw new ArgumentException("Expected a lower-case hex SHA-256.", nameof(sha256));
        }

        ContentSha256 = sha256;
        DisposedAt = nowUtc;
    }
}
