using System.Text.RegularExpressions;

namespace CpdTwitter.Domain.Responses;

/// <summary>
/// Whether a mention may be a media inquiry (directive IV.F: media inquiries go to News Affairs): its author is on
/// News Affairs' press list, or its words ask the Department for comment or a statement. Only asking counts — "no
/// comment on the beat meeting?" or "great statement" is not a reporter's request.
/// </summary>
public static partial class MediaInquirySignal
{
    public const string PressListReason = "On News Affairs' press list";

    public const string AsksForCommentReason = "Asks for comment or a statement";

    /// <summary>
    /// Why the mention is flagged, or null when nothing suggests a media inquiry. <paramref name="pressListKeys"/> are the
    /// handle keys (<see cref="Inquiries.PressContact.KeyOf"/>) of the active press list.
    /// </summary>
    public static string? Reason(string? authorHandle, string? text, IReadOnlySet<string> pressListKeys)
    {
        ArgumentNullException.ThrowIfNull(pressListKeys);
        if (!string.IsNullOrWhiteSpace(authorHandle) && pressListKeys.Contains(Inquiries.PressContact.KeyOf(authorHandle)))
        {
            return PressListReason;
        }

        return !string.IsNullOrEmpty(text) && AsksForComment().IsMatch(text) ? AsksForCommentReason : null;
    }

    // Each alternative is a way of asking: "for comment", "comment for a story", "can you comment", "any comment on",
    // "waiting on a statement", "working on a story", "on the record", "for a story", "press inquiry". A bare "comment" or "statement" is not.
    [GeneratedRegex("""
        \b(?:
            (?:request(?:ing)?|seeking|reached\s+out)\s+(?:for\s+)?(?:a\s+|any\s+)?comment
          | \bfor\s+(?:a\s+|any\s+)?comment\b
          | (?:can|could|would|will)\s+(?:you|someone|the\s+(?:department|district|commander))\s+(?:please\s+)?comment\b
          | care\s+to\s+comment
          | (?:any|official)\s+(?:comment|response)\s+(?:on|about|regarding|from|for)\b
          | (?:issue|release|make|provide|give|send|share|have)\s+(?:us\s+|me\s+)?(?:a|an|any)\s+(?:official\s+)?statement
          | (?:any|official|a\s+formal)\s+statement
          | (?:need|want|get|asking\s+for|looking\s+for|waiting\s+(?:on|for))\s+(?:a|an|any)\s+(?:official\s+)?statement
          | working\s+on\s+(?:a|an)\s+(?:news\s+)?(?:story|article|piece|report|segment)
          | on\s+the\s+record
          | for\s+(?:a|an|my|our|the)\s+(?:news\s+)?(?:story|article|piece|report|segment|broadcast)\b
          | (?:press|media)\s+(?:inquiry|enquiry|request|question)s?
        )\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AsksForComment();
}
