using System.Security.Cryptography;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Records.Signing;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>
/// The public keys a checkpoint may be signed with: the current signing key and every <c>.pem</c> in the public keys
/// folder (old keys kept after a rotation). A key id or public key written in the log itself is never trusted.
/// </summary>
public sealed class CheckpointKeys(RecordsSigningKey signingKey, IOptions<CheckpointOptions> options)
{
    /// <summary>Keeps the current key's public half in the folder, so it still verifies after the key is replaced.</summary>
    public void KeepCurrentPublicKey()
    {
        var folder = options.Value.PublicKeysFolder;
        var path = Path.Combine(folder, signingKey.KeyId + ".pem");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, signingKey.PublicKeyPem);
        }
    }

    /// <summary>The trusted public keys by key id, read once per verification.</summary>
    public IReadOnlyDictionary<string, string> Trusted()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal) { [signingKey.KeyId] = signingKey.PublicKeyPem };
        var folder = options.Value.PublicKeysFolder;
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.pem"))
            {
                var pem = File.ReadAllText(file);
                if (KeyIdOf(pem) is { } id)
                {
                    keys.TryAdd(id, pem);
                }
            }
        }

        return keys;
    }

    /// <summary>Checks a checkpoint against the trusted keys.</summary>
    public static CheckpointSignature Check(IReadOnlyDictionary<string, string> trusted, AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!trusted.TryGetValue(checkpoint.KeyId, out var pem))
        {
            return CheckpointSignature.UnknownKey;
        }

        return RecordsSigningKey.VerifyWith(pem, checkpoint.SignedText, checkpoint.Signature) ? CheckpointSignature.Valid : CheckpointSignature.Invalid;
    }

    /// <summary>The key id (as <see cref="RecordsSigningKey.KeyId"/>) of a public key PEM; null when it is not one.</summary>
    private static string? KeyIdOf(string pem)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return null;
        }
    }
}
