using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>A mention of a district account as the package tells it: its text redacted, and the postings that answer it.</summary>
public sealed record MentionRecord(Mention Mention, string Text, string? NoResponseReason, IReadOnlyList<Guid> ResponsePostingIds);

/// <summary>A field of a mention in the package: its CSV header and JSON name, and its value.</summary>
public sealed record MentionColumn(string Name, Func<MentionRecord, string?> Value);

/// <summary>
/// The one place that says what data/mentions.csv and data/mentions.json tell about a mention (issue 16: mentions are
/// records, exported like postings), in this order.
/// </summary>
public static class MentionColumns
{
    public static IReadOnlyList<MentionColumn> All { get; } =
    [
        new("mention_id", r => r.Mention.Id.ToString()),
        new("district", r => r.Mention.District.ToString("000", System.Globalization.CultureInfo.InvariantCulture)),
        new("x_post_id", r => r.Mention.XPostId),
        new("x_post_url", r => r.Mention.XUrl),
        new("author_handle", r => r.Mention.AuthorHandle),
        new("author_name", r => r.Mention.AuthorName),
        new("text", r => r.Text),
        new("posted_utc", r => RecordTimes.Utc(r.Mention.PostedAt)),
        new("posted_chicago", r => RecordTimes.Chicago(r.Mention.PostedAt)),
        new("received_utc", r => RecordTimes.Utc(r.Mention.ReceivedAt)),
        new("conversation_id", r => r.Mention.ConversationId),
        new("in_reply_to_x_post_id", r => r.Mention.InReplyToXPostId),
        new("addresses_account", r => r.Mention.AddressesAccount ? "yes" : "no"),
        new("state", r => r.Mention.State.DisplayName()),
        new("flagged_as_media", r => r.Mention.FlaggedAsMedia ? "yes" : "no"),
        new("flag_reason", r => r.Mention.FlagReason),
        new("handled_by", r => r.Mention.HandledByName),
        new("handled_utc", r => RecordTimes.Utc(r.Mention.HandledAt)),
        new("handled_chicago", r => RecordTimes.Chicago(r.Mention.HandledAt)),
        new("no_response_reason", r => r.NoResponseReason),
        new("media_inquiry_id", r => r.Mention.MediaInquiryId?.ToString()),
        new("response_posting_ids", r => r.ResponsePostingIds.Count == 0 ? null : string.Join(' ', r.ResponsePostingIds)),
    ];

    /// <summary>The header row of data/mentions.csv.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = [.. All.Select(c => c.Name)];
}
