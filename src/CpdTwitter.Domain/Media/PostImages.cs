namespace CpdTwitter.Domain.Media;

/// <summary>
/// What X accepts on one post, and what the directive's accessibility needs: up to four still images (JPEG, PNG or
/// WebP, 5 MB each) or one GIF (15 MB), each with alt text of 1 to 1,000 characters before it is submitted.
/// </summary>
public static class PostImages
{
    public const int MaxStillImages = 4;
    public const long MaxStillBytes = 5L * 1024 * 1024;
    public const long MaxGifBytes = 15L * 1024 * 1024;
    public const int AltTextMaxLength = 1000;

    /// <summary>X's largest still image side; larger ones are refused before they are decoded.</summary>
    public const int MaxStillSide = 8192;

    /// <summary>X's animated GIF limits: 1280×1080, 350 frames.</summary>
    public const int MaxGifWidth = 1280;
    public const int MaxGifHeight = 1080;
    public const int MaxGifFrames = 350;

    /// <summary>The most a post's images can weigh together: four stills or one GIF.</summary>
    public const long MaxTotalBytes = MaxGifBytes > MaxStillImages * MaxStillBytes ? MaxGifBytes : MaxStillImages * MaxStillBytes;

    public const string KindsInWords = "a JPEG, PNG or WebP photo, or a GIF";

    public static string ContentTypeOf(ImageKind kind) => kind switch
    {
        ImageKind.Jpeg => "image/jpeg",
        ImageKind.Png => "image/png",
        ImageKind.Webp => "image/webp",
        ImageKind.Gif => "image/gif",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static long MaxBytesOf(ImageKind kind) => kind == ImageKind.Gif ? MaxGifBytes : MaxStillBytes;

    /// <summary>The form field of an image's alt text, where its messages are shown.</summary>
    public static string AltTextField(int index) => $"Images[{index}].AltText";

    public static string NormalizeAltText(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>The size of one file, checked before anything else reads it.</summary>
    public static string? RefuseSize(ImageKind kind, long length) =>
        length > MaxBytesOf(kind)
            ? $"This {(kind == ImageKind.Gif ? "GIF" : "image")} is {Megabytes(length)}; X takes at most {Megabytes(MaxBytesOf(kind))}."
            : null;

    /// <summary>
    /// The rules every saved revision keeps: how many images and of which kinds, their sizes, and alt text no longer
    /// than X allows (it may still be missing in a draft). Throws with the field at fault.
    /// </summary>
    public static void Check(IReadOnlyList<PostImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Any(i => i.Kind == ImageKind.Gif) && images.Count > 1)
        {
            throw DomainException.For("Images", "A GIF goes alone: a post carries one GIF, or up to four photos.");
        }

        if (images.Count > MaxStillImages)
        {
            throw DomainException.For("Images", $"A post carries at most {MaxStillImages} images; remove {images.Count - MaxStillImages}.");
        }

        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            if (!PostImage.IsSha256(image.Sha256) || !Enum.IsDefined(image.Kind) || image.Width <= 0 || image.Height <= 0 || image.Length <= 0)
            {
                throw DomainException.For("Images", "An image is not one the app stored; attach it again.");
            }

            if (RefuseSize(image.Kind, image.Length) is { } tooBig)
            {
                throw DomainException.For(AltTextField(i), tooBig);
            }

            if (image.AltText.Length > AltTextMaxLength)
            {
                throw DomainException.For(AltTextField(i), $"Keep the alt text to {AltTextMaxLength:N0} characters; it is {image.AltText.Length:N0}.");
            }

            if (images.Take(i).Any(other => other.Sha256 == image.Sha256))
            {
                throw DomainException.For("Images", "The same image is attached twice; remove one.");
            }
        }
    }

    /// <summary>Before submitting: each image needs its alt text. One message for each image without it, by the image.</summary>
    public static IReadOnlyList<(string Field, string Message)> MissingAltText(IReadOnlyList<PostImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        return images.Select((image, i) => (image, i))
            .Where(x => !x.image.HasAltText)
            .Select(x => (AltTextField(x.i), $"Describe image {x.i + 1} for people who cannot see it: alt text of 1 to {AltTextMaxLength:N0} characters is needed before submitting."))
            .ToList();
    }

    public static bool SameAs(IReadOnlyList<PostImage> a, IReadOnlyList<PostImage> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.SequenceEqual(b);
    }

    private static string Megabytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / (1024.0 * 1024):0.0} MB";
}
