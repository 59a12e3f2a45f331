using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CpdTwitter.Infrastructure.XApi;

/// <summary>A media id X issued, and until when it may be used in a post (X's <c>expires_after_secs</c>).</summary>
public sealed record XMedia(string Id, DateTime ExpiresAtUtc);

/// <summary>
/// X API v2 media upload (issue 13): a photo in one multipart request (<c>POST /2/media/upload</c>, media_category
/// tweet_image); a GIF in chunks (initialize, append, finalize, then STATUS while X processes it); alt text through
/// <c>POST /2/media/metadata</c>. Multipart bodies are not part of the OAuth 1.0a signature; the oauth parameters and
/// the query are.
/// </summary>
public sealed partial class XClient
{
    /// <summary>Append segments: X takes up to 5 MB each.</summary>
    public const int GifSegmentBytes = 4 * 1024 * 1024;

    private const int StatusPolls = 20;

    public async Task<(XResult Result, XMedia? Media)> UploadImageAsync(OAuthCredentials credentials, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var request = Signed(HttpMethod.Post, "2/media/upload", credentials);
        var form = new MultipartFormDataContent();
        form.Add(File(content, contentType), "media", "media");
        form.Add(new StringContent("tweet_image"), "media_category");
        request.Content = form;
        var (result, body) = await SendAsync(request, cancellationToken);
        return (result, result.Succeeded ? MediaFrom(body) : null);
    }

    public async Task<(XResult Result, XMedia? Media)> UploadGifAsync(OAuthCredentials credentials, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var initialize = Signed(HttpMethod.Post, "2/media/upload/initialize", credentials);
        initialize.Content = Json(new { media_type = "image/gif", total_bytes = content.Length, media_category = "tweet_gif" });
        var (result, body) = await SendAsync(initialize, cancellationToken);
        if (!result.Succeeded || MediaFrom(body) is not { } media)
        {
            return (result.Succeeded ? Unclear("X did not return a media id for the upload.") : result, null);
        }

        var id = Uri.EscapeDataString(media.Id);
        for (var (offset, segment) = (0, 0); offset < content.Length; offset += GifSegmentBytes, segment++)
        {
            using var append = Signed(HttpMethod.Post, $"2/media/upload/{id}/append", credentials);
            var form = new MultipartFormDataContent();
            form.Add(File(content.AsSpan(offset, Math.Min(GifSegmentBytes, content.Length - offset)).ToArray(), "image/gif"), "media", "media");
            form.Add(new StringContent(segment.ToString(CultureInfo.InvariantCulture)), "segment_index");
            append.Content = form;
            (result, _) = await SendAsync(append, cancellationToken);
            if (!result.Succeeded)
            {
                return (result, null);
            }
        }

        using var finalize = Signed(HttpMethod.Post, $"2/media/upload/{id}/finalize", credentials);
        (result, body) = await SendAsync(finalize, cancellationToken);
        for (var poll = 0; result.Succeeded; poll++)
        {
            var data = Data(body);
            var state = data.TryGetProperty("processing_info", out var info) && info.TryGetProperty("state", out var s) ? s.GetString() : null;
            switch (state)
            {
                case null or "succeeded":
                    return (result, MediaFrom(body) ?? media);
                case "failed":
                    var message = info.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var m) ? m.GetString() : null;
                    return (new XResult(XOutcome.Refused, result.Status, null, null, $"X could not process the GIF{(message is null ? "." : ": " + message)}", null), null);
                case "pending" or "in_progress" when poll < StatusPolls:
                    var after = info.TryGetProperty("check_after_secs", out var wait) && wait.TryGetInt32(out var secs) ? secs : 1;
                    await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(after, 0, 10)), time, cancellationToken);
                    using (var status = Signed(HttpMethod.Get, "2/media/upload", credentials, [new("command", "STATUS"), new("media_id", media.Id)]))
                    {
                        (result, body) = await SendAsync(status, cancellationToken);
                    }

                    break;
                default:
                    return (Unclear("X was still processing the GIF; it will be uploaded again."), null);
            }
        }

        return (result, null);
    }

    public async Task<XResult> SetAltTextAsync(OAuthCredentials credentials, string mediaId, string altText, CancellationToken cancellationToken = default)
    {
        using var request = Signed(HttpMethod.Post, "2/media/metadata", credentials);
        request.Content = Json(new { id = mediaId, metadata = new { alt_text = new { text = altText } } });
        var (result, _) = await SendAsync(request, cancellationToken);
        return result;
    }

    private static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return file;
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static JsonElement Data(JsonDocument body) =>
        body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("data", out var data) ? data : body.RootElement;

    private XMedia? MediaFrom(JsonDocument body)
    {
        var data = Data(body);
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        // Without an expiry X said nothing about, assume its documented shortest (one hour for an upload session).
        var seconds = data.TryGetProperty("expires_after_secs", out var e) && e.TryGetInt64(out var s) ? s : 3600;
        return new XMedia(id.GetString()!, time.GetUtcNow().UtcDateTime.AddSeconds(seconds));
    }

    private static XResult Unclear(string message) => new(XOutcome.Unknown, null, null, null, message, null);
}
