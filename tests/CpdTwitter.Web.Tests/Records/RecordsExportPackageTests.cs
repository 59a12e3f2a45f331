using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Export;
using CpdTwitter.Infrastructure.Records.Signing;
using CpdTwitter.Web.Tests.Support;
using Microsoft.VisualBasic.FileIO;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>
/// The public-records package as an auditor and a requester receive it: a BagIt bag whose every checksum holds, whose
/// tag manifest is signed by the records key (checked with the public key alone), with none of the withheld values in
/// any of its files, and a CSV that opens with the expected columns.
/// </summary>
public sealed class RecordsExportPackageTests : IDisposable
{
    private const string PersonalEmail = "jane.tipster@gmail.com";
    private const string Phone = "312-555-0147";
    private const string EmployeeNumber = "118822";
    private const string LogOnId = "pgrant77";
    private const string InternalNote = "Internal: the complainant is the commander's neighbour";

    private readonly CpdTwitterFactory _factory = new();
    private readonly string _out = Directory.CreateTempSubdirectory("cpd-export-").FullName;

    [Fact]
    public async Task The_package_verifies_from_its_manifests_and_signature_and_holds_no_withheld_value()
    {
        var postId = await SeedAsync();
        var today = ChicagoTime.DateOf(DateTime.UtcNow);

        var result = await ExportAsync(new RecordsExportRequest(12, today.AddDays(-1), today.AddDays(1), Reference: "FOIA-2026-0042"));

        result.Postings.ShouldBe(2);
        result.Redactions.ShouldBeGreaterThanOrEqualTo(5);
        var files = Unpack(result.Path);
        var bag = Path.GetFileNameWithoutExtension(result.Path) + "/";
        files.Keys.ShouldAllBe(name => name.StartsWith(bag, StringComparison.Ordinal));
        var text = files.ToDictionary(f => f.Key[bag.Length..], f => f.Value);

        Encoding.UTF8.GetString(text["bagit.txt"]).ShouldBe("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        var payload = CheckManifest(text, "manifest-sha256.txt");
        payload.ShouldBe(["data/postings.csv", "data/postings.json", "data/mentions.csv", "data/mentions.json", "data/record.html", "data/record.css", "data/redaction-log.csv"], ignoreOrder: true);
        var tags = CheckManifest(text, "tagmanifest-sha256.txt");
        tags.ShouldBe(["bagit.txt", "bag-info.txt", "manifest-sha256.txt", BagWriter.PublicKeyFile], ignoreOrder: true);
        text.Keys.Where(k => !k.StartsWith("data/", StringComparison.Ordinal)).Except(tags)
            .ShouldBe(["tagmanifest-sha256.txt", BagWriter.SignatureFile, BagWriter.DerSignatureFile], ignoreOrder: true);

        var info = Encoding.UTF8.GetString(text["bag-info.txt"]);
        var bytes = payload.Sum(p => (long)text[p].Length);
        info.ShouldContain($"Payload-Oxum: {bytes.ToString(CultureInfo.InvariantCulture)}.{payload.Count.ToString(CultureInfo.InvariantCulture)}\n");
        info.ShouldContain("Source-Organization: Chicago Police Department\n");
        info.ShouldContain("External-Identifier: FOIA-2026-0042\n");
        info.ShouldContain("District 012");

        var publicKey = Encoding.UTF8.GetString(text[BagWriter.PublicKeyFile]);
        publicKey.ShouldNotContain("PRIVATE");
        var manifest = Encoding.UTF8.GetString(text["tagmanifest-sha256.txt"]);
        var signature = Encoding.UTF8.GetString(text[BagWriter.SignatureFile]).Trim();
        RecordsSigningKey.VerifyWith(publicKey, manifest, signature).ShouldBeTrue();
        RecordsSigningKey.VerifyWith(publicKey, manifest.Replace('a', 'b'), signature).ShouldBeFalse();
        using (var ecdsa = ECDsa.Create())
        {
            ecdsa.ImportFromPem(publicKey);
            ecdsa.VerifyData(text["tagmanifest-sha256.txt"], text[BagWriter.DerSignatureFile], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
                .ShouldBeTrue();
        }

        foreach (var (name, content) in text)
        {
            var body = Encoding.UTF8.GetString(content);
            foreach (var secret in new[] { PersonalEmail, Phone, EmployeeNumber, LogOnId, "commander's neighbour", "commander&#39;s neighbour", _sergeantId })
            {
                body.ShouldNotContain(secret, Case.Insensitive, $"{secret} in {name}");
            }
        }

        var record = Encoding.UTF8.GetString(text["data/record.html"]);
        record.ShouldContain("<link rel=\"stylesheet\" href=\"record.css\">");
        record.ShouldNotContain("style=");
        record.ShouldNotContain("<script");
        Encoding.UTF8.GetString(text["data/record.css"]).ShouldContain("page-break-after: always");
        record.ShouldContain("[redacted 7(1)(b)]");

        using var json = JsonDocument.Parse(text["data/postings.json"]);
        var posting = json.RootElement.GetProperty("postings").EnumerateArray().Single(p => p.GetProperty("posting_id").GetString() == postId.ToString());
        posting.GetProperty("x_post_id").GetString().ShouldBe("1880000000000000042");
        var events = posting.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        events.ShouldBe(["Revision saved", "Submitted", "Approved", "Released to the publishing queue", "Published on X", "Reviewed: Reviewed", "Discontinued"]);
        posting.GetProperty("events")[0].GetProperty("event_chicago").GetString()!.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[56]:00$");

        var log = ReadCsv(text["data/redaction-log.csv"]);
        log[0].ShouldBe(RecordsExporter.RedactionLogHeader);
        var withheld = log.Skip(1).Select(r => (r[3], r[4])).Distinct().ToList();
        withheld.ShouldContain((Domain.Records.Redaction.RedactionRules.Email, "7(1)(b)"));
        withheld.ShouldContain((Domain.Records.Redaction.RedactionRules.Phone, "7(1)(b)"));
        withheld.ShouldContain((Domain.Records.Redaction.RedactionRules.EmployeeNumber, "7(1)(c)"));
        withheld.ShouldContain((Domain.Records.Redaction.RedactionRules.LogOnId, "7(1)(c)"));
        withheld.ShouldContain((Domain.Records.Redaction.RedactionRules.InternalNote, "7(1)(c)"));
    }

    [Fact]
    public async Task The_csv_opens_with_the_expected_columns_one_row_per_history_event()
    {
        await SeedAsync();
        var today = ChicagoTime.DateOf(DateTime.UtcNow);

        var result = await ExportAsync(new RecordsExportRequest(null, today.AddDays(-1), today.AddDays(1), Search: "wallet"));

        var files = Unpack(result.Path);
        var rows = ReadCsv(files.Single(f => f.Key.EndsWith("/data/postings.csv", StringComparison.Ordinal)).Value);
        rows[0].ShouldBe(
        [
            "posting_id", "district", "state", "origin", "deleted_outside_utc", "deleted_outside_chicago", "category", "notable",
            "author", "created_utc", "created_chicago",
            "submitted_utc", "submitted_chicago", "published_utc", "published_chicago", "discontinued_utc", "discontinued_chicago",
            "x_account", "x_post_id", "x_post_url", "sandbox", "corrects_posting_id",
            "in_reply_to_x_post_id", "in_reply_to_author_handle", "in_reply_to_text", "sent_text", "disposed_utc", "disposal_certificate",
            "event", "revision", "event_utc", "event_chicago", "by", "by_role", "text", "note",
        ]);
        rows.Count.ShouldBe(1 + 7);
        rows.Skip(1).ShouldAllBe(r => r.Length == rows[0].Length && r[1] == "012");
        result.Postings.ShouldBe(1);
    }

    [Fact]
    public async Task Posts_made_or_deleted_outside_the_app_say_so_in_every_format()
    {
        await SeedAsync();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            var now = DateTime.UtcNow.AddHours(-1);
            await Infrastructure.Records.Capture.OutsideAppAuthor.EnsureAsync(db, now, TestContext.Current.CancellationToken);
            db.Posts.Add(Post.CapturedFromX(12, "1880000000000000777", "Posted straight from the phone app.", "CPD12", now, now.AddMinutes(30)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var author = (await _factory.FindUserAsync(LogOnId)).Id;
            var published = Post.Draft(12, author, "P.O. Grant", new PostContent(PostCategory.CommunityEvent, "Beat meeting Tuesday.", null, false, null), now);
            published.Submit(author, PolicyReview.Clear, districtRequiresSergeant: false, now.AddMinutes(1));
            published.MarkPublished("1880000000000000043", null, published.Text, "CPD12", sandbox: false, now.AddMinutes(2));
            published.MarkDeletedOutsideApp(now.AddMinutes(40)).ShouldBeTrue();
            db.Posts.Add(published);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var today = ChicagoTime.DateOf(DateTime.UtcNow);
        var result = await ExportAsync(new RecordsExportRequest(12, today.AddDays(-1), today.AddDays(1)));

        var files = Unpack(result.Path);
        var rows = ReadCsv(files.Single(f => f.Key.EndsWith("/data/postings.csv", StringComparison.Ordinal)).Value);
        var origin = Array.IndexOf(rows[0], "origin");
        var deleted = Array.IndexOf(rows[0], "deleted_outside_utc");
        var xId = Array.IndexOf(rows[0], "x_post_id");
        rows.Skip(1).Where(r => r[xId] == "1880000000000000777").ShouldAllBe(r => r[origin] == PostOrigin.OutsideApp.DisplayName());
        rows.Skip(1).Count(r => r[xId] == "1880000000000000777").ShouldBeGreaterThan(0);
        rows.Skip(1).Where(r => r[xId] == "1880000000000000043").ShouldAllBe(r => r[origin] == PostOrigin.App.DisplayName() && r[deleted].Length > 0);
        var html = Encoding.UTF8.GetString(files.Single(f => f.Key.EndsWith("/data/record.html", StringComparison.Ordinal)).Value);
        html.ShouldContain(PostOrigin.OutsideApp.DisplayName());
        rows.Skip(1).Count(r => r[xId] == "1880000000000000043").ShouldBeGreaterThan(0);
    }

    private string _sergeantId = "not yet";

    private async Task<Guid> SeedAsync()
    {
        var author = await _factory.CreateUserAsync(LogOnId, 12, Domain.People.Roles.Representative);
        var author7 = await _factory.CreateUserAsync("rep7", 7, Domain.People.Roles.Representative);
        _sergeantId = await _factory.CreateUserAsync("sgt12", 12, Domain.People.Roles.CommunityPolicingSergeant);
        var sergeant = new PostApprover(_sergeantId, "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);
        var newsAffairs = new PostApprover(await _factory.CreateUserAsync("na1", null, Domain.People.Roles.NewsAffairs), "Dana Bell", IsNewsAffairs: true, SupervisesDistrict: null);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = DateTime.UtcNow.AddHours(-2);
        var text = $"Found wallet returned. Owner {PersonalEmail}, {Phone}, entered by log-on ID {LogOnId}.";
        var post = Post.Draft(12, author, "P.O. Grant", new PostContent(PostCategory.CommunityEvent, text, null, false, null), now);
        post.Submit(author, PolicyReview.Clear, districtRequiresSergeant: true, now.AddMinutes(1));
        post.Approve(sergeant, null, $"OK. Checked with employee no. {EmployeeNumber}.", PolicyLists.Defaults, now.AddMinutes(2));
        post.MarkPublished("1880000000000000042", "https://x.com/CPD12/status/1880000000000000042", post.Text, "CPD12", sandbox: false, now.AddMinutes(3));
        post.Review(sergeant, ReviewOutcome.Reviewed, new ReviewChecklist(true, true, true, true, true), $"Call {Phone} if asked.", now.AddMinutes(4));
        post.Discontinue(newsAffairs, DiscontinueReason.Outdated, InternalNote, now.AddMinutes(5));
        db.Posts.Add(post);

        var other = Post.Draft(12, author, "P.O. Grant", new PostContent(PostCategory.CrimePreventionTip, "Lock your car.", null, false, null), now);
        other.Submit(author, PolicyReview.Clear, districtRequiresSergeant: false, now.AddMinutes(1));
        db.Posts.Add(other);
        var elsewhere = Post.Draft(7, author7, "P.O. Ruiz", new PostContent(PostCategory.CrimePreventionTip, "Lock your car, District 7.", null, false, null), now);
        elsewhere.Submit(author7, PolicyReview.Clear, districtRequiresSergeant: false, now.AddMinutes(1));
        db.Posts.Add(elsewhere);
        await db.SaveChangesAsync();
        return post.Id;
    }

    private async Task<RecordsExportResult> ExportAsync(RecordsExportRequest request)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsExporter>().ExportAsync(request, _out);
    }

    private static Dictionary<string, byte[]> Unpack(string zip) => BagFiles.Unpack(File.OpenRead(zip));

    private static List<string> CheckManifest(Dictionary<string, byte[]> files, string manifest) => BagFiles.CheckManifest(files, manifest);

    private static List<string[]> ReadCsv(byte[] content)
    {
        // The framework's own RFC 4180 reader (quoted fields with commas, quotes and line breaks).
        using var csv = new TextFieldParser(new MemoryStream(content), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        csv.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!csv.EndOfData)
        {
            rows.Add(csv.ReadFields()!);
        }

        return rows;
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
