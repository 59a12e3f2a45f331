using System.Buffers.Binary;

namespace CpdTwitter.Infrastructure.Media;

/// <summary>
/// Rewrites a GIF block by block without decoding its pictures: the header, colour tables, graphic control extensions
/// and image data are copied as they are; comments, plain-text and application extensions are dropped (XMP and any
/// other vendor data travel in those), except the NETSCAPE2.0 / ANIMEXTS1.0 loop count. It counts the frames as it
/// goes, so the caller can refuse a GIF over X's limits; anything malformed or truncated is refused (null).
/// </summary>
internal static class GifCleaner
{
    private const byte ExtensionIntroducer = 0x21;
    private const byte ImageSeparator = 0x2C;
    private const byte Trailer = 0x3B;
    private const byte GraphicControlLabel = 0xF9;
    private const byte ApplicationLabel = 0xFF;

    public sealed record CleanGif(byte[] Bytes, int Width, int Height, int Frames);

    public static CleanGif? Clean(ReadOnlySpan<byte> gif, int maxFrames)
    {
        if (gif.Length < 13 || !(gif[..6].SequenceEqual("GIF89a"u8) || gif[..6].SequenceEqual("GIF87a"u8)))
        {
            return null;
        }

        using var output = new MemoryStream(gif.Length);
        var width = BinaryPrimitives.ReadUInt16LittleEndian(gif[6..]);
        var height = BinaryPrimitives.ReadUInt16LittleEndian(gif[8..]);
        var flags = gif[10];
        var position = 13 + ((flags & 0x80) != 0 ? 3 * (2 << (flags & 0x07)) : 0);
        if (position > gif.Length)
        {
            return null;
        }

        output.Write(gif[..position]);
        var frames = 0;
        while (position < gif.Length)
        {
            var block = gif[position];
            if (block == Trailer)
            {
                output.WriteByte(Trailer);
                return frames == 0 || width == 0 || height == 0 ? null : new CleanGif(output.ToArray(), width, height, frames);
            }

            if (block == ImageSeparator)
            {
                if (++frames > maxFrames || position + 10 > gif.Length)
                {
                    return frames > maxFrames ? new CleanGif([], width, height, frames) : null;
                }

                var local = gif[position + 9];
                var start = position;
                position += 10 + ((local & 0x80) != 0 ? 3 * (2 << (local & 0x07)) : 0) + 1; // descriptor, local table, LZW minimum code size
                if (position > gif.Length || SkipSubBlocks(gif, ref position) is false)
                {
                    return null;
                }

                output.Write(gif[start..position]);
                continue;
            }

            if (block != ExtensionIntroducer || position + 2 > gif.Length)
            {
                return null;
            }

            var label = gif[position + 1];
            var extensionStart = position;
            position += 2;
            var first = position < gif.Length ? gif[position] : 0;
            var isLoop = label == ApplicationLabel && first == 11 && position + 12 <= gif.Length
                && (gif.Slice(position + 1, 11).SequenceEqual("NETSCAPE2.0"u8) || gif.Slice(position + 1, 11).SequenceEqual("ANIMEXTS1.0"u8));
            if (!SkipSubBlocks(gif, ref position))
            {
                return null;
            }

            if (label == GraphicControlLabel || isLoop)
            {
                output.Write(gif[extensionStart..position]);
            }
        }

        return null; // no trailer: truncated
    }

    private static bool SkipSubBlocks(ReadOnlySpan<byte> gif, ref int position)
    {
        while (position < gif.Length)
        {
            var size = gif[position];
            position += 1 + size;
            if (size == 0)
            {
                return position <= gif.Length;
            }
        }

        return false;
    }
}
