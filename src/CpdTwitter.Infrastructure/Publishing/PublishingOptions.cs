namespace CpdTwitter.Infrastructure.Publishing;

/// <summary>The <c>X</c> configuration section: where X is and the program's consumer (app) credentials.</summary>
public sealed class XOptions
{
    public const string Section = "X";

    public Uri BaseUrl { get; set; } = new("https://api.x.com/");

    public string? ConsumerKey { get; set; }

    public string? ConsumerSecret { get; set; }

    /// <summary>How long to wait for X before the outcome of a post counts as unknown.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The X plan's monthly post cap, shown on the News Affairs dashboard against this Chicago month's posts (warned at 80 %
    /// and 100 %). 0, the default, means no cap is set. Never negative (checked at start-up).
    /// </summary>
    public int MonthlyPostCap { get; set; }

    /// <summary>No consumer credentials: posts go to the sandbox and every screen says they were not sent to X.</summary>
    public bool IsSandbox => string.IsNullOrWhiteSpace(ConsumerKey) || string.IsNullOrWhiteSpace(ConsumerSecret);
}

/// <summary>The <c>Publishing</c> configuration section.</summary>
public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>Runs the publisher in this instance. Several instances may run it: leases keep each post to one sender.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the publisher looks for due work when nothing wakes it (scheduled posts, retries).</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long a claimed message is reserved for one instance before another may take it over.</summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>How many times an unknown outcome is looked for among the account's recent posts before ISD is asked.</summary>
    public int ReconcileAttempts { get; set; } = 3;

    public double ReconcileDelaySeconds { get; set; } = 30;
}
