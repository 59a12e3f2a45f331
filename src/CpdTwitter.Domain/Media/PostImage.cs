using System.Globalization;

namespace CpdTwitter.Domain.Media;

/// <summary>The kinds of image a post may carry, told apart by their content (never by name or declared type).</summary>
public enum ImageKind
{
    Jpeg = 0,
    Png = 1,
    Webp = 2,
    Gif = 3,
}

/// <summary>
/// One image of a post's revision: the stored file (content-addressed by its SHA-256, metadata already stripped), its
/// kind, size and dimensions, and the alt text read to people who cannot see it. An image is part of the revision:
/// changing it or its alt text is a new revision, and an approval covers the images of the approved revision.
/// </summary>
public sealed record PostImage(string Sha256, ImageKind Kind, long Length, int Width, int Height, string AltText)
{
    public string ContentType => PostImages.ContentTypeOf(Kind);

    /// <summary>The alt text as stored: trimmed, with LF line breaks.</summary>
    public PostImage Normalized() => this with { AltText = PostImages.NormalizeAltText(AltText) };

    public bool HasAltText => AltText.Length > 0;

    public static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Width}×{Height} {Sha256[..12]}");
}
