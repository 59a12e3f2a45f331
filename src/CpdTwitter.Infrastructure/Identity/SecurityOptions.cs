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

    /// <summary>0 keeps a locked account locked until an ISD administrator unlocks it.</summary>
    public int LockoutMinutes { get; set; }

    public int IdleTimeoutMinutes { get; set; } = 30;

    public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>An account with no sign-in for this many days is disabled by the daily job (CJIS 5.5.1 inactive accounts); 0 turns the job off.</summary>
    public int InactiveDisableDays { get; set; } = 90;

    public TimeSpan LockoutDuration => LockoutMinutes > 0
        ? TimeSpan.FromMinutes(LockoutMinutes)
        : TimeSpan.FromDays(365 * 100);
}
