using System.Globalization;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Benchmarks.Publishing;

/// <summary>What one publishing run measured, from the stored times and the fake X's log, and what it verified.</summary>
public sealed class PublishingReport
{
    private readonly List<string> _lines = [];

    public List<string> Failures { get; } = [];

    public static async Task<PublishingReport> CollectAsync(IServiceProvider services, FakeXServer x, PublishingRunOptions options, TimeSpan releasedAfter, TimeSpan doneAfter, bool finished, IReadOnlyList<double> approveMs)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(options);
        var report = new PublishingReport();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var posts = await db.Posts.AsNoTracking()
            .Select(p => new { p.Id, p.Text, p.State, p.ReleasedAt, p.PublishedAt, p.XPostId })
            .OrderBy(p => p.ReleasedAt)
            .ToListAsync();
        var split = await db.Outbox.AsNoTracking().GroupBy(m => m.LeaseOwner).Select(g => new { Owner = g.Key, Count = g.Count() }).ToListAsync();
        var creates = x.Requests.Where(r => r.Method == "POST" && r.Path == "/2/tweets").ToList();
        var receivedByText = creates.GroupBy(r => PublishingRunner.TextOf(r.Body)).ToDictionary(g => g.Key, g => g.ToList());

        // Verification: each post reached X exactly once, signed, and is stored as published with its own X id.
        var published = posts.Count(p => p.State == PostState.Published);
        if (!finished)
        {
            report.Failures.Add("the publisher did not finish before the deadline");
        }

        if (published != options.Posts)
        {
            report.Failures.Add($"{published} of {options.Posts} posts are published; states: "
                + string.Join(", ", posts.GroupBy(p => p.State).Select(g => $"{g.Key} {g.Count()}")));
        }

        if (creates.Count != options.Posts)
        {
            report.Failures.Add($"the fake X received {creates.Count} POST /2/tweets for {options.Posts} posts");
        }

        var notOnce = posts.Where(p => !receivedByText.TryGetValue(p.Text, out var received) || received.Count != 1).ToList();
        if (notOnce.Count > 0)
        {
            report.Failures.Add($"{notOnce.Count} posts did not reach X exactly once (e.g. {notOnce[0].Id}: "
                + $"{(receivedByText.TryGetValue(notOnce[0].Text, out var r) ? r.Count : 0)} POSTs)");
        }

        var unsigned = x.Requests.Count(r => !r.SignatureValid);
        if (unsigned > 0)
        {
            report.Failures.Add($"{unsigned} requests to the fake X had an invalid OAuth 1.0a signature");
        }

        if (posts.Where(p => p.XPostId is not null).Select(p => p.XPostId).Distinct().Count() != published)
        {
            report.Failures.Add("two posts share an X post id");
        }

        var done = posts.Where(p => p.ReleasedAt is not null && p.PublishedAt is not null).ToList();
        var sent = done.Select(p => (p.PublishedAt!.Value - p.ReleasedAt!.Value).TotalMilliseconds).Order().ToList();
        var atX = done.Where(p => receivedByText.ContainsKey(p.Text))
            .Select(p => (receivedByText[p.Text][0].ReceivedAtUtc - p.ReleasedAt!.Value).TotalMilliseconds).Order().ToList();
        var firstRelease = done.Count > 0 ? done.Min(p => p.ReleasedAt!.Value) : default;
        var lastSent = done.Count > 0 ? done.Max(p => p.PublishedAt!.Value) : default;
        var span = (lastSent - firstRelease).TotalSeconds;

        report._lines.Add($"released {options.Posts} posts in {releasedAfter.TotalSeconds:0.00} s ({options.Posts / releasedAfter.TotalSeconds:0.0}/s); "
            + $"all handled after {doneAfter.TotalSeconds:0.00} s");
        report._lines.Add($"fake X: {creates.Count} POST /2/tweets for {options.Posts} posts, {receivedByText.Count} distinct texts, "
            + $"max POSTs for one post {(receivedByText.Count > 0 ? receivedByText.Values.Max(v => v.Count) : 0)}, "
            + $"{x.Requests.Count(r => r.SignatureValid)} of {x.Requests.Count} requests correctly signed");
        report._lines.Add($"published {published}; split across instances: {string.Join(" / ", split.OrderBy(s => s.Owner).Select(s => s.Count))}");
        report._lines.Add($"throughput: {done.Count / Math.Max(span, 0.001):0.0} posts/s (first release → last sent, {span:0.00} s)");
        report._lines.Add("| measure | p50 | p95 | p99 | max |");
        report._lines.Add("|---|---|---|---|---|");
        report._lines.Add($"| release → sent (stored PublishedAt) | {Ms(sent, 0.50)} | {Ms(sent, 0.95)} | {Ms(sent, 0.99)} | {Ms(sent, 1)} |");
        report._lines.Add($"| release → received by X | {Ms(atX, 0.50)} | {Ms(atX, 0.95)} | {Ms(atX, 0.99)} | {Ms(atX, 1)} |");
        var approve = approveMs.Order().ToList();
        report._lines.Add($"| approval call (the release transaction) | {Ms(approve, 0.50)} | {Ms(approve, 0.95)} | {Ms(approve, 0.99)} | {Ms(approve, 1)} |");

        // Where in the run the slow ones were: the median and max latency of each tenth of the posts, in release order.
        var tenths = done.Select(p => (p.PublishedAt!.Value - p.ReleasedAt!.Value).TotalMilliseconds)
            .Select((ms, i) => (ms, tenth: i * 10 / Math.Max(done.Count, 1)))
            .GroupBy(t => t.tenth)
            .Select(g => { var sorted = g.Select(t => t.ms).Order().ToList(); return $"{Ms(sorted, 0.5)}/{Ms(sorted, 1)}"; });
        report._lines.Add($"median/max latency per tenth of the posts in release order: {string.Join(", ", tenths)}");
        report._lines.Add($"ROW | {options.DelayMs} ms | {(options.Rate == 0 ? "all at once" : $"{options.Rate.ToString(CultureInfo.InvariantCulture)}/s")} | "
            + $"{options.Instances} | {done.Count / Math.Max(span, 0.001):0.0}/s | {Ms(sent, 0.50)} | {Ms(sent, 0.95)} | {Ms(sent, 0.99)} | {Ms(sent, 1)} | "
            + $"{creates.Count} for {options.Posts} ({string.Join(" / ", split.OrderBy(s => s.Owner).Select(s => s.Count))}) |");
        return report;
    }

    public void Print()
    {
        foreach (var line in _lines)
        {
            Console.WriteLine(line);
        }

        if (Failures.Count == 0)
        {
            Console.WriteLine($"VERIFIED: every post published, each sent to X exactly once.");
            return;
        }

        foreach (var failure in Failures)
        {
            Console.Error.WriteLine($"FAILED: {failure}");
        }
    }

    /// <summary>Nearest-rank percentile of sorted milliseconds.</summary>
    private static string Ms(List<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return "–";
        }

        var rank = Math.Max(1, (int)Math.Ceiling(percentile * sorted.Count));
        var value = sorted[rank - 1];
        return value >= 1000 ? $"{value / 1000:0.00} s" : $"{value:0} ms";
    }
}
