using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>A post on the fake X that mentions a district account (or, with <see cref="AddressesAccount"/> false, only sits in its conversation).</summary>
public sealed record FakeXMention(string Id, string AccountUserId, string AuthorId, string AuthorHandle, string AuthorName, string Text, DateTime PostedAtUtc, string? InReplyTo, bool AddressesAccount);

/// <summary>
/// The mentions side of the fake X: GET /2/users/{id}/mentions as X serves it (newest first, <c>since_id</c>, 5–100 a
/// page, <c>next_token</c>, only the <see cref="MentionWindow"/> most recent), and the rule, since February 2026, that a
/// reply must answer a post that mentions or quotes the replying account.
/// </summary>
public sealed partial class FakeXServer
{
    /// <summary>The account id GET /2/users/me answers, and whose mentions a test adds by default.</summary>
    public const string AccountUserId = "1234";

    public const string AccountUsername = "CPD12thDist";

    private readonly ConcurrentDictionary<string, FakeXMention> _mentions = new();
    private readonly ConcurrentDictionary<string, string> _replies = new();
    private readonly ConcurrentQueue<string> _mentionQueries = new();

    /// <summary>X serves only this many of an account's most recent mentions.</summary>
    public int MentionWindow { get; set; } = 800;

    /// <summary>Every mention added, by id.</summary>
    public IReadOnlyDictionary<string, FakeXMention> Mentions => _mentions;

    /// <summary>For each reply created: the post id it answers (<c>reply.in_reply_to_tweet_id</c>).</summary>
    public IReadOnlyDictionary<string, string> Replies => _replies;

    /// <summary>The mentions reads received (GET /2/users/{id}/mentions), with their query strings.</summary>
    public IReadOnlyList<string> MentionQueries => [.. _mentionQueries];

    /// <summary>Someone on X mentions the account <paramref name="accountUserId"/>; returns X's id of their post.</summary>
    public string AddMention(string authorHandle, string authorName, string text, DateTime? postedAtUtc = null, string? inReplyTo = null, bool addressesAccount = true, string accountUserId = AccountUserId)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var authorId = (9_000_000 + (uint)StringComparer.OrdinalIgnoreCase.GetHashCode(authorHandle) % 1_000_000).ToString(CultureInfo.InvariantCulture);
        _mentions[id] = new FakeXMention(id, accountUserId, authorId, authorHandle, authorName, text, postedAtUtc ?? DateTime.UtcNow, inReplyTo, addressesAccount);
        return id;
    }

    /// <summary>Forgets every mention (a test that needs X's window to hold only its own).</summary>
    public void ClearMentions() => _mentions.Clear();

    private (int Status, string Title, string Detail)? ReplyRefusal(string inReplyTo)
    {
        if (_mentions.TryGetValue(inReplyTo, out var mention))
        {
            return mention.AddressesAccount
                ? null
                : (403, "Forbidden", "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.");
        }

        return _posts.ContainsKey(inReplyTo) ? null : (400, "Invalid Request", $"The post you are replying to ({inReplyTo}) has been deleted or is not visible to you.");
    }

    private async Task MentionsAsync(HttpRequest request, HttpResponse response, string userId)
    {
        _mentionQueries.Enqueue(request.QueryString.Value ?? string.Empty);
        var max = int.TryParse(request.Query["max_results"], CultureInfo.InvariantCulture, out var m) ? m : 10;
        if (max is < 5 or > 100)
        {
            await ProblemAsync(response, 400, "Invalid Request", "max_results must be between 5 and 100.");
            return;
        }

        var since = request.Query["since_id"].ToString();
        var token = request.Query["pagination_token"].ToString();
        var offset = token.Length == 0 ? 0 : token.StartsWith('m') && int.TryParse(token[1..], CultureInfo.InvariantCulture, out var o) ? o : -1;
        if (offset < 0)
        {
            await ProblemAsync(response, 400, "Invalid Request", "The pagination_token is not one these mentions gave.");
            return;
        }

        // Ids of one fake grow with time, as snowflakes do: "after since_id" is a numeric comparison.
        var all = _mentions.Values.Where(x => x.AccountUserId == userId)
            .OrderByDescending(x => x.PostedAtUtc).ThenByDescending(x => long.Parse(x.Id, CultureInfo.InvariantCulture))
            .Take(MentionWindow)
            .Where(x => since.Length == 0 || long.Parse(x.Id, CultureInfo.InvariantCulture) > long.Parse(since, CultureInfo.InvariantCulture))
            .ToList();
        var page = all.Skip(offset).Take(max).ToList();
        var data = page.Select(x => new
        {
            id = x.Id,
            text = x.Text,
            created_at = x.PostedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            author_id = x.AuthorId,
            conversation_id = x.InReplyTo ?? x.Id,
            referenced_tweets = x.InReplyTo is null ? null : new[] { new { type = "replied_to", id = x.InReplyTo } },
            entities = x.AddressesAccount ? new { mentions = new[] { new { start = 0, end = AccountUsername.Length + 1, username = AccountUsername, id = userId } } } : null,
        });
        var users = page.Select(x => (x.AuthorId, x.AuthorHandle, x.AuthorName)).Distinct().Select(u => new { id = u.AuthorId, username = u.AuthorHandle, name = u.AuthorName });
        var next = offset + max < all.Count ? "m" + (offset + max).ToString(CultureInfo.InvariantCulture) : null;
        object meta = page.Count == 0
            ? new { result_count = 0 }
            : new { result_count = page.Count, newest_id = page[0].Id, oldest_id = page[^1].Id, next_token = next };
        await response.WriteAsJsonAsync(new { data = page.Count == 0 ? null : data, includes = new { users }, meta });
    }
}
