using System.Text.Json;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>
/// Every case of tests/conformance/twitter-text/entity-cases.json: what twitter-text 3.1.0's extractEntitiesWithIndices
/// (which the composer's live preview runs) finds in 444 texts. The server's preview must mark the same entities.
/// </summary>
public sealed class TweetEntitiesConformanceTests
{
    public sealed record Sample(string Name, string Text, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Sample> Cases()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "conformance", "twitter-text", "entity-cases.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return [.. json.RootElement.GetProperty("cases").EnumerateArray().Select((c, i) => new Sample(
            $"entity case #{i}",
            c.GetProperty("text").GetString()!,
            string.Join(' ', c.GetProperty("entities").EnumerateArray().Select(e =>
                $"{e.GetProperty("kind").GetString()}:{e.GetProperty("start").GetInt32()}-{e.GetProperty("end").GetInt32()}"))))];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_what_twitter_text_finds(Sample expected)
    {
        var found = TweetEntities.Extract(TweetText.Nfc(expected.Text));

        string.Join(' ', found.Select(e => $"{e.Kind.ToString().ToLowerInvariant()}:{e.Start}-{e.End}")).ShouldBe(expected.Expected, expected.Name);
    }

    [Fact]
    public void The_cases_cover_every_kind()
    {
        var all = string.Join(' ', Cases().Select(c => c.Data.Expected));

        foreach (var kind in new[] { "url:", "mention:", "hashtag:", "cashtag:" })
        {
            all.ShouldContain(kind);
        }

        Cases().Count.ShouldBe(444);
    }

    [Fact]
    public void An_entity_overlapping_an_earlier_one_is_dropped()
    {
        var found = TweetEntities.Extract("see https://example.com/#tag and https://example.com/@user");

        found.Select(e => e.Kind).ShouldBe([TweetEntityKind.Url, TweetEntityKind.Url]);
    }
}
