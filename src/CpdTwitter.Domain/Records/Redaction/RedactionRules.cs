using System.Text;
using System.Text.RegularExpressions;

namespace CpdTwitter.Domain.Records.Redaction;

/// <summary>
/// What a public-records export takes out of postings' texts and notes before release (5 ILCS 140/7):
/// <list type="bullet">
/// <item>7(1)(b) private information: e-mail addresses, telephone numbers (ten digits, North American forms), home
/// addresses (a house number and a named street: "4521 N Kedzie Ave"; in a posting's text only when said to be a home,
/// see <see cref="LooksLikeAHome"/>). "1200 block of S. Michigan Ave", the department's way to name a place publicly,
/// is not an address of anyone and stays.</item>
/// <item>7(1)(c) personal privacy: employee numbers and log-on IDs, when labelled ("employee no. 123456",
/// "log-on ID: jsmith") or when they are one of the department's known values (every member's employee number and
/// log-on ID, given by the caller); and a note marked internal (starting "[internal]" or "Internal:") as a whole.</item>
/// </list>
/// Department e-mail addresses and published tip lines are redacted too: the rules err toward withholding, and the
/// unredacted record stays in the system. Rules run in a fixed order; a value once replaced is not looked at again.
/// </summary>
public sealed partial class RedactionRules
{
    public const string Email = "e-mail address";
    public const string Phone = "telephone number";
    public const string HomeAddress = "home address";
    public const string EmployeeNumber = "employee number";
    public const string LogOnId = "log-on ID";
    public const string InternalNote = "note marked internal";

    private readonly HashSet<string> _employeeNumbers;
    private readonly HashSet<string> _logOnIds;

    public RedactionRules(IEnumerable<string>? knownEmployeeNumbers = null, IEnumerable<string>? knownLogOnIds = null)
    {
        _employeeNumbers = new HashSet<string>((knownEmployeeNumbers ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()), StringComparer.Ordinal);
        // Log-on IDs of three characters or fewer would match ordinary words; only longer ones are sought in free text.
        _logOnIds = new HashSet<string>((knownLogOnIds ?? []).Where(v => v is { Length: > 3 }).Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    public static RedactionRules Default { get; } = new();

    /// <summary>Whether a note is marked internal: it starts with "[internal]" or "Internal:" (any case).</summary>
    public static bool IsMarkedInternal(string? note)
    {
        var trimmed = note?.TrimStart() ?? string.Empty;
        return trimmed.StartsWith("[internal]", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("internal:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A posting's text (or other free text not called a note): every rule but the internal-note rule.</summary>
    public RedactedText Text(string? text) => Apply(text, note: false);

    /// <summary>A note or comment (decision, review, discontinuation): the internal-note rule first, then every other rule.</summary>
    public RedactedText Note(string? text) => Apply(text, note: true);

    private RedactedText Apply(string? text, bool note)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new RedactedText(text ?? string.Empty, []);
        }

        if (note && IsMarkedInternal(text))
        {
            return new RedactedText(Exemption.PersonalPrivacy.Replacement(), [new Redaction(InternalNote, Exemption.PersonalPrivacy)]);
        }

        var found = new List<Redaction>();
        var result = text;
        result = Replace(result, LabelledEmployeeNumberPattern(), EmployeeNumber, Exemption.PersonalPrivacy, found, group: "value");
        result = Replace(result, LabelledLogOnPattern(), LogOnId, Exemption.PersonalPrivacy, found, group: "value");
        result = Replace(result, EmailPattern(), Email, Exemption.PrivateInformation, found);
        result = Replace(result, PhonePattern(), Phone, Exemption.PrivateInformation, found);
        result = AddressPattern().Replace(result, match =>
        {
            if (!note && !LooksLikeAHome(result, match))
            {
                return match.Value;
            }

            found.Add(new Redaction(HomeAddress, Exemption.PrivateInformation));
            return Exemption.PrivateInformation.Replacement();
        });
        result = KnownValues(result, found);
        return new RedactedText(result, found);
    }

    private static string Replace(string text, Regex pattern, string kind, Exemption exemption, List<Redaction> found, string? group = null) =>
        pattern.Replace(text, match =>
        {
            found.Add(new Redaction(kind, exemption));
            if (group is null)
            {
                return exemption.Replacement();
            }

            var value = match.Groups[group];
            return match.Value[..(value.Index - match.Index)] + exemption.Replacement() + match.Value[(value.Index - match.Index + value.Length)..];
        });

    /// <summary>
    /// In a posting's text (published to the world) a street address is most often a public place: the fieldhouse of a
    /// beat meeting. It is taken for a home only with a word saying so shortly before it ("lives at", "home", "residence")
    /// or an apartment after it. In notes every street address is withheld.
    /// </summary>
    private static bool LooksLikeAHome(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 40);
        return HomeCuePattern().IsMatch(text.AsSpan(start, match.Index - start)) || UnitPattern().IsMatch(match.Value);
    }

    /// <summary>Known employee numbers and log-on IDs standing as whole words anywhere in the text.</summary>
    private string KnownValues(string text, List<Redaction> found)
    {
        if (_employeeNumbers.Count == 0 && _logOnIds.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match word in TokenPattern().Matches(text))
        {
            var kind = _employeeNumbers.Contains(word.Value) ? EmployeeNumber : _logOnIds.Contains(word.Value) ? LogOnId : null;
            if (kind is null)
            {
                continue;
            }

            found.Add(new Redaction(kind, Exemption.PersonalPrivacy));
            result.Append(text, last, word.Index - last).Append(Exemption.PersonalPrivacy.Replacement());
            last = word.Index + word.Length;
        }

        return last == 0 ? text : result.Append(text, last, text.Length - last).ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailPattern();

    // (312) 555-0123, 312-555-0123, 312.555.0123, 312 555 0123, +1 312 555 0123, 3125550123: ten digits, not inside a longer number.
    [GeneratedRegex(@"(?<![\w+])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-]?)\d{3}[\s.\-]?\d{4}(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhonePattern();

    // A house number, an optional direction, one to three capitalized words and a street type; an apartment may follow.
    [GeneratedRegex(@"\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'\-]*\s+){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Pl|Place|Ct|Court|Pkwy|Parkway|Ln|Lane|Ter|Terrace|Way)\b\.?(?:,?\s*(?:Apt|Unit|#)\s*\.?\s*\w+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"\b(?:lives?|living|home|resid\w*|house|apartment|address)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HomeCuePattern();

    [GeneratedRegex(@"(?:Apt|Unit|#)\s*\.?\s*\w+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"\b(?:employee|emp)\.?\s*(?:number|num|no\.?|#|id)?\s*[:#]?\s*(?<value>\d{4,12})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelledEmployeeNumberPattern();

    [GeneratedRegex(@"\b(?:log-?on|login|user)\s*(?:id|name)\s*[:#]?\s*(?<value>[A-Za-z0-9._\-]{2,64})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelledLogOnPattern();

    [GeneratedRegex(@"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
