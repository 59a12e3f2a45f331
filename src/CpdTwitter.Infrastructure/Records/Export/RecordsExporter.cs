using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CpdTwitter.Domain.Media;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records.Redaction;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Exports;
using CpdTwitter.Infrastructure.Media;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Records.Signing;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>What an export wrote: the package, how many postings, history events, withheld values, images and mentions.</summary>
public sealed record RecordsExportResult(string Path, int Postings, int Events, int Redactions, int Images, long PayloadBytes, int Mentions = 0);

/// <summary>
/// Makes a public-records package (a zipped, signed BagIt bag; see <see cref="BagWriter"/>) for a request. It streams:
/// postings are read in keyset batches (oldest submission first) with their revisions, decisions and reviews, without
/// tracking, and each is written at once to the CSV, JSON, HTML and redaction-log files (temporary files beside the
/// package, hashed as they are copied into it), so memory stays flat whatever the number of postings. The images of the
/// postings follow, once each. The package appears under its final name only when it is complete.
/// </summary>
public sealed class RecordsExporter(CpdTwitterDbContext db, PostingsFeed feed, ImageStore images, RecordsSigningKey key, TimeProvider time)
{
    public const int BatchSize = 500;
    public const string SourceOrganization = "Chicago Police Department";

    private static readonly KeysetOrder<Post> OldestFirst = KeysetOrder.ByTime<Post>(p => p.SubmittedAt!.Value, p => p.Id, newestFirst: false);
    private static readonly KeysetOrder<Mention> MentionsOldestFirst = KeysetOrder.ByTime<Mention>(m => m.PostedAt, m => m.Id, newestFirst: false);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How many postings the request covers (for the progress of a background export).</summary>
    public Task<int> CountAsync(RecordsExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return feed.Query(request.Filter, request.Scope).CountAsync(cancellationToken);
    }

    public async Task<RecordsExportResult> ExportAsync(RecordsExportRequest request, string folder, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow().UtcDateTime;
        var name = request.BagName(now);
        Directory.CreateDirectory(folder);
        var work = Directory.CreateDirectory(Path.Combine(folder, "." + name + ".work")).FullName;
        var partial = Path.Combine(folder, "." + name + ".zip.partial");
        var final = Path.Combine(folder, name + ".zip");
        try
        {
            var written = await WritePayloadFilesAsync(request, work, progress, cancellationToken);
            using (var bag = new BagWriter(partial, name))
            {
                foreach (var file in PayloadFiles)
                {
                    await using var content = File.OpenRead(Path.Combine(work, Path.GetFileName(file)));
                    await bag.AddPayloadAsync(file, content, CompressionLevel.Optimal, cancellationToken);
                }

                var copied = 0;
                foreach (var (sha, path) in written.Images)
                {
                    if (images.PathOf(sha) is { } source)
                    {
                        await using var content = File.OpenRead(source);
                        await bag.AddPayloadAsync(path, content, CompressionLevel.NoCompression, cancellationToken);
                        copied++;
                    }
                }

                await bag.FinishAsync(BagInfo(request, now, written), key, cancellationToken);
                written = written with { ImagesCopied = copied, PayloadBytes = bag.PayloadBytes };
            }

            File.Move(partial, final);
            return new RecordsExportResult(final, written.Postings, written.Events, written.Redactions, written.ImagesCopied, written.PayloadBytes, written.Mentions);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            File.Delete(partial);
        }
    }

    private static readonly string[] PayloadFiles = ["data/postings.csv", "data/postings.json", "data/mentions.csv", "data/mentions.json", "data/record.html", RecordHtmlWriter.StylesheetPath, "data/redaction-log.csv"];

    private List<(string Name, string Value)> BagInfo(RecordsExportRequest request, DateTime now, Written written)
    {
        var info = new List<(string Name, string Value)>
        {
            ("Source-Organization", SourceOrganization),
            ("Bagging-Date", RecordsExportRequest.Today(now)),
            ("Bag-Software-Agent", "CpdTwitter records export"),
            ("External-Description", request.Description()),
        };
        if (!string.IsNullOrWhiteSpace(request.Reference))
        {
            info.Add(("External-Identifier", request.Reference.Trim()));
        }

        info.Add(("Postings-Count", written.Postings.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        info.Add(("Mentions-Count", written.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        info.Add(("Redactions-Count", written.Redactions.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        info.Add(("Records-Signing-Key-Id", key.KeyId));
        info.Add(("Records-Signature", $"{BagWriter.SignatureFile} and {BagWriter.DerSignatureFile}: ECDSA P-256 / SHA-256 over tagmanifest-sha256.txt; public key {BagWriter.PublicKeyFile}"));
        return info;
    }

    private sealed record Written(int Postings, int Events, int Redactions, IReadOnlyList<(string Sha, string Path)> Images, int Mentions = 0, int ImagesCopied = 0, long PayloadBytes = 0);

    private async Task<Written> WritePayloadFilesAsync(RecordsExportRequest request, string work, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(work, "record.css"), RecordHtmlWriter.Stylesheet, Utf8, cancellationToken);
        await using var csvFile = Writer(work, "postings.csv");
        await using var htmlFile = Writer(work, "record.html");
        await using var logFile = Writer(work, "redaction-log.csv");
        await using var jsonStream = new FileStream(Path.Combine(work, "postings.json"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        await using var json = new Utf8JsonWriter(jsonStream, new JsonWriterOptions { Indented = true });
        var csv = new CsvWriter(csvFile);
        var log = new CsvWriter(logFile);
        var html = new RecordHtmlWriter(htmlFile);
        await csv.WriteRowAsync(PostingColumns.CsvHeader, cancellationToken);
        await log.WriteRowAsync(RedactionLogHeader, cancellationToken);
        await html.StartAsync("Public-records export", [request.Description(), .. string.IsNullOrWhiteSpace(request.Reference) ? Array.Empty<string>() : ["Request: " + request.Reference.Trim()]]);
        json.WriteStartObject();
        json.WriteString("description", request.Description());
        if (!string.IsNullOrWhiteSpace(request.Reference))
        {
            json.WriteString("request", request.Reference.Trim());
        }

        json.WriteStartArray("postings");
        var pending = new List<RedactionEntry>();
        var builder = new PostingRecordBuilder(rules, pending.Add);
        var imageFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        string? PackagePath(PostImage image)
        {
            if (!imageFiles.TryGetValue(image.Sha256, out var path))
            {
                path = $"data/images/{image.Sha256}.{Extension(image.Kind)}";
                imageFiles[image.Sha256] = path;
            }

            return path;
        }

        int postings = 0, events = 0, redactions = 0;
        var query = feed.Query(request.Filter, request.Scope);
        Post? last = null;
        while (true)
        {
            var batch = await query.BatchAfterAsync(OldestFirst, last, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(p => p.Id).ToList();
            var revisions = (await db.PostRevisions.AsNoTracking().Where(r => ids.Contains(r.PostId)).ToListAsync(cancellationToken)).ToLookup(r => r.PostId);
            var decisions = (await db.PostDecisions.AsNoTracking().Where(d => ids.Contains(d.PostId)).ToListAsync(cancellationToken)).ToLookup(d => d.PostId);
            var reviews = (await db.PostReviews.AsNoTracking().Where(r => ids.Contains(r.PostId)).ToListAsync(cancellationToken)).ToLookup(r => r.PostId);
            var answered = batch.Where(p => p.InReplyToMentionId is not null).Select(p => p.InReplyToMentionId!.Value).Distinct().ToList();
            var mentions = answered.Count == 0 ? []
                : await db.Mentions.AsNoTracking().Where(m => answered.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
            foreach (var post in batch)
            {
                var record = builder.Build(post, revisions[post.Id], decisions[post.Id], reviews[post.Id], PackagePath,
                    post.InReplyToMentionId is { } mentionId ? mentions.GetValueOrDefault(mentionId) : null);
                foreach (var item in record.Events)
                {
                    await csv.WriteRowAsync([.. PostingColumns.Posting.Select(c => c.Value(record)), .. PostingColumns.Event.Select(c => c.Value(item))], cancellationToken);
                }

                WriteJson(json, record);
                await html.WriteAsync(record);
                foreach (var entry in pending)
                {
                    await log.WriteRowAsync(LogRow(entry), cancellationToken);
                }

                redactions += pending.Count;
                pending.Clear();
                events += record.Events.Count;
                postings++;
            }

            await json.FlushAsync(cancellationToken);
            last = batch[^1];
            progress?.Report(postings);
            db.ChangeTracker.Clear();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await html.EndAsync();
        var (mentionCount, mentionRedactions) = await WriteMentionsAsync(request, work, rules, log, cancellationToken);
        return new Written(postings, events, redactions + mentionRedactions, [.. imageFiles.Select(i => (i.Key, i.Value))], mentionCount);
    }

    /// <summary>
    /// data/mentions.csv and data/mentions.json: every mention of the district account(s) in the request's district,
    /// posted on its Chicago days (search words select postings only), oldest first in keyset batches, with the ids of
    /// the postings that answer each. Their text goes through the same redaction rules, logged in the same log.
    /// </summary>
    private async Task<(int Mentions, int Redactions)> WriteMentionsAsync(RecordsExportRequest request, string work, RedactionRules rules, CsvWriter log, CancellationToken cancellationToken)
    {
        await using var csvFile = Writer(work, "mentions.csv");
        await using var jsonStream = new FileStream(Path.Combine(work, "mentions.json"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        await using var json = new Utf8JsonWriter(jsonStream, new JsonWriterOptions { Indented = true });
        var csv = new CsvWriter(csvFile);
        await csv.WriteRowAsync(MentionColumns.CsvHeader, cancellationToken);
        json.WriteStartObject();
        json.WriteString("description", request.Description());
        json.WriteStartArray("mentions");
        var pending = new List<RedactionEntry>();
        var builder = new MentionRecordBuilder(rules, pending.Add);
        var start = StartOf(request.From);
        var end = StartOf(request.To.AddDays(1));
        var query = db.Mentions.AsNoTracking().Within(request.Scope).Where(m => m.PostedAt >= start && m.PostedAt < end);
        if (request.District is { } district)
        {
            query = query.Where(m => m.District == district);
        }

        int count = 0, redactions = 0;
        Mention? last = null;
        while (true)
        {
            var batch = await query.BatchAfterAsync(MentionsOldestFirst, last, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(m => m.Id).ToList();
            var responses = (await db.Posts.AsNoTracking()
                    .Where(p => p.InReplyToMentionId != null && ids.Contains(p.InReplyToMentionId.Value) && p.State != PostState.Draft)
                    .Select(p => new { MentionId = p.InReplyToMentionId!.Value, p.Id, p.CreatedAt })
                    .ToListAsync(cancellationToken))
                .OrderBy(r => r.CreatedAt).ToLookup(r => r.MentionId, r => r.Id);
            foreach (var mention in batch)
            {
                var record = builder.Build(mention, [.. responses[mention.Id]]);
                await csv.WriteRowAsync([.. MentionColumns.All.Select(c => c.Value(record))], cancellationToken);
                json.WriteStartObject();
                foreach (var column in MentionColumns.All.Where(c => c.Name != "response_posting_ids"))
                {
                    WriteValue(json, column.Name, column.Value(record));
                }

                json.WriteStartArray("response_posting_ids");
                foreach (var id in record.ResponsePostingIds)
                {
                    json.WriteStringValue(id.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
                foreach (var entry in pending)
                {
                    await log.WriteRowAsync(LogRow(entry), cancellationToken);
                }

                redactions += pending.Count;
                pending.Clear();
                count++;
            }

            await json.FlushAsync(cancellationToken);
            last = batch[^1];
            db.ChangeTracker.Clear();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return (count, redactions);
    }

    private static DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Domain.ChicagoTime.Zone);

    /// <summary>record_id is a posting's id or a mention's (record says which); the first column kept its place for readers of older logs.</summary>
    public static IReadOnlyList<string> RedactionLogHeader { get; } = ["record_id", "district", "field", "withheld", "exemption", "citation", "replaced_with", "record"];

    private static string?[] LogRow(RedactionEntry entry) =>
    [
        entry.RecordId.ToString(),
        entry.District.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
        entry.Field,
        entry.Redaction.Kind,
        entry.Redaction.Exemption.Section(),
        entry.Redaction.Exemption.Citation(),
        entry.Redaction.Exemption.Replacement(),
        entry.Record,
    ];

    private static void WriteJson(Utf8JsonWriter json, PostingRecord record)
    {
        json.WriteStartObject();
        foreach (var column in PostingColumns.Posting)
        {
            WriteValue(json, column.Name, column.Value(record));
        }

        json.WriteString("text", record.Text);
        json.WriteStartArray("images");
        foreach (var image in record.Images)
        {
            json.WriteStartObject();
            json.WriteString("sha256", image.Image.Sha256);
            json.WriteString("content_type", image.Image.ContentType);
            json.WriteNumber("width", image.Image.Width);
            json.WriteNumber("height", image.Image.Height);
            json.WriteString("alt_text", image.AltText);
            WriteValue(json, "file", image.PackagePath);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var item in record.Events)
        {
            json.WriteStartObject();
            foreach (var column in PostingColumns.Event)
            {
                WriteValue(json, column.Name, column.Value(item));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>The department's known employee numbers and log-on IDs (registry and accounts), sought in every text.</summary>
    private async Task<RedactionRules> RulesAsync(CancellationToken cancellationToken)
    {
        var appointments = await db.Appointments.AsNoTracking().IgnoreQueryFilters().Select(a => new { a.EmployeeNumber, a.LogOnId }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => u.UserName).ToListAsync(cancellationToken);
        return new RedactionRules(
            appointments.Select(a => a.EmployeeNumber),
            appointments.Select(a => a.LogOnId).Concat(users.Where(u => u is not null).Select(u => u!)));
    }

    private static StreamWriter Writer(string work, string name) =>
        new(new FileStream(Path.Combine(work, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Utf8);

    private static string Extension(ImageKind kind) => kind switch
    {
        ImageKind.Jpeg => "jpg",
        ImageKind.Png => "png",
        ImageKind.Webp => "webp",
        ImageKind.Gif => "gif",
        _ => "bin",
    };
}
