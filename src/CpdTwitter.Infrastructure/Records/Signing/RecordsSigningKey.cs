using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace CpdTwitter.Infrastructure.Records.Signing;

/// <summary>
/// The ECDSA P-256 key that signs audit checkpoints and export tag manifests, so that someone who can rewrite the
/// database still cannot forge what was signed. Signatures are IEEE P1363 (r‖s, 64 bytes) over SHA-256, base64 in text.
/// </summary>
public sealed class RecordsSigningKey : IDisposable
{
    private const string Purpose = "CpdTwitter.Records.SigningKey.v1";
    private readonly ECDsa _key;

    private RecordsSigningKey(ECDsa key)
    {
        _key = key;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = Fingerprint(key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the public key: printed beside every signature.</summary>
    public string KeyId { get; }

    public string PublicKeyPem { get; }

    public static RecordsSigningKey Load(RecordsSigningOptions options, string dataFolder, IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(protection);
        if (!string.IsNullOrWhiteSpace(options.Pem))
        {
            return new RecordsSigningKey(Import(options.Pem, "Records:SigningKey:Pem"));
        }

        var path = Path.GetFullPath(Path.Combine(dataFolder, options.KeyFile));
        var protector = protection.CreateProtector(Purpose);
        if (File.Exists(path))
        {
            string pem;
            try
            {
                pem = protector.Unprotect(File.ReadAllText(path).Trim());
            }
            catch (CryptographicException ex)
            {
                throw new StartupException(
                    $"The records signing key '{path}' cannot be decrypted with this key ring: restore the Data Protection keys it was made with.", ex);
            }

            return new RecordsSigningKey(Import(pem, path));
        }

        if (!options.CreateIfMissing)
        {
            throw new StartupException($"The records signing key '{path}' does not exist and Records:SigningKey:CreateIfMissing is false.");
        }

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, protector.Protect(key.ExportPkcs8PrivateKeyPem()));
        return new RecordsSigningKey(key);
    }

    public static RecordsSigningKey FromPem(string pem) => new(Import(pem, "the given PEM"));

    public string Sign(string text) => Convert.ToBase64String(
        _key.SignData(Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public bool Verify(string text, string signatureBase64) => VerifyWith(PublicKeyPem, text, signatureBase64);

    /// <summary>Checks a signature against a public key alone, as an auditor without the private key would.</summary>
    public static bool VerifyWith(string publicKeyPem, string text, string signatureBase64)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signature = new byte[64];
        if (!Convert.TryFromBase64String(signatureBase64 ?? string.Empty, signature, out var length) || length != 64)
        {
            return false;
        }

        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return key.VerifyData(Encoding.UTF8.GetBytes(text), signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public void Dispose() => _key.Dispose();

    private static string Fingerprint(byte[] subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    private static ECDsa Import(string pem, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new StartupException($"The records signing key from {source} is not a PEM-encoded ECDSA private key.", ex);
        }

        if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new StartupException($"The records signing key from {source} must be an ECDSA P-256 key.");
        }

        return key;
    }
}
