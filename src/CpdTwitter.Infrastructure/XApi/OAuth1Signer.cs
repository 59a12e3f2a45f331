using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CpdTwitter.Infrastructure.XApi;

/// <summary>A district account's OAuth 1.0a user-context credentials: the app's consumer pair and the account's token pair.</summary>
public sealed record OAuthCredentials(string ConsumerKey, string ConsumerSecret, string AccessToken, string TokenSecret)
{
    // Never print secrets: records otherwise include every property in ToString().
    public override string ToString() => $"OAuthCredentials {{ ConsumerKey = {ConsumerKey}, AccessToken = {AccessToken} }}";
}

/// <summary>
/// OAuth 1.0a request signing (RFC 5849, HMAC-SHA1) as the X API requires it. Query and form-encoded body
/// parameters are signed; a JSON body (POST /2/tweets) is not.
/// </summary>
public static class OAuth1Signer
{
    public const string SignatureMethod = "HMAC-SHA1";
    public const string Version = "1.0";

    /// <summary>RFC 3986 percent-encoding of UTF-8 bytes, unreserved characters kept: exactly what Uri.EscapeDataString does.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static string BaseString(string method, Uri url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var all = parameters.Concat(QueryParameters(url))
            .Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}");
        return $"{method.ToUpperInvariant()}&{Encode(BaseUri(url))}&{Encode(string.Join('&', all))}";
    }

    public static string Sign(string baseString, string consumerSecret, string tokenSecret)
    {
        var key = Encoding.ASCII.GetBytes($"{Encode(consumerSecret)}&{Encode(tokenSecret)}");
#pragma warning disable CA5350 // RFC 5849 and the X API mandate HMAC-SHA1 for OAuth 1.0a signatures.
        var hash = HMACSHA1.HashData(key, Encoding.ASCII.GetBytes(baseString));
#pragma warning restore CA5350
        return Convert.ToBase64String(hash);
    }

    /// <summary>The <c>Authorization</c> header value for one request.</summary>
    public static string AuthorizationHeader(
        string method,
        Uri url,
        IEnumerable<KeyValuePair<string, string>> formParameters,
        OAuthCredentials credentials,
        string nonce,
        long timestamp)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var oauth = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["oauth_consumer_key"] = credentials.ConsumerKey,
            ["oauth_nonce"] = nonce,
            ["oauth_signature_method"] = SignatureMethod,
            ["oauth_timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["oauth_token"] = credentials.AccessToken,
            ["oauth_version"] = Version,
        };
        var baseString = BaseString(method, url, oauth.Concat(formParameters));
        oauth["oauth_signature"] = Sign(baseString, credentials.ConsumerSecret, credentials.TokenSecret);
        return "OAuth " + string.Join(", ", oauth.Select(p => $"{Encode(p.Key)}=\"{Encode(p.Value)}\""));
    }

    /// <summary>A fresh nonce: 32 random bytes as URL-safe text.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static string BaseUri(Uri url)
    {
        var port = url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        return $"{url.Scheme.ToLowerInvariant()}://{url.Host.ToLowerInvariant()}{port}{url.AbsolutePath}";
    }

    private static IEnumerable<KeyValuePair<string, string>> QueryParameters(Uri url)
    {
        var query = url.Query.TrimStart('?');
        if (query.Length == 0)
        {
            yield break;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var key = at < 0 ? pair : pair[..at];
            var value = at < 0 ? string.Empty : pair[(at + 1)..];
            yield return new(Uri.UnescapeDataString(key.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' ')));
        }
    }
}
