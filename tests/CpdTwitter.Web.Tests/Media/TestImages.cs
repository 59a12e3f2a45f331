using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace CpdTwitter.Web.Tests.Media;

/// <summary>Images built in code, carrying what must never leave the building: a GPS position and a camera serial in EXIF.</summary>
public static class TestImages
{
    public const string CameraSerial = "SERIAL-4417-CPD";
    public const string Comment = "secret-comment-7731";

    public static byte[] Jpeg(int width = 64, int height = 48) => Encode(width, height, new JpegEncoder { Quality = 90 });

    public static byte[] Png(int width = 64, int height = 48) => Encode(width, height, new PngEncoder());

    public static byte[] Webp(int width = 64, int height = 48) => Encode(width, height, new WebpEncoder());

    /// <summary>An animated GIF of <paramref name="frames"/> frames with a comment and an XMP-like application block.</summary>
    public static byte[] Gif(int frames = 3, int width = 32, int height = 24)
    {
        using var image = new Image<Rgba32>(width, height, Color.Red);
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(width, height, i % 2 == 0 ? Color.Red : Color.Blue);
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        image.Metadata.GetGifMetadata().RepeatCount = 0;
        image.Metadata.GetGifMetadata().Comments.Add(Comment);
        using var output = new MemoryStream();
        image.Save(output, new GifEncoder());
        var bytes = output.ToArray();

        // An application extension as XMP travels in GIFs, before the trailer.
        var vendor = new List<byte> { 0x21, 0xFF, 11 };
        vendor.AddRange("XMP DataXMP"u8.ToArray());
        var payload = System.Text.Encoding.ASCII.GetBytes(CameraSerial);
        vendor.Add((byte)payload.Length);
        vendor.AddRange(payload);
        vendor.Add(0);
        return [.. bytes[..^1], .. vendor, 0x3B];
    }

    public static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(text)) >= 0;

    private static byte[] Encode(int width, int height, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var image = new Image<Rgba32>(width, height, Color.CornflowerBlue);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(41, 1), new Rational(52, 1), new Rational(5, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(87, 1), new Rational(37, 1), new Rational(40, 1)]);
        exif.SetValue(ExifTag.SerialNumber, CameraSerial);
        exif.SetValue(ExifTag.Orientation, (ushort)1);
        image.Metadata.ExifProfile = exif;
        image.Metadata.GetPngMetadata().TextData.Add(new SixLabors.ImageSharp.Formats.Png.PngTextData("Comment", Comment, string.Empty, string.Empty));
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
