using CpdTwitter.Domain.Media;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records.Redaction;
using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>A value withheld from the package: which record (a posting or a mention), where in it, what kind of value and under which exemption.</summary>
public sealed record RedactionEntry(Guid RecordId, int District, string Field, Redaction Redaction, string Record = RedactionEntry.Posting)
{
    public const string Posting = "posting";
    public const string Mention = "mention";
}

/// <summary>
/// Turns a posting and its revisions, decisions and reviews into the history the package tells, passing every text and
/// note through the redaction rules and reporting each withheld value. Log-on IDs of authors and approvers are never
/// put in the package at all (names only, as the app shows them).
/// </summary>
public sealed class PostingRecordBuilder(RedactionRules rules, Action<RedactionEntry> log)
{
    public PostingRecord Build(Post post, IEnumerable<PostRevision> revisions, IEnumerable<PostDecision> decisions, IEnumerable<PostReview> reviews, Func<PostImage, string?> packagePath, Mention? inReplyTo = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(packagePath);
        string? Text(string? value, string field) => value is null ? null : Redact(rules.Text(value), post, field);
        string? Note(string? value, string field) => string.IsNullOrEmpty(value) ? value : Redact(rules.Note(value), post, field);

        var events = new List<RecordEvent>();
        var images = new Dictionary<string, RecordImage>(StringComparer.Ordinal);
        void AddImages(IEnumerable<PostImage> list, string where)
        {
            foreach (var image in list)
            {
                if (!images.ContainsKey(image.Sha256))
                {
                    images[image.Sha256] = new RecordImage(image, Text(image.AltText, where + " image description") ?? string.Empty, packagePath(image));
                }
            }
        }

        foreach (var revision in revisions.OrderBy(r => r.Number))
        {
            var where = $"revision {revision.Number}";
            events.Add(new RecordEvent(
                revision.Kind == RevisionKind.ApproverEdit ? "Edited by the approver" : "Revision saved",
                revision.Number, revision.CreatedAt, revision.EditedByName, null,
                Text(revision.Text, where + " text"),
                Note(revision.Justification, where + " justification")));
            AddImages(revision.Images, where);
        }

        AddImages(post.Images, "posting");
        if (post.SubmittedAt is { } submitted)
        {
            events.Add(new RecordEvent("Submitted", post.SubmittedRevision, submitted, post.AuthorName, null, Text(post.SubmittedText, "submitted text"), Note(post.RoutingReasons.Replace('\n', ';'), "routing reasons")));
        }

        foreach (var decision in decisions.OrderBy(d => d.DecidedAt))
        {
            events.Add(new RecordEvent(decision.Kind.DisplayName(), decision.Revision, decision.DecidedAt, decision.DecidedByName, decision.Role, null,
                Note(decision.Comment, $"decision of {RecordTimes.Utc(decision.DecidedAt)} comment")));
        }

        if (post.ReleasedAt is { } released)
        {
            events.Add(new RecordEvent("Released to the publishing queue", post.ApprovedRevision, released, null, null, null, null));
        }

        var sent = Text(post.SentText, "sent text");
        if (post.PublishedAt is { } published)
        {
            events.Add(new RecordEvent(post.Sandbox ? "Published (sandbox: not sent to X)" : "Published on X", post.ApprovedRevision, published, post.AccountHandle, null,
                sent, post.XPostId is null ? null : "X post id " + post.XPostId));
        }

        foreach (var review in reviews.OrderBy(r => r.ReviewedAt))
        {
            var failed = new[] { (review.CategoryOk, "category"), (review.Current, "current"), (review.Correct, "correct"), (review.Valid, "valid"), (review.Appropriate, "appropriate") }
                .Where(c => !c.Item1).Select(c => c.Item2).ToList();
            var checks = failed.Count == 0 ? "All checks passed" : "Checks not passed: " + string.Join(", ", failed);
            events.Add(new RecordEvent("Reviewed: " + review.Outcome, null, review.ReviewedAt, review.ReviewedByName, null, checks,
                Note(review.Note, $"review of {RecordTimes.Utc(review.ReviewedAt)} note")));
        }

        if (post.DiscontinuedAt is { } discontinued)
        {
            var reason = post.DiscontinueReason?.DisplayName();
            var note = Note(post.DiscontinueNote, "discontinuation note");
            events.Add(new RecordEvent("Discontinued", null, discontinued, post.DiscontinuedByName, null, reason, note));
        }

        if (post.TakenDownAt is { } takenDown)
        {
            events.Add(new RecordEvent(post.PublishedAt is null ? "Cancelled before it went out" : "Taken down from X", null, takenDown, null, null, null, null));
        }

        events.Sort((a, b) => a.AtUtc.CompareTo(b.AtUtc));
        var reply = inReplyTo is null ? null
            : new RecordReply(inReplyTo.Id, inReplyTo.XPostId, inReplyTo.AuthorHandle, inReplyTo.AuthorName, Text(inReplyTo.Text, "text of the mention answered") ?? string.Empty);
        return new PostingRecord(post, Text(post.Text, "current text") ?? string.Empty, sent, events, [.. images.Values], reply);
    }

    private string Redact(RedactedText result, Post post, string field)
    {
        foreach (var redaction in result.Redactions)
        {
            log(new RedactionEntry(post.Id, post.District, field, redaction));
        }

        return result.Text;
    }
}

/// <summary>A mention as the package tells it, its text and no-response reason passed through the same redaction rules as a posting's.</summary>
public sealed class MentionRecordBuilder(RedactionRules rules, Action<RedactionEntry> log)
{
    public MentionRecord Build(Mention mention, IReadOnlyList<Guid> responsePostingIds)
    {
        ArgumentNullException.ThrowIfNull(mention);
        string Redact(RedactedText result, string field)
        {
            foreach (var redaction in result.Redactions)
            {
                log(new RedactionEntry(mention.Id, mention.District, field, redaction, RedactionEntry.Mention));
            }

            return result.Text;
        }

        var reason = string.IsNullOrEmpty(mention.NoResponseReason) ? mention.NoResponseReason : Redact(rules.Note(mention.NoResponseReason), "no-response reason");
        return new MentionRecord(mention, Redact(rules.Text(mention.Text), "text"), reason, responsePostingIds);
    }
}
