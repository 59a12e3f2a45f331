using System.Formats.Asn1;
using System.IO.Compression;
using System.Text;
using CpdTwitter.Infrastructure.Records.Signing;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// Writes a BagIt bag (RFC 8493, version 1.0) straight into a ZIP file, one entry after another, hashing each file as it
/// goes in: payload files under <c>data/</c>, then <c>bagit.txt</c>, <c>bag-info.txt</c> (with Payload-Oxum),
/// <c>manifest-sha256.txt</c>, the public key <c>signing-key.pem</c>, <c>tagmanifest-sha256.txt</c> over those four, and
/// the tag manifest's detached ECDSA P-256 signature: <c>tagmanifest-sha256.txt.sig</c> (IEEE P1363, base64, as
/// <see cref="RecordsSigningKey.VerifyWith"/> reads it) and <c>tagmanifest-sha256.txt.sig.der</c> (DER, as
/// <c>openssl dgst -verify</c> reads it). The signature files are tag files left out of the tag manifest: they cannot be
/// in what they sign. Every entry sits under one base directory named for the bag, as RFC 8493 section 4 asks of a
/// serialized bag.
/// </summary>
public sealed class BagWriter : IDisposable
{
    public const string SignatureFile = "tagmanifest-sha256.txt.sig";
    public const string DerSignatureFile = "tagmanifest-sha256.txt.sig.der";
    public const string PublicKeyFile = "signing-key.pem";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly string _bagName;
    private readonly List<(string Hash, string Path)> _payload = [];
    private long _payloadBytes;

    public BagWriter(string zipPath, string bagName)
    {
        _bagName = bagName;
        _file = new FileStream(zipPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: false, Utf8);
    }

    public int PayloadFiles => _payload.Count;

    public long PayloadBytes => _payloadBytes;

    /// <summary>Copies a payload file into the bag (path relative to the bag, starting <c>data/</c>), hashing it on the way.</summary>
    public async Task AddPayloadAsync(string path, Stream content, CompressionLevel compression, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!path.StartsWith("data/", StringComparison.Ordinal))
        {
            throw new ArgumentException("A payload file lies under data/.", nameof(path));
        }

        var entry = _zip.CreateEntry(_bagName + "/" + path, compression);
        await using var target = await entry.OpenAsync(cancellationToken);
        await using var hashing = new HashingStream(target);
        await content.CopyToAsync(hashing, 1 << 16, cancellationToken);
        _payload.Add((hashing.Sha256Hex(), path));
        _payloadBytes += hashing.Written;
    }

    /// <summary>Writes the tag files, both manifests and the signature; the bag is complete when this returns.</summary>
    public async Task FinishAsync(IReadOnlyList<(string Name, string Value)> bagInfo, RecordsSigningKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bagInfo);
        ArgumentNullException.ThrowIfNull(key);
        var tags = new List<(string Hash, string Path)>();
        async Task Tag(string name, string text, bool listed = true)
        {
            var bytes = Utf8.GetBytes(text);
            await WriteEntryAsync(name, bytes, cancellationToken);
            if (listed)
            {
                tags.Add((Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), name));
            }
        }

        await Tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        var info = new StringBuilder();
        foreach (var (name, value) in bagInfo.Append(("Payload-Oxum", $"{_payloadBytes}.{_payload.Count}")))
        {
            // A value is one line: line breaks in filters or references must not start a new label.
            info.Append(name).Append(": ").Append(value.ReplaceLineEndings(" ")).Append('\n');
        }

        await Tag("bag-info.txt", info.ToString());
        await Tag("manifest-sha256.txt", Manifest(_payload));
        await Tag(PublicKeyFile, key.PublicKeyPem.TrimEnd() + "\n");
        var tagManifest = Manifest(tags);
        await Tag("tagmanifest-sha256.txt", tagManifest, listed: false);
        var signature = key.Sign(tagManifest);
        await Tag(SignatureFile, signature + "\n", listed: false);
        await WriteEntryAsync(DerSignatureFile, ToDer(Convert.FromBase64String(signature)), cancellationToken);
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>"hash  path" lines (two spaces, as sha256sum writes them), in the order the files went in.</summary>
    private static string Manifest(IEnumerable<(string Hash, string Path)> files)
    {
        var text = new StringBuilder();
        foreach (var (hash, path) in files)
        {
            text.Append(hash).Append("  ").Append(EncodePath(path)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>RFC 8493 section 2.1.3: a CR, LF or % in a manifest's file path is percent-encoded.</summary>
    private static string EncodePath(string path) =>
        path.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private async Task WriteEntryAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var entry = _zip.CreateEntry(_bagName + "/" + name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>An IEEE P1363 ECDSA signature (r‖s) as the DER SEQUENCE { r INTEGER, s INTEGER } that OpenSSL reads.</summary>
    public static byte[] ToDer(byte[] p1363)
    {
        ArgumentNullException.ThrowIfNull(p1363);
        var half = p1363.Length / 2;
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteIntegerUnsigned(p1363.AsSpan(0, half));
            writer.WriteIntegerUnsigned(p1363.AsSpan(half));
        }

        return writer.Encode();
    }
}
