using System.Text.RegularExpressions;

namespace CpdTwitter.Domain.Posts;

/// <summary>What kind of thing X marks in a post's text.</summary>
public enum TweetEntityKind
{
    Url,
    Mention,
    Hashtag,
    Cashtag,
}

/// <summary>A link, mention (or list), hashtag or cashtag X marks in a text: UTF-16 indices into the text it was found in.</summary>
public sealed record TweetEntity(TweetEntityKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// twitter-text 3.1.0's <c>extractEntitiesWithIndices</c>, step for step: links, mentions and lists, hashtags and
/// cashtags, sorted by position, an entity that overlaps an earlier one dropped. The composer's live preview runs the
/// library itself (wwwroot/js/post-preview.js); tests/conformance/twitter-text/entity-cases.json holds its answers.
/// </summary>
public static partial class TweetEntities
{
    /// <summary>The entities of the text as given (callers normalise it first, as the counter does: <see cref="TweetText.Nfc"/>).</summary>
    public static IReadOnlyList<TweetEntity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TweetEntity>();
        found.AddRange(TweetUrlExtractor.Extract(text).Select(u => new TweetEntity(TweetEntityKind.Url, u.Start, u.Length)));
        found.AddRange(Mentions(text));
        found.AddRange(Hashtags(text));
        found.AddRange(Cashtags(text));

        // removeOverlappingEntities: a stable sort by start, then each entity that starts before the last kept one ends is dropped.
        var kept = new List<TweetEntity>();
        foreach (var entity in found.OrderBy(e => e.Start))
        {
            if (kept.Count == 0 || kept[^1].End <= entity.Start)
            {
                kept.Add(entity);
            }
        }

        return kept;
    }

    private static IEnumerable<TweetEntity> Mentions(string text)
    {
        if (text.IndexOfAny(['@', '\uFF20']) < 0)
        {
            yield break;
        }

        foreach (Match match in MentionPattern().Matches(text))
        {
            if (!EndMentionPattern().IsMatch(text[(match.Index + match.Length)..]))
            {
                var start = match.Index + match.Groups[1].Length;
                yield return new TweetEntity(TweetEntityKind.Mention, start, 1 + match.Groups[3].Length + match.Groups[4].Length);
            }
        }
    }

    private static IEnumerable<TweetEntity> Hashtags(string text)
    {
        if (text.IndexOfAny(['#', '\uFF03']) < 0)
        {
            yield break;
        }

        foreach (Match match in HashtagPattern().Matches(text))
        {
            if (!EndHashtagPattern().IsMatch(text[(match.Index + match.Length)..]))
            {
                var start = match.Index + match.Groups[1].Length;
                yield return new TweetEntity(TweetEntityKind.Hashtag, start, 1 + match.Groups[3].Length);
            }
        }
    }

    private static IEnumerable<TweetEntity> Cashtags(string text)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match match in CashtagPattern().Matches(text))
        {
            yield return new TweetEntity(TweetEntityKind.Cashtag, match.Index + match.Groups[1].Length, 1 + match.Groups[3].Length);
        }
    }

    [GeneratedRegex(TwitterTextPatterns.ValidMentionOrList, RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(TwitterTextPatterns.EndMentionMatch, RegexOptions.CultureInvariant)]
    private static partial Regex EndMentionPattern();

    [GeneratedRegex(TwitterTextPatterns.ValidHashtag, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(TwitterTextPatterns.EndHashtagMatch, RegexOptions.CultureInvariant)]
    private static partial Regex EndHashtagPattern();

    [GeneratedRegex(TwitterTextPatterns.ValidCashtag, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CashtagPattern();
}
