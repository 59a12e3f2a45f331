using System.Security.Cryptography;
using CpdTwitter.Domain.Media;
using CpdTwitter.Infrastructure.Media;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;

namespace CpdTwitter.Web.Tests.Media;

public sealed class ImageStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cpd-media-" + Guid.NewGuid().ToString("N"));
    private readonly ImageStore _store;

    public ImageStoreTests() => _store = new ImageStore(Options.Create(new MediaStoreOptions { Root = _root }));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<ImageIntake> StoreAsync(byte[] bytes) => _store.StoreAsync(new MemoryStream(bytes), bytes.Length, TestContext.Current.CancellationToken);

    public static TheoryData<string> Stills => ["jpeg", "png", "webp"];

    [Theory]
    [MemberData(nameof(Stills))]
    public async Task Gps_position_camera_serial_and_comments_do_not_reach_the_stored_file(string kind)
    {
        var original = kind switch { "jpeg" => TestImages.Jpeg(), "png" => TestImages.Png(), _ => TestImages.Webp() };
        Image.Identify(original).Metadata.ExifProfile.ShouldNotBeNull(); // the test image does carry them
        TestImages.Contains(original, TestImages.CameraSerial).ShouldBeTrue();

        var intake = await StoreAsync(original);

        intake.Refusal.ShouldBeNull();
        var stored = await File.ReadAllBytesAsync(_store.PathOf(intake.Image!.Sha256)!, TestContext.Current.CancellationToken);
        TestImages.Contains(stored, TestImages.CameraSerial).ShouldBeFalse();
        TestImages.Contains(stored, TestImages.Comment).ShouldBeFalse();
        TestImages.Contains(stored, "GPS").ShouldBeFalse();
        var info = Image.Identify(stored);
        info.Metadata.ExifProfile.ShouldBeNull();
        info.Metadata.XmpProfile.ShouldBeNull();
        info.Metadata.IptcProfile.ShouldBeNull();
        (intake.Image.Width, intake.Image.Height).ShouldBe((64, 48));
    }

    [Fact]
    public async Task A_gif_keeps_its_frames_and_loop_but_not_its_comment_or_application_blocks()
    {
        var original = TestImages.Gif(frames: 3);
        TestImages.Contains(original, TestImages.CameraSerial).ShouldBeTrue();

        var intake = await StoreAsync(original);

        intake.Refusal.ShouldBeNull();
        intake.Image!.Kind.ShouldBe(ImageKind.Gif);
        var stored = await _store.ReadAsync(intake.Image.Sha256, TestContext.Current.CancellationToken);
        TestImages.Contains(stored, TestImages.CameraSerial).ShouldBeFalse();
        TestImages.Contains(stored, TestImages.Comment).ShouldBeFalse();
        TestImages.Contains(stored, "NETSCAPE2.0").ShouldBeTrue();
        using var decoded = Image.Load(stored);
        decoded.Frames.Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_file_is_named_by_the_sha256_of_what_is_stored_and_stored_once()
    {
        var first = await StoreAsync(TestImages.Png());
        var second = await StoreAsync(TestImages.Png());

        first.Image!.Sha256.ShouldBe(second.Image!.Sha256);
        var path = _store.PathOf(first.Image.Sha256)!;
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken))).ShouldBe(first.Image.Sha256);
        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_kind_is_read_from_the_content_and_anything_else_is_refused()
    {
        (await StoreAsync("%PDF-1.7 not a picture"u8.ToArray())).Refusal.ShouldBe(ImageStore.NotAnImage);
        (await StoreAsync("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray())).Refusal.ShouldBe(ImageStore.NotAnImage);

        // A JPEG header on bytes that are not a picture.
        (await StoreAsync([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).Refusal!.ShouldContain("damaged");

        // A PNG named and declared as anything stays a PNG: the name is never consulted.
        (await StoreAsync(TestImages.Png())).Image!.Kind.ShouldBe(ImageKind.Png);
    }

    [Fact]
    public async Task Sizes_are_refused_before_the_file_is_read()
    {
        var unread = new CountingStream();
        var refused = await _store.StoreAsync(unread, 16L * 1024 * 1024, TestContext.Current.CancellationToken);

        refused.Refusal!.ShouldContain("15 MB");
        unread.BytesRead.ShouldBe(0);

        // A still over 5 MB by its declared length: only its first bytes are read, to know its kind.
        var jpeg = TestImages.Jpeg();
        (await _store.StoreAsync(new MemoryStream(jpeg), 6L * 1024 * 1024, TestContext.Current.CancellationToken)).Refusal!.ShouldContain("5 MB");
    }

    [Fact]
    public async Task Oversize_dimensions_are_refused_from_the_header_without_decoding()
    {
        // A PNG header claiming 20000×20000 pixels (no picture data at all).
        var png = TestImages.Png();
        png[16] = 0; png[17] = 0; png[18] = 0x4E; png[19] = 0x20;
        png[20] = 0; png[21] = 0; png[22] = 0x4E; png[23] = 0x20;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));

        var refused = await StoreAsync(png);

        refused.Refusal!.ShouldContain("20000×20000");
    }

    [Fact]
    public async Task A_gif_over_xs_frame_or_size_limits_is_refused()
    {
        (await StoreAsync(TestImages.Gif(frames: 2, width: 1300, height: 20))).Refusal!.ShouldContain("1280×1080");
        (await StoreAsync(TestImages.Gif()[..40])).Refusal!.ShouldContain("damaged");
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private sealed class CountingStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            BytesRead += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
