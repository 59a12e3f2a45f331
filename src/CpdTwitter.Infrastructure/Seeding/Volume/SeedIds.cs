namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// Identifiers drawn from the seed, so that a seed gives the same store twice. The leading 48 bits count up, so rows
/// arrive in key order and the primary-key indexes are appended to rather than split at random.
/// </summary>
internal sealed class SeedIds(Random random)
{
    private long _next;

    public Guid Next()
    {
        var n = ++_next;
        Span<byte> tail = stackalloc byte[8];
        random.NextBytes(tail);
        return new Guid(
            (uint)(n >> 16),
            (ushort)n,
            (ushort)(0x7000 | (random.Next() & 0x0FFF)),
            (byte)(0x80 | (tail[0] & 0x3F)), tail[1], tail[2], tail[3], tail[4], tail[5], tail[6], tail[7]);
    }
}
