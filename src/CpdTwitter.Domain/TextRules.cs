using System.Globalization;

namespace CpdTwitter.Domain;

/// <summary>
/// What any text a person types into the application may contain. Refused: C0 and C1 control characters other than tab,
/// line feed and carriage return (DEL included), Unicode noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane),
/// lone surrogates, U+FFFD (what a form decoder makes of bytes that are not UTF-8, e.g. an encoded lone surrogate), and the
/// bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), which can make text read in
/// an order other than the one stored ("Trojan Source"). The left-to-right and right-to-left marks (U+200E, U+200F, U+061C)
/// are allowed: they only set the direction of neutral characters next to them, and Arabic or Hebrew text needs them.
/// </summary>
public static class TextRules
{
    /// <summary>Longest text any field accepts unless it names its own limit (the longest text column: a post's 4,000).</summary>
    public const int DefaultMaxLength = 4000;

    /// <summary>What is wrong with the text, as words that finish "… contains ", or null when it may be stored.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNoncharacter(codePoint))
                {
                    return $"a Unicode noncharacter ({Name(codePoint)})";
                }

                i++;
                continue;
            }

            var problem = c switch
            {
                '\t' or '\n' or '\r' => null,
                _ when char.IsSurrogate(c) => "a broken character (a lone surrogate, {0})",
                _ when c < '\u0020' || c is >= '\u007F' and <= '\u009F' => "a control character ({0})",
                '\uFFFD' => "a character that did not arrive intact ({0}, the replacement character)",
                _ when IsNoncharacter(c) => "a Unicode noncharacter ({0})",
                >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => "a bidirectional control character ({0}) that can disguise the order of the text",
                _ => null,
            };
            if (problem is not null)
            {
                return string.Format(CultureInfo.InvariantCulture, problem, Name(c));
            }
        }

        return null;
    }

    /// <summary>The message shown next to a field whose text was refused.</summary>
    public static string Message(string field, string problem) =>
        $"{field} contains {problem}, which cannot be accepted. Remove it and try again.";

    public static string TooLong(string field, int maxLength, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} is too long: at most {maxLength:N0} characters ({length:N0} entered).");

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane.</summary>
    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Name(int codePoint) => string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
}
