using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// How the second-factor secrets rest in AspNetUserTokens (CJIS 5.6.2.2 / ASVS 2.8, 2.5.7; issue 11): the authenticator
/// key encrypted with ASP.NET Core Data Protection (the app's key ring), recovery codes only as SHA-256 hashes.
/// A stored value carries a prefix saying which form it is in, so a value written before this (clear text) is
/// recognised and upgraded (<see cref="SecondFactorSecretsUpgrade"/>).
/// </summary>
public sealed class SecondFactorSecrets(IDataProtectionProvider protection)
{
    /// <summary>Identity's own names for the rows it keeps in AspNetUserTokens (UserStoreBase's private constants).</summary>
    public const string LoginProvider = "[AspNetUserStore]";
    public const string AuthenticatorKeyName = "AuthenticatorKey";
    public const string RecoveryCodesName = "RecoveryCodes";

    public const string ProtectedKeyPrefix = "dp1:";
    public const string HashedCodesPrefix = "sha256:";
    public const string Purpose = "CpdTwitter.Identity.AuthenticatorKey.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string ProtectKey(string key) => ProtectedKeyPrefix + _protector.Protect(key);

    /// <summary>The clear key; a value stored before keys were encrypted is returned as it is.</summary>
    public string? UnprotectKey(string? stored) =>
        stored is not null && stored.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal)
            ? _protector.Unprotect(stored[ProtectedKeyPrefix.Length..])
            : stored;

    public static bool IsProtectedKey(string? stored) => stored?.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal) ?? true;

    public static bool AreHashedCodes(string? stored) => stored is null || stored.Length == 0 || stored.StartsWith(HashedCodesPrefix, StringComparison.Ordinal);

    /// <summary>
    /// Codes are 75 bits of randomness (<see cref="CpdUserManager"/>), so one fast hash suffices: guessing one back from
    /// its hash costs about 2^74 SHA-256 computations. The user id salts it, so equal codes of two members differ.
    /// </summary>
    public static string Hash(string userId, string code)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(userId + ":" + Normalize(code)));
        return Convert.ToHexStringLower(bytes);
    }

    public static string StoreHashes(IEnumerable<string> hashes) => HashedCodesPrefix + string.Join(';', hashes);

    /// <summary>The hashes of the member's remaining codes; clear codes stored before hashing are hashed on the way.</summary>
    public static List<string> ReadHashes(string userId, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        return stored.StartsWith(HashedCodesPrefix, StringComparison.Ordinal)
            ? [.. stored[HashedCodesPrefix.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries)]
            : [.. stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(code => Hash(userId, code))];
    }

    /// <summary>A code as typed: spaces and dashes ignored, letters in either case.</summary>
    public static string Normalize(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
