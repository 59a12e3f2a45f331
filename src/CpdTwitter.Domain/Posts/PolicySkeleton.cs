using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CpdTwitter.Domain.Posts;

/// <summary>
/// The form of a text that policy terms are matched on, so that a disguised word reads as what a person sees: NFKC
/// (full-width and mathematical letters become plain ones), case-folded, without default-ignorable code points (zero-width
/// space, soft hyphen, joiners, variation selectors, bidirectional controls) or combining marks, and reduced to the
/// confusable skeleton of Unicode Technical Standard #39 for Latin lookalikes (Resources/confusables-latin.txt: a
/// Cyrillic "а" or a Greek "ο" becomes "a" or "o"). Terms and texts go through the same steps, so they meet. Each
/// character of the skeleton remembers which characters of the original it came from, so a finding quotes the text as written.
/// </summary>
public sealed class PolicySkeleton
{
    /// <summary>Default_Ignorable_Code_Point, Unicode 15.0 DerivedCoreProperties.txt.</summary>
    private static readonly (int First, int Last)[] DefaultIgnorable =
    [
        (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
        (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
    ];

    private static readonly FrozenDictionary<int, string> Prototypes = LoadPrototypes();

    private readonly string _original;
    private readonly int[] _from;
    private readonly int[] _to;

    private PolicySkeleton(string original, string text, int[] from, int[] to)
    {
        _original = original;
        Text = text;
        _from = from;
        _to = to;
    }

    /// <summary>The skeleton: lower-case, Latin prototypes, nothing invisible.</summary>
    public string Text { get; }

    public static PolicySkeleton Of(string? text)
    {
        var original = text ?? string.Empty;
        var skeleton = new StringBuilder(original.Length);
        var from = new List<int>(original.Length);
        var to = new List<int>(original.Length);
        var index = 0;
        while (index < original.Length)
        {
            // A lone surrogate decodes as U+FFFD: it is kept as that, one character wide.
            Rune.DecodeFromUtf16(original.AsSpan(index), out var rune, out var consumed);
            var end = index + consumed;
            foreach (var c in Fold(rune))
            {
                skeleton.Append(c);
                from.Add(index);
                to.Add(end);
            }

            index = end;
        }

        return new PolicySkeleton(original, skeleton.ToString(), [.. from], [.. to]);
    }

    /// <summary>The original characters that a stretch of the skeleton came from, as written (disguise included).</summary>
    public string Quote(int index, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index + length, Text.Length);
        return _original[_from[index].._to[index + length - 1]];
    }

    public static bool IsDefaultIgnorable(int codePoint)
    {
        foreach (var (first, last) in DefaultIgnorable)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One code point's share of the skeleton. NFKD of a single code point is NFKC followed by UTS #39's NFD; marks are
    /// dropped after it, so the order of marks across code points never matters.
    /// </summary>
    private static string Fold(Rune rune)
    {
        if (IsDefaultIgnorable(rune.Value))
        {
            return string.Empty;
        }

        // .NET refuses to normalize a noncharacter (U+FFFE, U+FDD0…); such a character has no lookalike to fold.
        var value = rune.Value;
        if (value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE)
        {
            return rune.ToString();
        }

        var result = new StringBuilder(2);
        foreach (var part in rune.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (IsDefaultIgnorable(part.Value) || Rune.GetUnicodeCategory(part) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            result.Append(Prototype(part));
        }

        return result.ToString();
    }

    /// <summary>
    /// The Latin prototype of one character, lower-case. Letters outside ASCII are looked up as lower-case first (Greek
    /// capital iota is the prototype "l" but its small letter "i", and case is folded anyway), then as written, then
    /// upper-case (Cyrillic "т" is listed only as "Т"). ASCII letters are folded before their own entries apply, so
    /// "I" stays "i" instead of becoming "l"; digit one and zero still read as "l" and "o".
    /// </summary>
    private static string Prototype(Rune rune)
    {
        if (rune.IsAscii)
        {
            return Ascii((char)rune.Value);
        }

        var lower = Rune.ToLowerInvariant(rune);
        if (Prototypes.TryGetValue(lower.Value, out var prototype)
            || Prototypes.TryGetValue(rune.Value, out prototype)
            || Prototypes.TryGetValue(Rune.ToUpperInvariant(rune).Value, out prototype))
        {
            var ascii = new StringBuilder(prototype.Length + 1);
            foreach (var c in prototype)
            {
                ascii.Append(Ascii(c));
            }

            return ascii.ToString();
        }

        return lower.ToString();
    }

    private static string Ascii(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return Prototypes.TryGetValue(lower, out var prototype) ? prototype.ToLowerInvariant() : lower.ToString();
    }

    private static FrozenDictionary<int, string> LoadPrototypes()
    {
        using var stream = typeof(PolicySkeleton).Assembly.GetManifestResourceStream("CpdTwitter.ConfusablesLatin")
            ?? throw new InvalidOperationException("The confusables table is missing from the domain assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            var data = line.Split('#', 2)[0];
            if (string.IsNullOrWhiteSpace(data))
            {
                continue;
            }

            var fields = data.Split(';');
            var source = int.Parse(fields[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var target = string.Concat(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(hex => char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            table[source] = target;
        }

        return table.ToFrozenDictionary();
    }
}
