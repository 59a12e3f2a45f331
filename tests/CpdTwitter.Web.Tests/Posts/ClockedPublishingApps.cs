using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// The app on a fake clock with no background publisher: the test runs the publisher itself
/// (<see cref="PublishingApp.DrainAsync"/>) and moves the clock, so retries, backoffs and rate-limit resets are
/// observed without waiting for them and without a race against a background poll.
/// </summary>
public class ManualPublishingApp : PublishingApp
{
    /// <summary>Wednesday 25 November 2026, 10:00 in Chicago.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 16, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    protected override TimeProvider? Clock => Time;

    protected override IReadOnlyDictionary<string, string> MoreSettings => new Dictionary<string, string>
    {
        ["Publishing:Enabled"] = "false",
    };
}

/// <summary>The app with a short X timeout, for the tests about what a timeout means; every other app keeps the default.</summary>
public sealed class ShortTimeoutPublishingApp : PublishingApp
{
    protected override IReadOnlyDictionary<string, string> MoreSettings => new Dictionary<string, string>
    {
        ["X:TimeoutSeconds"] = "2",
    };
}
