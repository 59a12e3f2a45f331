using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// The feed's filtered list as CSV, every matching row, read from the database and written one row at a time (never
/// the whole list in memory). The download is audited when it ends: who, the filters and how many rows were written
/// (and whether the download was cut short).
/// </summary>
public sealed class PostingsExport(PostingsFeed feed, AuditTrail audit, CpdTwitterDbContext db)
{
    public const string Page = "/NewsAffairs/Postings";

    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "district", "state", "category", "notable",
        "created_utc", "created_chicago", "submitted_utc", "submitted_chicago", "approved_utc", "approved_chicago",
        "published_utc", "published_chicago", "discontinued_utc", "discontinued_chicago",
        "author", "text", "x_post_url", "discontinue_reason", "origin", "deleted_outside_utc",
        "in_reply_to_x_post_id",
    ];

    /// <returns>The number of postings written.</returns>
    public async Task<int> WriteAsync(TextWriter writer, PostingsFilter filter, DistrictScope scope, object filtersForAudit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new CsvWriter(writer);
        var rows = 0;
        var completed = false;
        try
        {
            await csv.WriteRowAsync(Header, cancellationToken);
            await foreach (var post in feed.Ordered(filter, scope).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await csv.WriteRowAsync(Row(post), cancellationToken);
                rows++;
            }

            completed = true;
        }
        finally
        {
            audit.Record(AuditActions.Export.Postings, AuditSubjects.Page, Page, filter.District, new { filters = filtersForAudit, rows, completed });
            // The download itself is over (or was cut short): the record of it is written whatever happened.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return rows;
    }

    private static string?[] Row(Post p) =>
    [
        p.Id.ToString(),
        p.District.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
        p.State.DisplayName(),
        p.Category.DisplayName(),
        p.MarkedNotable ? "yes" : "no",
        CsvWriter.Time(p.CreatedAt), Chicago(p.CreatedAt),
        CsvWriter.Time(p.SubmittedAt), Chicago(p.SubmittedAt),
        CsvWriter.Time(p.ApprovedAt), Chicago(p.ApprovedAt),
        CsvWriter.Time(p.PublishedAt), Chicago(p.PublishedAt),
        CsvWriter.Time(p.DiscontinuedAt), Chicago(p.DiscontinuedAt),
        p.AuthorName,
        p.SentText ?? p.Text,
        p.XPostUrl,
        p.DiscontinueReason is { } reason ? reason.DisplayName() + (p.DiscontinueNote is { } note ? ": " + note : string.Empty) : null,
        p.Origin.DisplayName(),
        CsvWriter.Time(p.DeletedOutsideAppAt),
        p.InReplyToXPostId,
    ];

    private static string? Chicago(DateTime? utc) => utc is { } at ? ChicagoTime.Format(at) : null;
}
