using System.Globalization;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>A field of a posting in the package: its CSV header and JSON name, its label in the printable record, and its value.</summary>
public sealed record PostingColumn(string Name, string Label, Func<PostingRecord, string?> Value);

/// <summary>A field of one history event (a row of postings.csv, an entry of a posting's "events" in postings.json).</summary>
public sealed record EventColumn(string Name, string Label, Func<RecordEvent, string?> Value);

/// <summary>
/// The one place that says what the package tells about a posting: the columns of data/postings.csv (posting fields
/// first, repeated on each of its event rows, then the event fields), the fields of data/postings.json and the summary
/// table of data/record.html all come from these lists, in this order. A new posting field is one line in <see cref="Posting"/>.
/// </summary>
public static class PostingColumns
{
    public static IReadOnlyList<PostingColumn> Posting { get; } =
    [
        new("posting_id", "Posting", r => r.Post.Id.ToString()),
        new("district", "District", r => r.Post.District.ToString("000", CultureInfo.InvariantCulture)),
        new("state", "State", r => r.Post.State.DisplayName()),
        new("origin", "Made", r => r.Post.Origin.DisplayName()),
        new("deleted_outside_utc", "Deleted outside the app (UTC)", r => RecordTimes.Utc(r.Post.DeletedOutsideAppAt)),
        new("deleted_outside_chicago", "Deleted outside the app (Chicago)", r => RecordTimes.Chicago(r.Post.DeletedOutsideAppAt)),
        new("category", "Category", r => r.Post.Category.DisplayName()),
        new("notable", "Marked notable", r => r.Post.MarkedNotable ? "yes" : "no"),
        new("author", "Author", r => r.Post.AuthorName),
        new("created_utc", "Created (UTC)", r => RecordTimes.Utc(r.Post.CreatedAt)),
        new("created_chicago", "Created (Chicago)", r => RecordTimes.Chicago(r.Post.CreatedAt)),
        new("submitted_utc", "Submitted (UTC)", r => RecordTimes.Utc(r.Post.SubmittedAt)),
        new("submitted_chicago", "Submitted (Chicago)", r => RecordTimes.Chicago(r.Post.SubmittedAt)),
        new("published_utc", "Published (UTC)", r => RecordTimes.Utc(r.Post.PublishedAt)),
        new("published_chicago", "Published (Chicago)", r => RecordTimes.Chicago(r.Post.PublishedAt)),
        new("discontinued_utc", "Discontinued (UTC)", r => RecordTimes.Utc(r.Post.DiscontinuedAt)),
        new("discontinued_chicago", "Discontinued (Chicago)", r => RecordTimes.Chicago(r.Post.DiscontinuedAt)),
        new("x_account", "X account", r => r.Post.AccountHandle),
        new("x_post_id", "X post id", r => r.Post.XPostId),
        new("x_post_url", "X post", r => r.Post.XPostUrl),
        new("sandbox", "Sandbox (never sent to X)", r => r.Post.Sandbox ? "yes" : "no"),
        new("corrects_posting_id", "Corrects posting", r => r.Post.CorrectsPostId?.ToString()),
        new("in_reply_to_x_post_id", "In reply to (X post id)", r => r.InReplyTo?.XPostId ?? r.Post.InReplyToXPostId),
        new("in_reply_to_author_handle", "In reply to (author)", r => r.InReplyTo?.AuthorHandle),
        new("in_reply_to_text", "In reply to (text)", r => r.InReplyTo?.Text),
        new("sent_text", "Text sent to X", r => r.SentText),
        new("disposed_utc", "Disposed of (UTC)", r => RecordTimes.Utc(r.Post.DisposedAt)),
        new("disposal_certificate", "Disposal certificate", r => r.Post.DisposalCertificate),
    ];

    public static IReadOnlyList<EventColumn> Event { get; } =
    [
        new("event", "What happened", e => e.Kind),
        new("revision", "Revision", e => e.Revision?.ToString(CultureInfo.InvariantCulture)),
        new("event_utc", "When (UTC)", e => RecordTimes.Utc(e.AtUtc)),
        new("event_chicago", "When (Chicago)", e => RecordTimes.Chicago(e.AtUtc)),
        new("by", "By", e => e.ByName),
        new("by_role", "Role", e => e.ByRole),
        new("text", "Text", e => e.Text),
        new("note", "Note", e => e.Note),
    ];

    /// <summary>The header row of data/postings.csv.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = [.. Posting.Select(c => c.Name), .. Event.Select(c => c.Name)];
}
