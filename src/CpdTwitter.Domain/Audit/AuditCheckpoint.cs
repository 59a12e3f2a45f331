using System.Globalization;
using System.Text.Json;

namespace CpdTwitter.Domain.Audit;

/// <summary>
/// A signed statement "event #<see cref="Sequence"/> of the audit trail had hash <see cref="Hash"/> at <see cref="At"/>",
/// kept outside the database. The signature covers <see cref="SignedText"/>, one canonical line, so an edit to any field
/// of a logged checkpoint makes its signature fail.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTime At, string KeyId, string Signature)
{
    public const string Format = "cpdtwitter-audit-checkpoint/1";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The text the signature is made over: the format name and every field but the signature, in a fixed order.</summary>
    public string SignedText => TextToSign(Sequence, Hash, At, KeyId);

    public static string TextToSign(long sequence, string hash, DateTime at, string keyId) => string.Create(CultureInfo.InvariantCulture,
        $"{Format} sequence={sequence} hash={hash} at={at.ToString(TimeFormat, CultureInfo.InvariantCulture)} key={keyId}");

    /// <summary>A checkpoint time: UTC, whole seconds (the log and the signed text carry seconds).</summary>
    public static DateTime Time(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new DomainException("Checkpoint times are recorded in UTC.");
        }

        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>One line of the checkpoint log (JSON, no line breaks).</summary>
    public string ToLogLine() => JsonSerializer.Serialize(new LogLine(
        Format, Sequence, Hash, At.ToString(TimeFormat, CultureInfo.InvariantCulture), KeyId, Signature), LogLineContext.Default.LogLine);

    /// <summary>Reads one log line; null when it is not a well-formed checkpoint (the verifier reports the line).</summary>
    public static AuditCheckpoint? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        LogLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(line, LogLineContext.Default.LogLine);
        }
        catch (JsonException)
        {
            return null;
        }

        if (parsed is null || parsed.Format != Format || parsed.Sequence < 1 || parsed.Hash is not { Length: AuditEvent.HashLength }
            || string.IsNullOrEmpty(parsed.KeyId) || string.IsNullOrEmpty(parsed.Signature)
            || !DateTime.TryParseExact(parsed.At, TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return null;
        }

        return new AuditCheckpoint(parsed.Sequence, parsed.Hash, DateTime.SpecifyKind(at, DateTimeKind.Utc), parsed.KeyId, parsed.Signature);
    }

    internal sealed record LogLine(string Format, long Sequence, string Hash, string At, string KeyId, string Signature);
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(AuditCheckpoint.LogLine))]
internal sealed partial class LogLineContext : System.Text.Json.Serialization.JsonSerializerContext;
