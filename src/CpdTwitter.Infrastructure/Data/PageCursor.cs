using System.Buffers.Binary;
using System.Buffers.Text;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// Where a keyset page starts: just after (or, going back, just before) the row with this sort key and id. In the
/// query string it is a short base64url token, read strictly: anything that is not exactly a token this code wrote is
/// refused and the list shows its first page. A well-formed token someone made up only picks a position; every
/// query still applies the member's own scope, so it can never show a row the member may not see.
/// </summary>
public readonly record struct PageCursor(bool Backward, long Key, Guid Id)
{
    private const byte Version = 1;
    private const int Length = 26;

    /// <summary>At most a few characters more than a token (34); longer input is refused before decoding.</summary>
    public const int MaxTextLength = 40;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        bytes[1] = Backward ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt64BigEndian(bytes[2..], Key);
        Id.TryWriteBytes(bytes[10..]);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryParse(string? text, out PageCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return false;
        }

        // The decoder throws on characters outside the alphabet; IsValid checks them first.
        Span<byte> bytes = stackalloc byte[Length];
        if (!Base64Url.IsValid(text, out var length) || length != Length
            || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != Length || bytes[0] != Version || bytes[1] > 1)
        {
            return false;
        }

        var key = BinaryPrimitives.ReadInt64BigEndian(bytes[2..]);
        if (key < 0 || key > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        cursor = new PageCursor(bytes[1] == 1, key, new Guid(bytes[10..Length]));
        return true;
    }
}
