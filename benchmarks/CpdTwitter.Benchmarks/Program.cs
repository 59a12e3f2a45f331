using BenchmarkDotNet.Running;
using CpdTwitter.Benchmarks;
using CpdTwitter.Benchmarks.Publishing;

// `publishing …` runs the outbox latency measurement; anything else goes to BenchmarkDotNet (e.g. --filter '*' --job short).
if (args.Length > 0 && args[0] == "publishing")
{
    return await PublishingRunner.RunAsync(PublishingRunOptions.Parse(args[1..]));
}

BenchmarkSwitcher.FromAssembly(typeof(TweetTextBenchmarks).Assembly).Run(args);
return 0;
