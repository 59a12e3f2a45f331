using System.Security.Cryptography;
using CpdTwitter.Domain.Media;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace CpdTwitter.Infrastructure.Media;

/// <summary>What came of an attached file: the stored image (alt text still empty), or a refusal in words for the person.</summary>
public sealed record ImageIntake(PostImage? Image, string? Refusal)
{
    public static ImageIntake Refused(string message) => new(null, message);
}

/// <summary>
/// Takes an attached file, decides its kind by its content, strips every kind of metadata and keeps the result under its
/// SHA-256 in the media folder (ADR 0007). Crafted images are the risk (the package note): the size is checked before
/// the file is read, dimensions before a picture is decoded, decoding has an allocation limit and runs one at a time,
/// only the four decoders we need are registered, and GIFs are never decoded (rewritten block by block instead).
/// Files are never deleted: they are part of the postings' records.
/// </summary>
public sealed class ImageStore(IOptions<MediaStoreOptions> options)
{
    private const int AllocationLimitMegabytes = 320; // one 8192×8192 RGBA picture is 256 MB
    private const int JpegQuality = 90;
    private static readonly SemaphoreSlim Decoding = new(1, 1);

    private static readonly Configuration Decoders = new(
        new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule(), new GifConfigurationModule())
    {
        MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = AllocationLimitMegabytes }),
        MaxDegreeOfParallelism = 1,
    };

    public const string NotAnImage = "This file is not " + PostImages.KindsInWords + ". Attach a photo in one of those kinds.";

    private string Root => string.IsNullOrWhiteSpace(options.Value.Root)
        ? throw new InvalidOperationException("The media folder (MediaStoreOptions.Root) is not configured.")
        : options.Value.Root;

    /// <summary>The kind a file's first bytes say it is, whatever its name or declared type; null for anything else.</summary>
    public static ImageKind? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ImageKind.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ImageKind.Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => ImageKind.Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ImageKind.Webp,
        _ => null,
    };

    /// <summary>Reads at most the limit of the file's kind from <paramref name="content"/> (whose declared length is checked first).</summary>
    public async Task<ImageIntake> StoreAsync(Stream content, long declaredLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (declaredLength <= 0)
        {
            return ImageIntake.Refused("The file is empty.");
        }

        if (declaredLength > PostImages.MaxGifBytes)
        {
            return ImageIntake.Refused(PostImages.RefuseSize(ImageKind.Gif, declaredLength)!);
        }

        var head = new byte[16];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (Sniff(head.AsSpan(0, read)) is not { } kind)
        {
            return ImageIntake.Refused(NotAnImage);
        }

        if (PostImages.RefuseSize(kind, declaredLength) is { } tooBig)
        {
            return ImageIntake.Refused(tooBig);
        }

        // Never more than the kind's limit (+1 to notice a stream longer than it said), whatever the declared length.
        var limit = PostImages.MaxBytesOf(kind);
        using var buffer = new MemoryStream((int)Math.Min(declaredLength, limit) + 1);
        buffer.Write(head, 0, read);
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limit)
            {
                return ImageIntake.Refused(PostImages.RefuseSize(kind, buffer.Length)!);
            }
        }

        var bytes = buffer.ToArray();
        var cleaned = kind == ImageKind.Gif ? CleanGif(bytes) : await CleanStillAsync(bytes, kind, cancellationToken);
        if (cleaned.Refusal is not null)
        {
            return ImageIntake.Refused(cleaned.Refusal);
        }

        var (clean, width, height) = (cleaned.Bytes!, cleaned.Width, cleaned.Height);
        if (PostImages.RefuseSize(kind, clean.Length) is { } stillTooBig)
        {
            return ImageIntake.Refused(stillTooBig);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(clean));
        await WriteOnceAsync(sha, clean, cancellationToken);
        return new ImageIntake(new PostImage(sha, kind, clean.Length, width, height, string.Empty), null);
    }

    /// <summary>The stored file of an image, or null when there is none under that name.</summary>
    public string? PathOf(string sha256)
    {
        if (!PostImage.IsSha256(sha256))
        {
            return null;
        }

        var path = Path.Combine(Root, sha256[..2], sha256);
        return File.Exists(path) ? path : null;
    }

    public async Task<byte[]> ReadAsync(string sha256, CancellationToken cancellationToken = default) =>
        await File.ReadAllBytesAsync(PathOf(sha256) ?? throw new FileNotFoundException($"Image {sha256} is not in the media folder."), cancellationToken);

    private static Cleaned CleanGif(byte[] bytes)
    {
        var gif = GifCleaner.Clean(bytes, PostImages.MaxGifFrames);
        if (gif is null)
        {
            return Cleaned.Refused("This GIF is damaged or incomplete; it cannot be read.");
        }

        if (gif.Frames > PostImages.MaxGifFrames)
        {
            return Cleaned.Refused($"This GIF has more than {PostImages.MaxGifFrames} frames; X takes at most {PostImages.MaxGifFrames}.");
        }

        if (gif.Width > PostImages.MaxGifWidth || gif.Height > PostImages.MaxGifHeight)
        {
            return Cleaned.Refused($"This GIF is {gif.Width}×{gif.Height} pixels; X takes animated GIFs up to {PostImages.MaxGifWidth}×{PostImages.MaxGifHeight}.");
        }

        // The decoder must agree it is a GIF it can read (header, sizes); the pictures themselves are passed on as they are.
        var info = Image.Identify(Decoders, gif.Bytes, out var format);
        return info is null || format is not GifFormat ? Cleaned.Refused("This GIF is damaged; it cannot be read.") : new Cleaned(gif.Bytes, gif.Width, gif.Height, null);
    }

    private static async Task<Cleaned> CleanStillAsync(byte[] bytes, ImageKind kind, CancellationToken cancellationToken)
    {
        IImageInfo? info;
        IImageFormat? format;
        try
        {
            info = Image.Identify(Decoders, bytes, out format);
        }
        catch (Exception ex) when (ex is ImageFormatException or InvalidImageContentException or NotSupportedException or InvalidMemoryOperationException)
        {
            return Cleaned.Refused(Damaged(kind));
        }

        if (info is null || KindOf(format) != kind)
        {
            return Cleaned.Refused(Damaged(kind));
        }

        if (info.Width > PostImages.MaxStillSide || info.Height > PostImages.MaxStillSide)
        {
            return Cleaned.Refused($"This image is {info.Width}×{info.Height} pixels; X takes at most {PostImages.MaxStillSide}×{PostImages.MaxStillSide}. Make it smaller.");
        }

        await Decoding.WaitAsync(cancellationToken);
        try
        {
            using var image = Image.Load(Decoders, bytes);
            image.Mutate(x => x.AutoOrient()); // the orientation lives in EXIF, which goes
            StripMetadata(image);
            using var output = new MemoryStream();
            image.Save(output, EncoderFor(kind, image));
            return new Cleaned(output.ToArray(), image.Width, image.Height, null);
        }
        catch (Exception ex) when (ex is ImageFormatException or InvalidImageContentException or NotSupportedException or InvalidMemoryOperationException)
        {
            return Cleaned.Refused(Damaged(kind));
        }
        finally
        {
            Decoding.Release();
        }
    }

    private static void StripMetadata(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.IptcProfile = null;
        metadata.XmpProfile = null;
        metadata.IccProfile = null;
        metadata.GetPngMetadata().TextData.Clear();
        metadata.GetGifMetadata().Comments.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private static IImageEncoder EncoderFor(ImageKind kind, Image image) => kind switch
    {
        ImageKind.Jpeg => new JpegEncoder { Quality = JpegQuality },
        ImageKind.Png => new PngEncoder(),
        ImageKind.Webp => new WebpEncoder
        {
            FileFormat = image.Metadata.GetWebpMetadata().FileFormat == WebpFileFormatType.Lossless ? WebpFileFormatType.Lossless : WebpFileFormatType.Lossy,
            Quality = JpegQuality,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ImageKind? KindOf(IImageFormat? format) => format switch
    {
        JpegFormat => ImageKind.Jpeg,
        PngFormat => ImageKind.Png,
        WebpFormat => ImageKind.Webp,
        GifFormat => ImageKind.Gif,
        _ => null,
    };

    private static string Damaged(ImageKind kind) => $"This {kind.ToString().ToUpperInvariant()} file is damaged or not a picture the app can read.";

    private async Task WriteOnceAsync(string sha, byte[] bytes, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, sha[..2]);
        var path = Path.Combine(folder, sha);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{sha}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // stored at the same moment by another request: the same content
        }
    }

    private sealed record Cleaned(byte[]? Bytes, int Width, int Height, string? Refusal)
    {
        public static Cleaned Refused(string message) => new(null, 0, 0, message);
    }
}
