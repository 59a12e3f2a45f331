namespace CpdTwitter.Infrastructure.Publishing;

/// <summary>
/// An image of a post uploaded to X: its media id and until when X keeps it, so that a retry after a failure does not
/// upload it again; an expired id (or one X calls invalid) is uploaded again. Whether the alt text is set on it.
/// </summary>
public sealed class XMediaUpload
{
    private XMediaUpload()
    {
        Sha256 = MediaId = string.Empty;
    }

    public XMediaUpload(Guid postId, int district, string sha256, string mediaId, DateTime expiresAt, DateTime nowUtc)
        : this()
    {
        Id = Guid.NewGuid();
        PostId = postId;
        District = district;
        Sha256 = sha256;
        MediaId = mediaId;
        ExpiresAt = expiresAt;
        UploadedAt = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public int District { get; private set; }

    public string Sha256 { get; private set; }

    public string MediaId { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>The alt text set on X for this media id (null until it is set).</summary>
    public string? AltTextSet { get; set; }

    /// <summary>Usable for a post sent now: with a margin, as X counts from its own clock.</summary>
    public bool UsableAt(DateTime nowUtc) => ExpiresAt > nowUtc.AddMinutes(5);
}
