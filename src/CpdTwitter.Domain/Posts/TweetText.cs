using System.Text;

namespace CpdTwitter.Domain.Posts;

/// <summary>
/// X's weighted length of a post: a C# port of twitter-text 3.1.0 <c>parseTweet</c> with config v3, the count X
/// enforces. Text is NFC-normalised; a URL weighs 23, an emoji sequence 2, a character in the Latin and general
/// punctuation ranges 1 and any other 2; at most 280. The server's count is the authority; the composer runs the
/// same library in the browser, and both pass every case in tests/conformance/twitter-text.
/// </summary>
public static class TweetText
{
    public const int MaxWeightedLength = 280;
    private const int Scale = 100;
    private const int DefaultWeight = 200;
    private const int UrlWeight = 23 * Scale;

    private static readonly (int Start, int End)[] LightRanges = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)];

    public static TweetMeasurement Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Nfc(text);
        var urls = TweetUrlExtractor.Extract(normalized).ToDictionary(u => u.Start);
        var emoji = TweetUrlExtractor.Emoji(normalized);

        var weighted = 0;
        var validDisplayIndex = 0;
        var valid = true;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (urls.TryGetValue(i, out var url))
            {
                weighted += UrlWeight;
                // twitter-text skips the URL's text, not its span: they differ when a protocol-less URL's domain was
                // cut down to its valid ASCII part (e.g. after a '"'), and the rest of the span is then counted as text.
                i += url.Url.Length - 1;
            }
            else if (emoji.TryGetValue(i, out var emojiLength))
            {
                weighted += DefaultWeight;
                i += emojiLength - 1;
            }
            else
            {
                if (i < normalized.Length - 1 && char.IsHighSurrogate(normalized[i]) && char.IsLowSurrogate(normalized[i + 1]))
                {
                    i++; // twitter-text weighs the low surrogate, which is in no light range: astral characters weigh 2
                }

                weighted += Weight(normalized[i]);
            }

            if (valid)
            {
                valid = normalized[i] is not ('\uFFFE' or '\uFEFF' or '\uFFFF');
            }

            if (valid && weighted <= MaxWeightedLength * Scale)
            {
                validDisplayIndex = i;
            }
        }

        var length = weighted / Scale;
        valid = valid && length > 0 && length <= MaxWeightedLength;
        var permillage = (int)Math.Floor(length * 1000.0 / MaxWeightedLength);
        validDisplayIndex += text.Length - normalized.Length;
        return new TweetMeasurement(length, valid, permillage, validDisplayIndex, text.Length > 0 ? text.Length - 1 : 0);
    }

    /// <summary>The links X finds in the text (with and without a protocol), as twitter-text's <c>extractUrlsWithIndices</c>.</summary>
    public static IReadOnlyList<TweetUrl> ExtractUrls(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TweetUrlExtractor.Extract(Nfc(text));
    }

    /// <summary>
    /// NFC as JavaScript's <c>normalize()</c> does it: .NET refuses text with noncharacters (U+FFFE, U+FFFF…) or lone
    /// surrogates, which JavaScript passes through unchanged, so such characters are kept and the runs between them normalised.
    /// </summary>
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasUnnormalizable(text))
        {
            return text.Normalize(NormalizationForm.FormC);
        }

        var result = new StringBuilder(text.Length);
        var run = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (Unnormalizable(codePoint))
            {
                result.Append(run.ToString().Normalize(NormalizationForm.FormC)).Append(text[i]);
                run.Clear();
                continue;
            }

            run.Append(text[i]);
            if (pair)
            {
                run.Append(text[++i]);
            }
        }

        return result.Append(run.ToString().Normalize(NormalizationForm.FormC)).ToString();
    }

    private static bool HasUnnormalizable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (Unnormalizable(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return true;
                }

                i++;
            }
            else if (Unnormalizable(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Lone surrogates and noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
    private static bool Unnormalizable(int codePoint) =>
        codePoint is >= 0xD800 and <= 0xDFFF or >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static int Weight(char c)
    {
        foreach (var (start, end) in LightRanges)
        {
            if (c >= start && c <= end)
            {
                return Scale;
            }
        }

        return DefaultWeight;
    }
}
