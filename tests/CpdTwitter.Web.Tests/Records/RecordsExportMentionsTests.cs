using System.Text;
using System.Text.Json;
using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Export;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>
/// Mentions are records (issue 16): the package carries every mention of the district's scope in data/mentions.csv and
/// data/mentions.json (checksummed like the rest), a response names the mention it answers, and a mention's withheld
/// values appear in no file and are logged.
/// </summary>
public sealed class RecordsExportMentionsTests : IDisposable
{
    private const string Phone = "773-555-0199";
    private const string ReasonPhone = "312-555-0123";

    private readonly CpdTwitterFactory _factory = new();
    private readonly string _out = Directory.CreateTempSubdirectory("cpd-export-mentions-").FullName;

    private sealed record Seeded(Guid Answered, Guid Closed, Guid Elsewhere, Guid Response);

    private async Task<Seeded> SeedAsync()
    {
        var author = await _factory.CreateUserAsync("po.mentions", 12, Roles.Representative);
        var sergeant = new Actor(await _factory.CreateUserAsync("sgt.mentions", 12, Roles.CommunityPolicingSergeant), "Sgt. Kowalski", [Roles.CommunityPolicingSergeant], 12);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = DateTime.UtcNow.AddHours(-3);
        var answered = Mention.Received(12, new XMentionFacts("1990000000000000001", "55", "nbrhood_jo", "Jo Neighbor",
            $"@CPD12 is the beat meeting still on? Call me at {Phone}", now, "1990000000000000001", null, true), now.AddMinutes(1));
        var closed = Mention.Received(12, new XMentionFacts("1990000000000000002", "56", "thanks_al", "Al Thanks",
            "@CPD12 thank you officers!", now.AddMinutes(5), "1990000000000000002", null, true), now.AddMinutes(6));
        closed.CloseWithoutResponse(sergeant, $"Thanks only; he also called {ReasonPhone}.", now.AddMinutes(10));
        var elsewhere = Mention.Received(7, new XMentionFacts("1990000000000000003", "57", "other_d", "Other",
            "@CPD7 hello", now, null, null, true), now.AddMinutes(1));
        db.Mentions.AddRange(answered, closed, elsewhere);

        var response = Post.Draft(12, author, "P.O. Grant", new PostContent(PostCategory.CommunityEvent, "@nbrhood_jo Yes: Tuesday 6:30 pm at the district.", null, false, null), now.AddMinutes(20));
        response.Submit(author, PolicyReview.Clear, districtRequiresSergeant: false, now.AddMinutes(21));
        response.MarkPublished("1990000000000000099", "https://x.com/CPD12/status/1990000000000000099", response.Text, "CPD12", sandbox: false, now.AddMinutes(22));
        db.Posts.Add(response);
        // Responses are drafted from the inbox (another part of issue 16); here the link is set as such a draft has it.
        db.Entry(response).Property(p => p.InReplyToMentionId).CurrentValue = answered.Id;
        db.Entry(response).Property(p => p.InReplyToXPostId).CurrentValue = answered.XPostId;
        await db.SaveChangesAsync();
        return new Seeded(answered.Id, closed.Id, elsewhere.Id, response.Id);
    }

    private async Task<Dictionary<string, byte[]>> ExportAsync(int? district)
    {
        var today = ChicagoTime.DateOf(DateTime.UtcNow);
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecordsExporter>().ExportAsync(new RecordsExportRequest(district, today.AddDays(-1), today.AddDays(1)), _out);
        var files = BagFiles.Unpack(File.OpenRead(result.Path));
        var bag = Path.GetFileNameWithoutExtension(result.Path) + "/";
        return files.ToDictionary(f => f.Key[bag.Length..], f => f.Value);
    }

    [Fact]
    public async Task The_package_holds_the_districts_mentions_checksummed_with_the_postings_that_answer_them()
    {
        var seeded = await SeedAsync();

        var files = await ExportAsync(12);

        var payload = BagFiles.CheckManifest(files, "manifest-sha256.txt");
        payload.ShouldContain("data/mentions.csv");
        payload.ShouldContain("data/mentions.json");
        BagFiles.CheckManifest(files, "tagmanifest-sha256.txt");
        Encoding.UTF8.GetString(files["bag-info.txt"]).ShouldContain("Mentions-Count: 2\n");

        var rows = BagFiles.ReadCsv(files["data/mentions.csv"]);
        rows[0].ShouldBe(MentionColumns.CsvHeader);
        var column = rows[0].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        rows.Count.ShouldBe(3);
        var answered = rows.Single(r => r[column["mention_id"]] == seeded.Answered.ToString());
        answered[column["x_post_id"]].ShouldBe("1990000000000000001");
        answered[column["author_handle"]].ShouldBe("nbrhood_jo");
        answered[column["author_name"]].ShouldBe("Jo Neighbor");
        answered[column["response_posting_ids"]].ShouldBe(seeded.Response.ToString());
        answered[column["posted_chicago"]].ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[56]:00$");
        var closed = rows.Single(r => r[column["mention_id"]] == seeded.Closed.ToString());
        closed[column["state"]].ShouldBe(MentionState.NoResponseNeeded.DisplayName());
        closed[column["handled_by"]].ShouldBe("Sgt. Kowalski");
        closed[column["no_response_reason"]].ShouldStartWith("Thanks only");
        rows.ShouldNotContain(r => r[column["mention_id"]] == seeded.Elsewhere.ToString());

        using var json = JsonDocument.Parse(files["data/mentions.json"]);
        var mention = json.RootElement.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("mention_id").GetString() == seeded.Answered.ToString());
        mention.GetProperty("response_posting_ids").EnumerateArray().Select(e => e.GetString()).ShouldBe([seeded.Response.ToString()]);
        mention.GetProperty("in_reply_to_x_post_id").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_response_names_the_mention_it_answers_in_every_format()
    {
        var seeded = await SeedAsync();

        var files = await ExportAsync(12);

        var rows = BagFiles.ReadCsv(files["data/postings.csv"]);
        var column = rows[0].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        var response = rows.Where(r => r[column["posting_id"]] == seeded.Response.ToString()).ToList();
        response.ShouldNotBeEmpty();
        response.ShouldAllBe(r => r[column["in_reply_to_x_post_id"]] == "1990000000000000001" && r[column["in_reply_to_author_handle"]] == "nbrhood_jo");
        // A leading @ is neutralised in the CSV, as every cell a spreadsheet could take for a formula.
        response[0][column["in_reply_to_text"]].ShouldStartWith("'@CPD12 is the beat meeting still on?");

        using var json = JsonDocument.Parse(files["data/postings.json"]);
        var posting = json.RootElement.GetProperty("postings").EnumerateArray().Single(p => p.GetProperty("posting_id").GetString() == seeded.Response.ToString());
        posting.GetProperty("in_reply_to_author_handle").GetString().ShouldBe("nbrhood_jo");
        posting.GetProperty("in_reply_to_text").GetString().ShouldBe("@CPD12 is the beat meeting still on? Call me at [redacted 7(1)(b)]");

        var html = Encoding.UTF8.GetString(files["data/record.html"]);
        html.ShouldContain("<dt>In reply to</dt><dd>@nbrhood_jo (Jo Neighbor), X post 1990000000000000001:");
    }

    [Fact]
    public async Task A_mentions_withheld_values_are_in_no_file_and_are_logged()
    {
        var seeded = await SeedAsync();

        var files = await ExportAsync(null);

        foreach (var (name, content) in files)
        {
            var body = Encoding.UTF8.GetString(content);
            body.ShouldNotContain(Phone, customMessage: name);
            body.ShouldNotContain(ReasonPhone, customMessage: name);
        }

        var all = BagFiles.ReadCsv(files["data/mentions.csv"]);
        all.Count.ShouldBe(4);
        var text = all.Single(r => r[0] == seeded.Answered.ToString())[Array.IndexOf(all[0], "text")];
        text.ShouldContain("[redacted 7(1)(b)]");

        var log = BagFiles.ReadCsv(files["data/redaction-log.csv"]);
        log[0].ShouldBe(RecordsExporter.RedactionLogHeader);
        log.ShouldContain(r => r[0] == seeded.Answered.ToString() && r[2] == "text" && r[3] == Domain.Records.Redaction.RedactionRules.Phone && r[7] == "mention");
        log.ShouldContain(r => r[0] == seeded.Closed.ToString() && r[2] == "no-response reason" && r[7] == "mention");
        log.ShouldContain(r => r[0] == seeded.Response.ToString() && r[2] == "text of the mention answered" && r[7] == "posting");
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
