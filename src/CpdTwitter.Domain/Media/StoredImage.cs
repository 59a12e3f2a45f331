namespace CpdTwitter.Domain.Media;

/// <summary>
/// That a district holds an image file: who may see it follows the district, as for its postings' records. The file is
/// shared by content (two districts attaching the same picture keep one file, each with its own row). Never deleted.
/// </summary>
public sealed class StoredImage : Districts.IDistrictOwned
{
    private StoredImage()
    {
        Sha256 = StoredBy = string.Empty;
    }

    public StoredImage(int district, PostImage image, string storedBy, DateTime nowUtc)
        : this()
    {
        ArgumentNullException.ThrowIfNull(image);
        District = district;
        Sha256 = image.Sha256;
        Kind = image.Kind;
        Length = image.Length;
        Width = image.Width;
        Height = image.Height;
        StoredBy = storedBy;
        StoredAt = nowUtc;
    }

    public int District { get; private set; }

    public string Sha256 { get; private set; }

    public ImageKind Kind { get; private set; }

    public long Length { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public string StoredBy { get; private set; }

    public DateTime StoredAt { get; private set; }

    /// <summary>The image as a post carries it, without alt text.</summary>
    public PostImage ToImage() => new(Sha256, Kind, Length, Width, Height, string.Empty);
}
