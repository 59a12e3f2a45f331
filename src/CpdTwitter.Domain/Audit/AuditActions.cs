namespace CpdTwitter.Domain.Audit;

/// <summary>The names of audited acts. They are stable: records and exports refer to them.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SignInRefused = "sign-in.refused";
    public const string SignedOut = "sign-out";
    public const string MfaEnrolled = "mfa.enrolled";
    public const string MfaFailed = "mfa.failed";
    public const string MfaRecoveryCodeUsed = "mfa.recovery-code-used";
    public const string MfaRecoveryCodesRegenerated = "mfa.recovery-codes-regenerated";
    public const string MfaReset = "mfa.reset";
    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles-changed";
    public const string UserDistrictChanged = "user.district-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserUnlocked = "user.unlocked";
    public const string UserPasswordReset = "user.password-reset";
    public const string PasswordChanged = "user.password-changed";
    public const string DeviceEnrolled = "device.enrolled";
    public const string DeviceRevoked = "device.revoked";
}
