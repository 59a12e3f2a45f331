namespace CpdTwitter.Domain.Posts;

/// <summary>
/// How X shows a link in a post (its <c>display_url</c>): without the scheme and a leading "www.", a bare trailing "/"
/// dropped, and everything after the host cut to its first 15 characters followed by "…" when longer. The rule is read
/// off X's own answers, e.g. https://twitter.com/i/web/status/1272206153536036864 → "twitter.com/i/web/status/1…",
/// https://www.facebook.com/photo.php?fbid=521208914595157 → "facebook.com/photo.php?fbid…",
/// https://www.instagram.com/p/BFeubLSjo7X/ → "instagram.com/p/BFeubLSjo7X/" (exactly 15: kept whole),
/// https://christianfei.com/ → "christianfei.com". wwwroot/js/post-preview.js applies the same rule.
/// </summary>
public static class TweetDisplayUrl
{
    public const int ShownAfterHost = 15;
    public const string Ellipsis = "\u2026";

    public static string For(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = url;
        var scheme = shown.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            shown = shown[(scheme + 3)..];
        }

        if (shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            shown = shown[4..];
        }

        var hostEnd = shown.IndexOfAny(['/', '?', '#']);
        if (hostEnd < 0)
        {
            return shown;
        }

        var host = shown[..hostEnd];
        var rest = shown[hostEnd..];
        if (rest == "/")
        {
            return host;
        }

        return rest.Length <= ShownAfterHost ? shown : host + rest[..ShownAfterHost] + Ellipsis;
    }
}
