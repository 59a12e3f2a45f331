using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CpdTwitter.Infrastructure.XApi;

/// <summary>
/// X API v2 over HttpClient with OAuth 1.0a user-context signing. The base address comes from <c>X:BaseUrl</c>
/// (tests point it at a loopback fake that checks every signature). Errors are read defensively: problem+json
/// (<c>detail</c>/<c>title</c>) or the older <c>errors[].message</c>; the decision is taken on status and headers.
/// </summary>
public sealed partial class XClient(HttpClient http, TimeProvider time) : IXClient
{
    public const string ClientName = "X";

    public Task<XResult> CreatePostAsync(OAuthCredentials credentials, string text, CancellationToken cancellationToken = default) =>
        CreatePostAsync(credentials, text, [], null, cancellationToken);

    public async Task<XResult> CreatePostAsync(OAuthCredentials credentials, string text, IReadOnlyList<string> mediaIds, string? inReplyToPostId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mediaIds);
        using var request = Signed(HttpMethod.Post, "2/tweets", credentials);
        var payload = new Dictionary<string, object> { ["text"] = text };
        if (mediaIds.Count > 0)
        {
            payload["media"] = new { media_ids = mediaIds };
        }

        if (inReplyToPostId is not null)
        {
            payload["reply"] = new { in_reply_to_tweet_id = inReplyToPostId };
        }

        var json = JsonSerializer.Serialize(payload);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var (result, body) = await SendAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        var data = body.RootElement.GetProperty("data");
        return result with { PostId = data.GetProperty("id").GetString(), Text = data.TryGetProperty("text", out var t) ? t.GetString() : null };
    }

    public async Task<XResult> DeletePostAsync(OAuthCredentials credentials, string postId, CancellationToken cancellationToken = default)
    {
        using var request = Signed(HttpMethod.Delete, $"2/tweets/{Uri.EscapeDataString(postId)}", credentials);
        var (result, _) = await SendAsync(request, cancellationToken);
        return result with { PostId = postId };
    }

    public async Task<(XResult Result, XAccount? Account)> GetMeAsync(OAuthCredentials credentials, CancellationToken cancellationToken = default)
    {
        using var request = Signed(HttpMethod.Get, "2/users/me", credentials);
        var (result, body) = await SendAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var data = body.RootElement.GetProperty("data");
        return (result, new XAccount(data.GetProperty("id").GetString()!, data.GetProperty("name").GetString()!, data.GetProperty("username").GetString()!));
    }

    public async Task<(XResult Result, IReadOnlyList<XPost> Posts)> GetRecentPostsAsync(OAuthCredentials credentials, string userId, CancellationToken cancellationToken = default)
    {
        KeyValuePair<string, string>[] query = [new("max_results", "100")];
        using var request = Signed(HttpMethod.Get, $"2/users/{Uri.EscapeDataString(userId)}/tweets", credentials, query);
        var (result, body) = await SendAsync(request, cancellationToken);
        if (!result.Succeeded || !body.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return (result, []);
        }

        var posts = data.EnumerateArray()
            .Select(p => new XPost(p.GetProperty("id").GetString()!, p.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty))
            .ToList();
        return (result, posts);
    }

    public async Task<(XResult Result, XTimelinePage? Page)> GetTimelinePageAsync(OAuthCredentials credentials, string userId, XTimelineQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<KeyValuePair<string, string>> parameters =
        [
            new("max_results", Math.Clamp(query.MaxResults, 5, 100).ToString(CultureInfo.InvariantCulture)),
            new("start_time", query.StartTimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("tweet.fields", "created_at"),
        ];
        if (query.PaginationToken is { } token)
        {
            parameters.Add(new("pagination_token", token));
        }

        using var request = Signed(HttpMethod.Get, $"2/users/{Uri.EscapeDataString(userId)}/tweets", credentials, parameters);
        var (result, body) = await SendAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (result with { Outcome = XOutcome.Unknown, Message = "X answered the timeline request with something that is not a page." }, null);
        }

        var posts = new List<XTimelinePost>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in data.EnumerateArray())
            {
                // A post without its id or time cannot be recorded or placed in the window read: the page is not trusted.
                if (!p.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } postId
                    || !p.TryGetProperty("created_at", out var created) || !DateTimeOffset.TryParse(created.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var createdAt))
                {
                    return (result with { Outcome = XOutcome.Unknown, Message = "X returned a timeline post without its id or time." }, null);
                }

                posts.Add(new XTimelinePost(postId, p.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty, createdAt.UtcDateTime));
            }
        }

        var next = root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("next_token", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return (result, new XTimelinePage(posts, string.IsNullOrEmpty(next) ? null : next));
    }

    // Query parameters are signed as part of the URL (OAuth1Signer reads them from it).
    private HttpRequestMessage Signed(HttpMethod method, string path, OAuthCredentials credentials, IReadOnlyList<KeyValuePair<string, string>>? query = null)
    {
        var baseUrl = new Uri(http.BaseAddress ?? throw new InvalidOperationException("X:BaseUrl is not configured."), path);
        var url = query is null or { Count: 0 }
            ? baseUrl
            : new Uri(baseUrl + "?" + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value))));
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(OAuth1Signer.AuthorizationHeader(
            method.Method, url, [], credentials, OAuth1Signer.NewNonce(), time.GetUtcNow().ToUnixTimeSeconds()));
        return request;
    }

    private async Task<(XResult Result, JsonDocument Body)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable })
        {
            return (new XResult(XOutcome.NotSent, null, null, null, "X could not be reached; nothing was sent.", null), Empty());
        }
        catch (HttpRequestException ex)
        {
            return (new XResult(XOutcome.Unknown, null, null, null, $"The connection to X failed after the request may have been sent: {ex.Message}", null), Empty());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new XResult(XOutcome.Unknown, null, null, null, "X did not answer in time; the post may or may not exist.", null), Empty());
        }

        using (response)
        {
            var raw = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = Parse(raw);
            var status = (int)response.StatusCode;
            var message = ErrorMessage(body) ?? response.ReasonPhrase;
            var result = response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => new XResult(XOutcome.Succeeded, status, null, null, null, null),
                HttpStatusCode.Unauthorized => new XResult(XOutcome.Unauthorized, status, null, null, message, null),
                HttpStatusCode.TooManyRequests => new XResult(XOutcome.RateLimited, status, null, null, message, ResetAt(response)),
                _ when status >= 500 => new XResult(XOutcome.Unknown, status, null, null, message, null),
                _ => new XResult(XOutcome.Refused, status, null, null, message, null),
            };
            return (result, body);
        }
    }

    private DateTime ResetAt(HttpResponseMessage response)
    {
        // x-rate-limit-reset is epoch seconds; a daily cap answers with the 24-hour reset instead.
        foreach (var header in new[] { "x-rate-limit-reset", "x-user-limit-24hour-reset", "x-app-limit-24hour-reset" })
        {
            if (response.Headers.TryGetValues(header, out var values)
                && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
            {
                var reset = DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime;
                if (reset > time.GetUtcNow().UtcDateTime)
                {
                    return reset;
                }
            }
        }

        return time.GetUtcNow().UtcDateTime.AddMinutes(15);
    }

    private static string? ErrorMessage(JsonDocument body)
    {
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
        {
            return detail.GetString();
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("message", out var message))
        {
            return message.GetString();
        }

        return root.TryGetProperty("title", out var title) ? title.GetString() : null;
    }

    private static JsonDocument Parse(string raw)
    {
        try
        {
            return JsonDocument.Parse(string.IsNullOrWhiteSpace(raw) ? "{}" : raw);
        }
        catch (JsonException)
        {
            return Empty();
        }
    }

    private static JsonDocument Empty() => JsonDocument.Parse("{}");
}
