using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CpdTwitter.Domain.Records;

/// <summary>
/// The content hash kept in a tombstone: SHA-256 over the UTF-8 of the record's canonical JSON (the caller's fixed
/// shape, web defaults: camelCase, no indentation). Someone holding a copy of the record (an export, a backup) can prove
/// it is the record that was destroyed by hashing the same shape.
/// </summary>
public static class ContentHash
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of<T>(T content) => Sha256Hex(JsonSerializer.Serialize(content, Options));

    public static string Sha256Hex(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
