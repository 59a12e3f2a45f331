namespace CpdTwitter.Domain.Responses;

/// <summary>
/// X's refusals of a reply in plain words for the author. Since February 2026 X's self-serve plans accept a reply only
/// to a post that mentions or quotes the replying account (403 "… not allowed because you have not been mentioned or
/// otherwise engaged …"), and a reply to a post that was deleted or hidden is refused with 400.
/// </summary>
public static class ReplyRefusal
{
    public const string NotAddressed = "X refused the reply: X accepts a reply from the district account only to a post that mentions or quotes it.";

    public const string Gone = "X refused the reply: the post it answers has been deleted or is no longer visible to the district account.";

    /// <summary>The refusal in plain words, with X's own words after it; null when X refused for another reason than the reply.</summary>
    public static string? Explain(int? status, string? xMessage)
    {
        var words = xMessage ?? string.Empty;
        var plain = status switch
        {
            403 when Has(words, "mentioned or otherwise engaged") || Has(words, "reply to this conversation is not allowed") => NotAddressed,
            400 or 404 when Has(words, "replying to") && (Has(words, "deleted") || Has(words, "not visible") || Has(words, "does not exist")) => Gone,
            _ => null,
        };
        return plain is null ? null : words.Length == 0 ? plain : $"{plain} (X said: {words})";
    }

    private static bool Has(string text, string words) => text.Contains(words, StringComparison.OrdinalIgnoreCase);
}
