using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CpdTwitter.Domain.Audit;

/// <summary>
/// One row of the append-only audit trail. Each event is chained to the one before it:
/// Hash = SHA-256(PreviousHash ‖ canonical form of this event), so removing, reordering or
/// editing any row breaks every hash after it.
/// </summary>
public sealed class AuditEvent
{
    public const int ActionMaxLength = 64;
    public const int ActorMaxLength = 256;
    public const int SubjectTypeMaxLength = 64;
    public const int SubjectIdMaxLength = 128;
    public const int HashLength = 64;
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEvent()
    {
        Action = string.Empty;
        Actor = string.Empty;
        SubjectType = string.Empty;
        Details = "{}";
        PreviousHash = GenesisHash;
        Hash = GenesisHash;
    }

    public AuditEvent(
        DateTime occurredAtUtc,
        string actor,
        string action,
        string subjectType,
        string? subjectId,
        int? district,
        string detailsJson)
        : this()
    {
        if (occurredAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new DomainException("Audit times are recorded in UTC.");
        }

        Require(actor, ActorMaxLength, nameof(actor));
        Id = Guid.NewGuid();
        Require(action, ActionMaxLength, nameof(action));
        Require(subjectType, SubjectTypeMaxLength, nameof(subjectType));
        if (subjectId is { Length: > SubjectIdMaxLength })
        {
            throw new DomainException($"An audit subject id is at most {SubjectIdMaxLength} characters.");
        }

        // Databases keep microseconds at best (PostgreSQL); hash what the store can give back.
        OccurredAt = TruncateToMicroseconds(occurredAtUtc);
        Actor = actor;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        District = district;
        Details = string.IsNullOrWhiteSpace(detailsJson) ? "{}" : detailsJson;
    }

    /// <summary>Identifies the event before it has a place in the chain, and in exports.</summary>
    public Guid Id { get; private set; }

    public long Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary>Who acted: a log-on ID, or "system" for the application itself.</summary>
    public string Actor { get; private set; }

    public string Action { get; private set; }

    public string SubjectType { get; private set; }

    public string? SubjectId { get; private set; }

    public int? District { get; private set; }

    public string Details { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Places the event after <paramref name="previousSequence"/> in the chain and seals it.</summary>
    public void Chain(long previousSequence, string previousHash)
    {
        if (Hash != GenesisHash || Sequence != 0)
        {
            throw new DomainException("This audit event is already sealed into the chain.");
        }

        Sequence = previousSequence + 1;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public string ComputeHash()
    {
        var bytes = Encoding.UTF8.GetBytes(PreviousHash + "\n" + Canonical());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// A length-prefixed rendering of every field, so no two different events share a form
    /// (a value cannot smuggle in a separator).
    /// </summary>
    public string Canonical()
    {
        var builder = new StringBuilder();
        Field(builder, "seq", Sequence.ToString(CultureInfo.InvariantCulture));
        Field(builder, "id", Id.ToString("D"));
        Field(builder, "at", OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(builder, "actor", Actor);
        Field(builder, "action", Action);
        Field(builder, "subjectType", SubjectType);
        Field(builder, "subjectId", SubjectId);
        Field(builder, "district", District?.ToString(CultureInfo.InvariantCulture));
        Field(builder, "details", Details);
        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string? value)
    {
        builder.Append(name).Append('=');
        if (value is null)
        {
            builder.Append("-1:");
        }
        else
        {
            builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        builder.Append('\n');
    }

    private static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static void Require(string value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new DomainException($"An audit {name} is required and at most {maxLength} characters.");
        }
    }
}
