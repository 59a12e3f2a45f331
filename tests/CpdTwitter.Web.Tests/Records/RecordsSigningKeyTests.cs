using System.Security.Cryptography;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Records.Signing;
using Microsoft.AspNetCore.DataProtection;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>The records signing key: kept encrypted outside the database, stable across restarts, verifiable from the public key alone.</summary>
public sealed class RecordsSigningKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cpd-signing-").FullName;
    private readonly IDataProtectionProvider _protection;

    public RecordsSigningKeyTests() =>
        _protection = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(_folder, "keys")));

    [Fact]
    public void A_key_made_on_first_use_is_stored_encrypted_and_read_back_the_same()
    {
        using var first = RecordsSigningKey.Load(new RecordsSigningOptions(), _folder, _protection);
        var stored = File.ReadAllText(Path.Combine(_folder, "records-signing.key"));
        stored.ShouldNotContain("PRIVATE KEY");

        using var again = RecordsSigningKey.Load(new RecordsSigningOptions(), _folder, _protection);
        again.KeyId.ShouldBe(first.KeyId);
        again.Verify("checkpoint 1000", first.Sign("checkpoint 1000")).ShouldBeTrue();
    }

    [Fact]
    public void A_signature_holds_only_for_the_same_text_and_key()
    {
        using var key = RecordsSigningKey.Load(new RecordsSigningOptions(), _folder, _protection);
        var signature = key.Sign("sequence=1000 head=abc");

        RecordsSigningKey.VerifyWith(key.PublicKeyPem, "sequence=1000 head=abc", signature).ShouldBeTrue();
        RecordsSigningKey.VerifyWith(key.PublicKeyPem, "sequence=1000 head=abd", signature).ShouldBeFalse();
        RecordsSigningKey.VerifyWith(key.PublicKeyPem, "sequence=1000 head=abc", "not base64").ShouldBeFalse();

        using var other = RecordsSigningKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        other.Verify("sequence=1000 head=abc", signature).ShouldBeFalse();
    }

    [Fact]
    public void A_configured_key_of_the_wrong_kind_stops_startup_with_a_plain_message()
    {
        using var rsa = RSA.Create();
        var ex = Should.Throw<StartupException>(() =>
            RecordsSigningKey.Load(new RecordsSigningOptions { Pem = rsa.ExportPkcs8PrivateKeyPem() }, _folder, _protection));
        ex.Message.ShouldContain("ECDSA");

        var missing = Should.Throw<StartupException>(() =>
            RecordsSigningKey.Load(new RecordsSigningOptions { CreateIfMissing = false }, _folder, _protection));
        missing.Message.ShouldContain("does not exist");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
