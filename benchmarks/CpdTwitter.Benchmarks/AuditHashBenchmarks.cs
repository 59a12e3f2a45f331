using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CpdTwitter.Domain.Audit;

namespace CpdTwitter.Benchmarks;

/// <summary>
/// The audit chain's hash of one event (SHA-256 over the previous hash and the event's canonical form), as every
/// commit seals its events and as <c>audit verify</c> recomputes them: a small event and a post.published event that
/// carries the full sent text.
/// </summary>
[MemoryDiagnoser]
public class AuditHashBenchmarks
{
    private AuditEvent _small = null!;
    private AuditEvent _published = null!;

    [GlobalSetup]
    public void Setup()
    {
        var at = new DateTime(2026, 11, 29, 15, 4, 5, DateTimeKind.Utc).AddTicks(1234560);
        var previous = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("previous"u8));
        _small = new AuditEvent(at, "sgt.kowalski", "post.approved", "Post", Guid.NewGuid().ToString(), 12,
            JsonSerializer.Serialize(new { revision = 2, edited = false, role = "District supervisor", note = (string?)null }));
        _small.Chain(9_876_543, previous);
        var text = new string('x', 40) + " Community alert: garage burglaries overnight between Ashland and Damen. Lock garage doors, keep lights on and "
            + "report unfamiliar vehicles. Call 911 for emergencies, 311 otherwise. https://www.chicagopolice.org/news/012";
        _published = new AuditEvent(at, "publisher", "post.published", "Post", Guid.NewGuid().ToString(), 12,
            JsonSerializer.Serialize(new { xPostId = "1860000000000000123", account = "CPD12thDist", sentText = text }));
        _published.Chain(9_876_544, _small.Hash);
    }

    [Benchmark]
    public string HashSmallEvent() => _small.ComputeHash();

    [Benchmark]
    public string HashPublishedEvent() => _published.ComputeHash();
}
