using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CpdTwitter.Infrastructure.XApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Web.Tests.Support;

public enum FakeXBehaviour
{
    Normal,
    Duplicate,
    Unauthorized,
    RateLimited,
    ServerError,
    HangAfterProcessing,
    HangBeforeProcessing,
}

/// <summary>A media id the fake X issued: to which account (access token), what it received, until when, and its alt text.</summary>
public sealed record FakeXMedia(string Account, string ContentType, byte[] Bytes, DateTime ExpiresAtUtc, string? AltText, bool Ready)
{
    public long TotalBytes { get; init; }

    public int Segments { get; init; }
}

public sealed record FakeXRequest(string Method, string Path, string? Body, bool SignatureValid, DateTime ReceivedAtUtc = default);

/// <summary>
/// The only X the tests talk to: Kestrel on 127.0.0.1, checking every request's OAuth 1.0a signature against the
/// test credentials, recording what it received, and answering as told (201, 403 duplicate, 401, 429, 500, or
/// hanging after it has "processed" the post).
/// </summary>
public sealed partial class FakeXServer : IAsyncDisposable
{
    public static readonly OAuthCredentials Credentials = new("fake-consumer-key", "fake consumer secret/+", "1234-district-token", "district token secret~");
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeXRequest> _requests = new();
    private readonly ConcurrentDictionary<string, string> _posts = new();
    private readonly ConcurrentDictionary<string, DateTime> _postedAt = new();
    private readonly List<Expectation> _expected = [];
    private readonly ConcurrentDictionary<string, FakeXMedia> _media = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _postMedia = new();
    private long _nextId = 1_860_000_000_000_000_001;

    private FakeXServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>How every request is answered unless an <see cref="Enqueue"/>d behaviour matches it.</summary>
    public FakeXBehaviour Behaviour { get; set; }

    /// <summary>
    /// A hanging request hangs until the client gives up (its timeout) or, at the latest, this long; the client's
    /// timeout decides, not a race between two clocks.
    /// </summary>
    public TimeSpan HangFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long X takes to answer each request (the publishing benchmark's slow X); none by default.</summary>
    public TimeSpan ResponseDelay { get; set; }

    public int CreateRequests => _requests.Count(r => r.Method == "POST" && r.Path == "/2/tweets");

    public DateTimeOffset RateLimitReset { get; set; } = DateTimeOffset.UtcNow.AddMinutes(15);

    public IReadOnlyList<FakeXRequest> Requests => [.. _requests];

    public IReadOnlyDictionary<string, string> Posts => _posts;

    /// <summary>Every media id issued, with the account it was issued to, what was uploaded and the alt text set.</summary>
    public IReadOnlyDictionary<string, FakeXMedia> Media => _media;

    /// <summary>The media ids each created post carries.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PostMedia => _postMedia;

    /// <summary>How long an issued media id may be used (X's <c>expires_after_secs</c>).</summary>
    public int MediaExpiresAfterSeconds { get; set; } = 86400;

    /// <summary>Uploads begun: simple photo uploads and GIF initializations.</summary>
    public int MediaUploads => _requests.Count(r => r.Method == "POST" && (r.Path == "/2/media/upload" || r.Path == "/2/media/upload/initialize"));

    /// <summary>Someone posts directly on the account at X, not through the app; returns X's id of the post.</summary>
    public string PostDirectlyOnX(string text, DateTime? postedAtUtc = null)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        _postedAt[id] = postedAtUtc ?? DateTime.UtcNow;
        _posts[id] = text;
        return id;
    }

    /// <summary>Someone deletes a post directly on X, not through the app.</summary>
    public bool DeleteDirectlyOnX(string id) => _posts.TryRemove(id, out _);

    /// <summary>The timeline reads (GET /2/users/{id}/tweets) received, with their query strings.</summary>
    public IReadOnlyList<string> TimelineQueries => [.. _timelineQueries];

    private readonly ConcurrentQueue<string> _timelineQueries = new();

    /// <summary>Makes every media id issued so far expire now (X forgot them).</summary>
    public void ExpireAllMedia()
    {
        foreach (var (id, media) in _media)
        {
            _media[id] = media with { ExpiresAtUtc = DateTime.UtcNow.AddSeconds(-1) };
        }
    }

    /// <summary>
    /// Answers the first request still to come whose method is <paramref name="method"/>, whose path starts with
    /// <paramref name="pathPrefix"/> and whose body contains <paramref name="bodyContains"/> (when given) with
    /// <paramref name="behaviour"/>, once. Other requests (e.g. a background reconcile GET) are not affected.
    /// </summary>
    public void Enqueue(FakeXBehaviour behaviour, HttpMethod method, string pathPrefix, string? bodyContains = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        lock (_expected)
        {
            _expected.Add(new Expectation(method.Method, pathPrefix, bodyContains, behaviour));
        }
    }

    /// <summary>Enqueued behaviours that no request has met yet.</summary>
    public int PendingBehaviours
    {
        get
        {
            lock (_expected)
            {
                return _expected.Count;
            }
        }
    }

    private FakeXBehaviour BehaviourFor(string method, string path, string? body)
    {
        lock (_expected)
        {
            var index = _expected.FindIndex(e => e.Matches(method, path, body));
            if (index < 0)
            {
                return Behaviour;
            }

            var behaviour = _expected[index].Behaviour;
            _expected.RemoveAt(index);
            return behaviour;
        }
    }

    /// <summary>Starts on a free loopback port, or on <paramref name="port"/> (e.g. one the app was told about while nothing listened there).</summary>
    public static async Task<FakeXServer> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeXServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        IFormCollection? form = null;
        string? body;
        if (request.HasFormContentType)
        {
            form = await request.ReadFormAsync();
            body = string.Join('&', form.Select(f => $"{f.Key}={f.Value}").Concat(form.Files.Select(f => $"{f.Name}=<{f.ContentType}, {f.Length} bytes>")));
        }
        else
        {
            body = request.ContentLength > 0 || request.Method == "POST" ? await new StreamReader(request.Body).ReadToEndAsync() : null;
        }

        var valid = SignatureIsValid(request);
        _requests.Enqueue(new FakeXRequest(request.Method, request.Path.Value ?? string.Empty, body, valid, DateTime.UtcNow));
        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var response = context.Response;
        response.Headers["x-rate-limit-limit"] = "100";
        response.Headers["x-rate-limit-remaining"] = "99";
        response.Headers["x-rate-limit-reset"] = RateLimitReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var behaviour = BehaviourFor(request.Method, request.Path.Value ?? string.Empty, body);
        if (!valid || behaviour == FakeXBehaviour.Unauthorized)
        {
            await ProblemAsync(response, 401, "Unauthorized", "Unauthorized");
            return;
        }

        switch (behaviour)
        {
            case FakeXBehaviour.HangBeforeProcessing:
                await Task.Delay(HangFor, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case FakeXBehaviour.RateLimited:
                await ProblemAsync(response, 429, "Too Many Requests", "Too Many Requests");
                return;
            case FakeXBehaviour.ServerError:
                await ProblemAsync(response, 503, "Service Unavailable", "Service Unavailable");
                return;
        }

        if (request.Path.StartsWithSegments("/2/media"))
        {
            await MediaAsync(context, form, body);
            return;
        }

        if (request.Method == "POST" && request.Path == "/2/tweets")
        {
            var json = JsonDocument.Parse(body ?? "{}").RootElement;
            var text = json.GetProperty("text").GetString()!;
            var mediaIds = json.TryGetProperty("media", out var attached) ? attached.GetProperty("media_ids").EnumerateArray().Select(m => m.GetString()!).ToList() : [];
            var account = AccountOf(request);
            var inReplyTo = json.TryGetProperty("reply", out var reply) && reply.TryGetProperty("in_reply_to_tweet_id", out var r) ? r.GetString() : null;
            if (inReplyTo is not null && ReplyRefusal(inReplyTo) is { } refusal)
            {
                await ProblemAsync(response, refusal.Status, refusal.Title, refusal.Detail);
                return;
            }

            if (mediaIds.FirstOrDefault(m => !_media.TryGetValue(m, out var media) || media.Account != account || !media.Ready || media.ExpiresAtUtc < DateTime.UtcNow) is { } invalid)
            {
                await ProblemAsync(response, 400, "Invalid Request", $"One or more parameters to your request was invalid: media id {invalid} is invalid or expired.");
                return;
            }

            if (behaviour == FakeXBehaviour.Duplicate || _posts.Values.Contains(text))
            {
                await ProblemAsync(response, 403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
                return;
            }

            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            _postedAt[id] = DateTime.UtcNow;
            _posts[id] = text;
            _postMedia[id] = mediaIds;
            if (inReplyTo is not null)
            {
                _replies[id] = inReplyTo;
            }
            if (behaviour == FakeXBehaviour.HangAfterProcessing)
            {
                await Task.Delay(HangFor, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            response.StatusCode = 201;
            await response.WriteAsJsonAsync(new { data = new { id, text } });
            return;
        }

        if (request.Method == "DELETE" && request.Path.StartsWithSegments("/2/tweets", out var rest))
        {
            var id = rest.Value!.Trim('/');
            if (!_posts.TryRemove(id, out _))
            {
                await ProblemAsync(response, 404, "Not Found Error", $"Could not find tweet with id: [{id}].");
                return;
            }

            await response.WriteAsJsonAsync(new { data = new { deleted = true } });
            return;
        }

        if (request.Method == "GET" && request.Path == "/2/users/me")
        {
            await response.WriteAsJsonAsync(new { data = new { id = "1234", name = "Chicago Police 12th District", username = "CPD12thDist" } });
            return;
        }

        if (request.Method == "GET" && request.Path.StartsWithSegments("/2/users", out var mentioned) && mentioned.Value!.EndsWith("/mentions", StringComparison.Ordinal))
        {
            await MentionsAsync(request, response, mentioned.Value!.Trim('/').Split('/')[0]);
            return;
        }

        if (request.Method == "GET" && request.Path.StartsWithSegments("/2/users", out var user) && user.Value!.EndsWith("/tweets", StringComparison.Ordinal))
        {
            await TimelineAsync(request, response);
            return;
        }

        await ProblemAsync(response, 404, "Not Found", "No such endpoint on the fake X.");
    }

    /// <summary>
    /// The account's timeline as X serves it: newest first, from <c>start_time</c>, <c>max_results</c> a page (5–100, 10
    /// when not given), the next page named by <c>meta.next_token</c> (absent on the last), <c>created_at</c> when asked.
    /// </summary>
    private async Task TimelineAsync(HttpRequest request, HttpResponse response)
    {
        _timelineQueries.Enqueue(request.QueryString.Value ?? string.Empty);
        var max = int.TryParse(request.Query["max_results"], CultureInfo.InvariantCulture, out var m) ? m : 10;
        if (max is < 5 or > 100)
        {
            await ProblemAsync(response, 400, "Invalid Request", "max_results must be between 5 and 100.");
            return;
        }

        var start = DateTimeOffset.TryParse(request.Query["start_time"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var s) ? s.UtcDateTime : DateTime.MinValue;
        var token = request.Query["pagination_token"].ToString();
        var offset = token.Length == 0 ? 0 : token.StartsWith('p') && int.TryParse(token[1..], CultureInfo.InvariantCulture, out var o) ? o : -1;
        if (offset < 0)
        {
            await ProblemAsync(response, 400, "Invalid Request", "The pagination_token is not one this timeline gave.");
            return;
        }

        var withTime = request.Query["tweet.fields"].ToString().Split(',').Contains("created_at");
        var all = _posts.Select(p => (Id: p.Key, Text: p.Value, At: _postedAt.GetValueOrDefault(p.Key, DateTime.UtcNow)))
            .Where(p => p.At >= start)
            .OrderByDescending(p => p.At).ThenByDescending(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var page = all.Skip(offset).Take(max).ToList();
        object data = withTime
            ? page.Select(p => new { id = p.Id, text = p.Text, created_at = p.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) })
            : page.Select(p => new { id = p.Id, text = p.Text });
        var next = offset + max < all.Count ? "p" + (offset + max).ToString(CultureInfo.InvariantCulture) : null;
        await response.WriteAsJsonAsync(new { data, meta = new { result_count = page.Count, next_token = next } });
    }

    /// <summary>The media endpoints: photo upload, the GIF's initialize/append/finalize/STATUS, and the alt text.</summary>
    private async Task MediaAsync(HttpContext context, IFormCollection? form, string? body)
    {
        var request = context.Request;
        var response = context.Response;
        var account = AccountOf(request);
        var path = request.Path.Value!;
        string Issue(FakeXMedia media)
        {
            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            _media[id] = media;
            return id;
        }

        object Data(string id, object? processing = null) => new
        {
            data = new { id, media_key = "3_" + id, expires_after_secs = MediaExpiresAfterSeconds, size = _media[id].Bytes.Length, processing_info = processing },
        };

        if (request.Method == "POST" && path == "/2/media/upload")
        {
            var file = form?.Files["media"];
            if (file is null || form!["media_category"] != "tweet_image")
            {
                await ProblemAsync(response, 400, "Invalid Request", "media and media_category=tweet_image are required.");
                return;
            }

            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes);
            var id = Issue(new FakeXMedia(account, file.ContentType, bytes.ToArray(), DateTime.UtcNow.AddSeconds(MediaExpiresAfterSeconds), null, Ready: true));
            await response.WriteAsJsonAsync(Data(id));
            return;
        }

        if (request.Method == "POST" && path == "/2/media/upload/initialize")
        {
            var json = JsonDocument.Parse(body ?? "{}").RootElement;
            if (json.GetProperty("media_category").GetString() != "tweet_gif" || json.GetProperty("media_type").GetString() != "image/gif")
            {
                await ProblemAsync(response, 400, "Invalid Request", "media_type image/gif with media_category tweet_gif expected.");
                return;
            }

            var id = Issue(new FakeXMedia(account, "image/gif", [], DateTime.UtcNow.AddSeconds(MediaExpiresAfterSeconds), null, Ready: false) { TotalBytes = json.GetProperty("total_bytes").GetInt64() });
            await response.WriteAsJsonAsync(Data(id));
            return;
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // 2, media, upload, {id}, append|finalize
        if (request.Method == "POST" && parts.Length == 5 && _media.TryGetValue(parts[3], out var session) && session.Account == account)
        {
            if (parts[4] == "append" && form?.Files["media"] is { } segment && int.TryParse(form["segment_index"], CultureInfo.InvariantCulture, out var index) && index == session.Segments)
            {
                using var bytes = new MemoryStream();
                await segment.CopyToAsync(bytes);
                _media[parts[3]] = session with { Bytes = [.. session.Bytes, .. bytes.ToArray()], Segments = session.Segments + 1 };
                response.StatusCode = 200;
                await response.WriteAsJsonAsync(new { data = new { expires_at = DateTimeOffset.UtcNow.AddSeconds(MediaExpiresAfterSeconds).ToUnixTimeSeconds() } });
                return;
            }

            if (parts[4] == "finalize" && session.Bytes.Length == session.TotalBytes)
            {
                await response.WriteAsJsonAsync(Data(parts[3], new { state = "pending", check_after_secs = 1 }));
                return;
            }
        }

        if (request.Method == "GET" && path == "/2/media/upload" && request.Query["command"] == "STATUS"
            && _media.TryGetValue(request.Query["media_id"].ToString(), out var processing) && processing.Account == account)
        {
            _media[request.Query["media_id"]!] = processing with { Ready = true };
            await response.WriteAsJsonAsync(Data(request.Query["media_id"]!, new { state = "succeeded", progress_percent = 100 }));
            return;
        }

        if (request.Method == "POST" && path == "/2/media/metadata")
        {
            var json = JsonDocument.Parse(body ?? "{}").RootElement;
            var id = json.GetProperty("id").GetString()!;
            var alt = json.GetProperty("metadata").GetProperty("alt_text").GetProperty("text").GetString()!;
            if (!_media.TryGetValue(id, out var media) || media.Account != account || alt.Length is 0 or > 1000)
            {
                await ProblemAsync(response, 400, "Invalid Request", $"media id {id} is invalid, or the alt text is empty or too long.");
                return;
            }

            _media[id] = media with { AltText = alt };
            await response.WriteAsJsonAsync(new { data = new { id, associated_metadata = true } });
            return;
        }

        await ProblemAsync(response, 400, "Invalid Request", "The media request does not match an upload of this account.");
    }

    private static string AccountOf(HttpRequest request) =>
        System.Text.RegularExpressions.Regex.Match(request.Headers.Authorization.ToString(), "oauth_token=\"([^\"]*)\"").Groups[1].Value;

    private static bool SignatureIsValid(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("OAuth ", StringComparison.Ordinal))
        {
            return false;
        }

        var oauth = header["OAuth ".Length..].Split(", ")
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Trim('"')));
        if (!oauth.TryGetValue("oauth_signature", out var signature)
            || oauth.GetValueOrDefault("oauth_consumer_key") != Credentials.ConsumerKey
            || oauth.GetValueOrDefault("oauth_token") != Credentials.AccessToken)
        {
            return false;
        }

        oauth.Remove("oauth_signature");
        var url = new Uri($"{request.Scheme}://{request.Host}{request.Path}{request.QueryString}");
        var expected = OAuth1Signer.Sign(OAuth1Signer.BaseString(request.Method, url, oauth), Credentials.ConsumerSecret, Credentials.TokenSecret);
        return expected == signature;
    }

    private static async Task ProblemAsync(HttpResponse response, int status, string title, string detail)
    {
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        await response.WriteAsync(JsonSerializer.Serialize(new { title, detail, type = "about:blank", status }));
    }

    private sealed record Expectation(string Method, string PathPrefix, string? BodyContains, FakeXBehaviour Behaviour)
    {
        public bool Matches(string method, string path, string? body) =>
            string.Equals(method, Method, StringComparison.OrdinalIgnoreCase)
            && path.StartsWith(PathPrefix, StringComparison.Ordinal)
            && (BodyContains is null || (body is not null && body.Contains(BodyContains, StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
