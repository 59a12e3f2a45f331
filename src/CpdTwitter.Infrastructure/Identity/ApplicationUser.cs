using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// A department member's account. The user name is the member's department log-on ID.
/// Accounts are created by ISD only (no self-registration).
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 128;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The district a representative, sergeant or commander acts for; null for department-wide members.</summary>
    public int? DistrictNumber { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>When the last failed sign-in happened: failures older than the lockout window are forgotten.</summary>
    public DateTime? LastFailedSignInAt { get; set; }

    public DateTime? DisabledAt { get; set; }

    /// <summary>The RFC 6238 time step (Unix seconds / 30) of the last authenticator code accepted: no code of that step or earlier is accepted again.</summary>
    public long? LastTotpTimeStep { get; set; }

    /// <summary>When ISD last enabled the account again; inactivity (<see cref="InactiveAccounts"/>) counts from here too.</summary>
    public DateTime? ReenabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
