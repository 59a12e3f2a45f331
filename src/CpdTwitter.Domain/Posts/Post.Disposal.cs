namespace CpdTwitter.Domain.Posts;

/// <summary>
/// Disposition of a posting whose retention has run out (Domain/Records/Disposition): its content — text, revisions,
/// images, justification, decision comments, review notes, discontinuation note — is purged and the posting stays as a
/// tombstone saying under which certificate it was disposed of. Ids, states, times and who acted stay.
/// </summary>
public sealed partial class Post
{
    public DateTime? DisposedAt { get; private set; }

    public string? DisposalCertificate { get; private set; }

    public bool IsDisposed => DisposedAt is not null;

    public static string DisposedText(string certificate) => $"Disposed under certificate {certificate}.";

    /// <summary>The content a tombstone hashes, in a fixed shape (<see cref="Records.ContentHash"/>).</summary>
    public object ContentForHash() => new
    {
        Id,
        District,
        AuthorId,
        CreatedAt,
        Text,
        SubmittedText,
        ApprovedText,
        SentText,
        Justification,
        RoutingReasons,
        DecisionComment,
        DiscontinueNote,
        PublishingMessage,
        Images = Images.Select(i => new { i.Sha256, i.AltText }),
        Revisions = _revisions.OrderBy(r => r.Number).Select(r => new { r.Number, r.Text, r.Justification, Images = r.Images.Select(i => new { i.Sha256, i.AltText }) }),
        Decisions = _decisions.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).Select(d => new { d.Id, d.Comment }),
        Reviews = _reviews.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id).Select(r => new { r.Id, r.Note }),
    };

    /// <summary>Every image the posting ever carried (their files are removed when no other record uses them).</summary>
    public IReadOnlySet<string> AllImageHashes() =>
        Images.Select(i => i.Sha256).Concat(_revisions.SelectMany(r => r.Images.Select(i => i.Sha256))).ToHashSet(StringComparer.Ordinal);

    public void Purge(string certificate, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certificate);
        if (IsDisposed)
        {
            throw new DomainException("This posting was already disposed of.");
        }

        if (!PostStates.Finished.Contains(State))
        {
            throw new DomainException("A posting still in progress cannot be disposed of.");
        }

        // Every page shows Text (or SentText ?? Text): the marker makes the feed, calendar and record read sensibly.
        Text = DisposedText(certificate);
        SubmittedText = ApprovedText = SentText = null;
        Justification = null;
        RoutingReasons = string.Empty;
        DecisionComment = null;
        DiscontinueNote = null;
        PublishingMessage = null;
        Images = [];
        foreach (var revision in _revisions)
        {
            revision.Purge(Text);
        }

        foreach (var decision in _decisions)
        {
            decision.Purge();
        }

        foreach (var review in _reviews)
        {
            review.Purge();
        }

        DisposalCertificate = certificate;
        DisposedAt = nowUtc;
        Version++;
    }
}
