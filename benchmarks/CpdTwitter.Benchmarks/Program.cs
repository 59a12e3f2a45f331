using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CpdTwitter.Benchmarks;
using CpdTwitter.Benchmarks.Publishing;

// `publishing …` runs the outbox latency measurement; anything else goes to BenchmarkDotNet (e.g. --filter '*' --job short).
if (args.Length > 0 && args[0] == "publishing")
{
    return await PublishingRunner.RunAsync(PublishingRunOptions.Parse(args[1..]));
}

// The generated benchmark project rebuilds the solution's projects; on two shared cores that can pass BenchmarkDotNet's 2-minute default.
BenchmarkSwitcher.FromAssembly(typeof(TweetTextBenchmarks).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
return 0;
