namespace CpdTwitter.Infrastructure.Records.Signing;

/// <summary>
/// Where the records signing key lives (docs/operations.md, "Records signing key"). The key is never in the database:
/// either <see cref="Pem"/> from configuration (a secret store or environment variable, PKCS#8 PEM), or a file at
/// <see cref="KeyFile"/> encrypted with Data Protection, created on first use when <see cref="CreateIfMissing"/>.
/// </summary>
public sealed class RecordsSigningOptions
{
    public const string Section = "Records:SigningKey";

    /// <summary>A PKCS#8 "PRIVATE KEY" PEM for an ECDSA P-256 key; wins over <see cref="KeyFile"/> when set.</summary>
    public string? Pem { get; set; }

    /// <summary>The Data Protection-encrypted key file; relative paths are under the data folder.</summary>
    public string KeyFile { get; set; } = "records-signing.key";

    public bool CreateIfMissing { get; set; } = true;
}
