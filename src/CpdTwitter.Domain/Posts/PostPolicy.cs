using System.Globalization;
using System.Text.RegularExpressions;
using CpdTwitter.Domain.Districts;

namespace CpdTwitter.Domain.Posts;

/// <summary>
/// The checks a post passes before it may go out by the representative alone: notable incidents go to News Affairs
/// (IV.A.1), links off the allow-list and promotional wording are possible advertising (IV.E), and a post about another
/// district is pointed out to its author (IV.A: posts are district-specific).
/// </summary>
public static partial class PostPolicy
{
    public static PolicyReview Review(string text, bool markedNotable, int district, PolicyLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        text = PostContent.NormalizeText(text);
        var skeleton = PolicySkeleton.Of(text);
        var notable = new List<string>();
        if (markedNotable)
        {
            notable.Add("You marked it as concerning a notable incident.");
        }

        foreach (var term in lists.NotableTerms.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (FindTerm(skeleton, term) is { } found)
            {
                notable.Add($"It mentions “{found}”, which may concern a notable incident.");
            }
        }

        if (NamedPersonWithAge().Match(text) is { Success: true } person)
        {
            notable.Add($"It seems to name a person with their age (“{person.Value.Trim()}”).");
        }

        var advertising = new List<string>();
        foreach (var url in TweetText.ExtractUrls(text))
        {
            if (!IsAllowed(url.Host, lists.AllowedDomains))
            {
                advertising.Add($"It links to {url.Host}, which is not on News Affairs' list of allowed sites.");
            }
        }

        foreach (var term in lists.PromotionalTerms.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (FindTerm(skeleton, term) is { } found)
            {
                advertising.Add($"It uses the promotional wording “{found}”.");
            }
        }

        var warnings = OtherDistricts(text, district)
            .Select(d => $"It mentions the {ChicagoDistricts.Ordinal(d)} District. Posts on this account are about district {district:000} only.")
            .ToList();
        return new PolicyReview(notable.Distinct().ToList(), advertising.Distinct().ToList(), warnings);
    }

    /// <summary>A host is allowed when it is a listed domain or a subdomain of one.</summary>
    public static bool IsAllowed(string host, IEnumerable<string> allowedDomains)
    {
        ArgumentNullException.ThrowIfNull(allowedDomains);
        var h = host.TrimEnd('.').ToLowerInvariant();
        return allowedDomains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant())
            .Any(d => d.Length > 0 && (h == d || h.EndsWith("." + d, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whole-word, case-insensitive, and a term matches the words it begins ("arrest" finds "arrested", "arrests");
    /// the spaces in a phrase match any run of white space. Both sides are compared as <see cref="PolicySkeleton"/>s, so
    /// a lookalike letter, an invisible character or an accent does not hide a term; the finding quotes the text as written.
    /// </summary>
    private static string? FindTerm(PolicySkeleton text, string term)
    {
        var matcher = TermMatchers.GetOrAdd(term, MatcherFor);
        if (matcher is null)
        {
            return null;
        }

        var match = matcher.Match(text.Text);
        return match.Success ? text.Quote(match.Index, match.Length) : null;
    }

    // One compiled pattern per term: the lists hold a few hundred terms at most, far more than Regex's own 15-pattern
    // cache, which would otherwise rebuild every pattern on every check. A list that somehow grows past the cap starts afresh.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex?> TermMatchers = new(StringComparer.Ordinal);
    private const int TermMatcherCap = 4_096;

    private static Regex? MatcherFor(string term)
    {
        if (TermMatchers.Count >= TermMatcherCap)
        {
            TermMatchers.Clear();
        }

        var folded = PolicySkeleton.Of(term).Text.Trim();
        if (folded.Length == 0)
        {
            return null;
        }

        var words = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var startsWithWord = char.IsLetterOrDigit(folded[0]);
        var pattern = (startsWithWord ? @"(?<![\p{L}\p{N}])" : string.Empty) + string.Join(@"\s+", words) + @"[\p{L}\p{N}]*";
        return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static SortedSet<int> OtherDistricts(string text, int district)
    {
        var mentioned = new SortedSet<int>();
        foreach (Match match in DistrictMention().Matches(text))
        {
            var digits = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number != district && ChicagoDistricts.Exists(number))
            {
                mentioned.Add(number);
            }
        }

        return mentioned;
    }

    [GeneratedRegex(@"\b(?<a>\d{1,3})(?:st|nd|rd|th)\s+(?:police\s+)?district\b|\bdistrict\s+(?:#|no\.?\s*)?(?<b>\d{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DistrictMention();

    // "John Smith, 24", "Maria Lopez (17)", "Ann Lee, age 31" or "a 16-year-old".
    // The age must be set off ("…, 24," or "(17)") so that "Union Park, 10 am" is not taken for one.
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}(?:,\s*(?:age\s*)?\d{1,2}\s*,|\s*\(\s*(?:age\s*)?\d{1,2}\s*\))|\b\d{1,2}[- ]year[- ]old\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedPersonWithAge();
}
