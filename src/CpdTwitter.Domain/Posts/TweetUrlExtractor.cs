using System.Text.RegularExpressions;

namespace CpdTwitter.Domain.Posts;

/// <summary>twitter-text 3.1.0's <c>extractUrlsWithIndices</c> and twemoji-parser's <c>parse</c>, step for step.</summary>
internal static partial class TweetUrlExtractor
{
    private const int MaxUrlLength = 4096;
    private const int MaxTcoSlugLength = 40;
    private const int MaxDomainLabelLength = 63;
    private const string DefaultProtocol = "https://";

    public static IReadOnlyList<TweetUrl> Extract(string text)
    {
        var urls = new List<TweetUrl>();
        if (text.Length == 0 || !text.Contains('.', StringComparison.Ordinal))
        {
            return urls;
        }

        foreach (Match match in ExtractUrlPattern().Matches(text))
        {
            var before = match.Groups[2].Value;
            var url = match.Groups[3].Value;
            var protocol = match.Groups[4].Value;
            var domain = match.Groups[5].Value;
            var path = match.Groups[7].Value;
            var end = match.Index + match.Length;
            var start = end - url.Length;
            if (!IsValidUrl(url, protocol.Length > 0 ? protocol : DefaultProtocol, domain))
            {
                continue;
            }

            if (protocol.Length == 0)
            {
                if (InvalidUrlWithoutProtocolPrecedingChars().IsMatch(before))
                {
                    continue;
                }

                (string Url, int Start, int End)? last = null;
                var asciiEnd = 0;
                foreach (Match ascii in ValidAsciiDomainPattern().Matches(domain))
                {
                    var asciiStart = domain.IndexOf(ascii.Value, asciiEnd, StringComparison.Ordinal);
                    asciiEnd = asciiStart + ascii.Value.Length;
                    if (last is { } previous)
                    {
                        urls.Add(Url(previous.Url, previous.Start, previous.End));
                    }

                    last = (ascii.Value, start + asciiStart, start + asciiEnd);
                }

                if (last is not { } lastUrl)
                {
                    continue;
                }

                if (path.Length > 0)
                {
                    lastUrl = (ReplaceFirst(url, domain, lastUrl.Url), lastUrl.Start, end);
                }

                urls.Add(Url(lastUrl.Url, lastUrl.Start, lastUrl.End));
            }
            else
            {
                var tco = ValidTcoUrl().Match(url);
                if (tco.Success)
                {
                    if (tco.Groups[1].Value.Length > MaxTcoSlugLength)
                    {
                        continue;
                    }

                    url = tco.Value;
                    end = start + url.Length;
                }

                urls.Add(Url(url, start, end));
            }
        }

        return urls;
    }

    /// <summary>Where each emoji starts, and its length in UTF-16 units.</summary>
    public static Dictionary<int, int> Emoji(string text)
    {
        var found = new Dictionary<int, int>();
        foreach (Match match in EmojiPattern().Matches(text))
        {
            if (match.Length > 0)
            {
                found[match.Index] = match.Length;
            }
        }

        return found;
    }

    private static TweetUrl Url(string url, int start, int end)
    {
        var withoutProtocol = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var hostEnd = withoutProtocol.IndexOfAny(['/', '?', '#', ':']);
        var host = (hostEnd < 0 ? withoutProtocol : withoutProtocol[..hostEnd]).ToLowerInvariant();
        return new TweetUrl(url, host, start, end - start);
    }

    private static bool IsValidUrl(string url, string protocol, string domain)
    {
        var encoded = IdnToAscii(domain);
        if (string.IsNullOrEmpty(encoded))
        {
            return false;
        }

        var length = url.Length + encoded.Length - domain.Length;
        return protocol.Length + length <= MaxUrlLength;
    }

    /// <summary>twitter-text's lib/idna: every label must punycode-encode to 1–63 characters; the domain is returned as given.</summary>
    private static string? IdnToAscii(string domain)
    {
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !ValidAsciiDomainPattern().IsMatch(domain))
        {
            return null;
        }

        foreach (var label in domain.Split('.'))
        {
            var encoded = Punycode.ToAscii(label);
            if (encoded.Length is < 1 or > MaxDomainLabelLength)
            {
                return null;
            }
        }

        return domain;
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    [GeneratedRegex(TwitterTextPatterns.ExtractUrl, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtractUrlPattern();

    [GeneratedRegex(TwitterTextPatterns.ValidAsciiDomain, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValidAsciiDomainPattern();

    [GeneratedRegex(TwitterTextPatterns.InvalidUrlWithoutProtocolPrecedingChars, RegexOptions.CultureInvariant)]
    private static partial Regex InvalidUrlWithoutProtocolPrecedingChars();

    [GeneratedRegex(TwitterTextPatterns.ValidTcoUrl, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValidTcoUrl();

    [GeneratedRegex(TwitterTextPatterns.Emoji, RegexOptions.CultureInvariant)]
    private static partial Regex EmojiPattern();
}
