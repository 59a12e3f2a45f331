namespace CpdTwitter.Infrastructure.Identity;

/// <summary>Sign-in rules (REQUIREMENTS.md security numbers); section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>PBKDF2 iterations for password hashes (OWASP 2023: at least 600,000 for PBKDF2-HMAC-SHA512).</summary>
    public const int PasswordHashIterations = 600_000;

    public const int MinimumPasswordLength = 12;

    public bool RequireMfa { get; set; } = true;

    public int MaxFailedSignIns { get; set; } = 5;

    public int FailureWindowMinutes { get; set; } = 15;

    /// <summary>
    /// How long a lock lasts before it lifts by itself (ISD can unlock sooner). 0 keeps a locked account locked until
    /// an ISD administrator unlocks it — which lets anyone who knows a log-on ID keep that member out, so 30 is the default.
    /// </summary>
    public int LockoutMinutes { get; set; } = 30;

    public int IdleTimeoutMinutes { get; set; } = 30;

    public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>How many sign-in and second-factor POSTs the rate limiter lets through (section <c>Security:SignInRateLimit</c>).</summary>
    public SignInRateLimitOptions SignInRateLimit { get; set; } = new();

    /// <summary>An account with no sign-in for this many days is disabled by the daily job (CJIS 5.5.1 inactive accounts); 0 turns the job off.</summary>
    public int InactiveDisableDays { get; set; } = 90;

    public TimeSpan LockoutDuration => LockoutMinutes > 0
        ? TimeSpan.FromMinutes(LockoutMinutes)
        : TimeSpan.FromDays(365 * 100);
}

/// <summary>
/// Limits on the POSTs of the sign-in, authenticator-code, recovery-code and enrolment pages, per fixed window:
/// one budget per client address (an IPv6 client's /64) and one per log-on ID (on the second-factor pages, per
/// member whose password was just accepted). A request must fit both.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public int PerAddress { get; set; } = 20;

    public int PerLogOnId { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}
