using System.Globalization;
using System.Text.Json;

namespace CpdTwitter.Infrastructure.XApi;

public sealed partial class XClient
{
    public async Task<(XResult Result, XMentionsPage? Page)> GetMentionsPageAsync(OAuthCredentials credentials, string userId, XMentionsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<KeyValuePair<string, string>> parameters =
        [
            new("max_results", Math.Clamp(query.MaxResults, 5, 100).ToString(CultureInfo.InvariantCulture)),
            new("tweet.fields", "created_at,author_id,conversation_id,referenced_tweets,entities"),
            new("expansions", "author_id,referenced_tweets.id.author_id"),
            new("user.fields", "name,username"),
        ];
        if (query.SinceId is { } since)
        {
            parameters.Add(new("since_id", since));
        }

        if (query.PaginationToken is { } token)
        {
            parameters.Add(new("pagination_token", token));
        }

        using var request = Signed(HttpMethod.Get, $"2/users/{Uri.EscapeDataString(userId)}/mentions", credentials, parameters);
        var (result, body) = await SendAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (result with { Outcome = XOutcome.Unknown, Message = "X answered the mentions request with something that is not a page." }, null);
        }

        var users = new Dictionary<string, (string? Username, string? Name)>(StringComparer.Ordinal);
        var quotedAuthors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("includes", out var includes) && includes.ValueKind == JsonValueKind.Object)
        {
            foreach (var u in Array(includes, "users"))
            {
                if (Str(u, "id") is { } id)
                {
                    users[id] = (Str(u, "username"), Str(u, "name"));
                }
            }

            foreach (var t in Array(includes, "tweets"))
            {
                if (Str(t, "id") is { } id && Str(t, "author_id") is { } author)
                {
                    quotedAuthors[id] = author;
                }
            }
        }

        var mentions = new List<XMention>();
        foreach (var p in Array(root, "data"))
        {
            // A mention without its id or time cannot be recorded or ordered: the page is not trusted.
            if (Str(p, "id") is not { Length: > 0 } id
                || !DateTimeOffset.TryParse(Str(p, "created_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var createdAt))
            {
                return (result with { Outcome = XOutcome.Unknown, Message = "X returned a mention without its id or time." }, null);
            }

            var authorId = Str(p, "author_id");
            var author = authorId is not null && users.TryGetValue(authorId, out var known) ? known : (null, null);
            string? repliedTo = null;
            var quoted = new List<string>();
            foreach (var reference in Array(p, "referenced_tweets"))
            {
                var referenced = Str(reference, "id");
                switch (Str(reference, "type"))
                {
                    case "replied_to":
                        repliedTo = referenced;
                        break;
                    case "quoted" when referenced is not null && quotedAuthors.TryGetValue(referenced, out var quotedAuthor):
                        quoted.Add(quotedAuthor);
                        break;
                }
            }

            var mentionedIds = new List<string>();
            var mentionedNames = new List<string>();
            if (p.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Object)
            {
                foreach (var m in Array(entities, "mentions"))
                {
                    if (Str(m, "id") is { } mid)
                    {
                        mentionedIds.Add(mid);
                    }

                    if (Str(m, "username") is { } name)
                    {
                        mentionedNames.Add(name);
                    }
                }
            }

            mentions.Add(new XMention(id, Str(p, "text") ?? string.Empty, createdAt.UtcDateTime, authorId, author.Username, author.Name,
                Str(p, "conversation_id"), repliedTo, mentionedIds, mentionedNames, quoted));
        }

        string? next = null;
        var count = mentions.Count;
        if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
        {
            next = Str(meta, "next_token");
            if (meta.TryGetProperty("result_count", out var rc) && rc.TryGetInt32(out var n))
            {
                count = Math.Max(count, n);
            }
        }

        return (result, new XMentionsPage(mentions, string.IsNullOrEmpty(next) ? null : next, count));
    }

    private static readonly JsonElement NoItems = JsonDocument.Parse("[]").RootElement;

    // Absent, null or not an array reads as no items.
    private static JsonElement.ArrayEnumerator Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : NoItems.EnumerateArray();

    private static string? Str(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
