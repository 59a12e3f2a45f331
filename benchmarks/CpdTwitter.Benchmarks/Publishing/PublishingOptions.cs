using System.Globalization;

namespace CpdTwitter.Benchmarks.Publishing;

/// <summary>
/// <c>publishing [--posts 1000] [--delay-ms 0] [--instances 2] [--rate 0] [--poll-seconds 5]</c>: how many posts, how
/// long the fake X takes to answer, how many app instances publish from the one database, how many releases per second
/// (0: all at once, as fast as the approvers go) and the publisher's poll interval (the app's default is 5 s).
/// </summary>
public sealed record PublishingRunOptions(int Posts, int DelayMs, int Instances, double Rate, double PollSeconds)
{
    public static PublishingRunOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PublishingRunOptions(1000, 0, 2, 0, 5);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--posts" => options with { Posts = int.Parse(value, CultureInfo.InvariantCulture) },
                "--delay-ms" => options with { DelayMs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--instances" => options with { Instances = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--poll-seconds" => options with { PollSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        if (options.Posts < 1 || options.Instances < 1 || options.DelayMs < 0 || options.Rate < 0 || options.PollSeconds <= 0)
        {
            throw new ArgumentException("--posts and --instances are at least 1; --delay-ms and --rate are not negative; --poll-seconds is positive.");
        }

        return options;
    }
}
