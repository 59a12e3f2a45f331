namespace CpdTwitter.Domain.Audit;

/// <summary>
/// The names of every audited act, grouped by what they concern. The values are stable: records and exports refer
/// to them, so a name may move here but its value never changes.
/// </summary>
public static class AuditActions
{
    public static class SignIn
    {
        public const string Succeeded = "sign-in.succeeded";
        public const string Failed = "sign-in.failed";
        public const string LockedOut = "sign-in.locked-out";
        public const string Refused = "sign-in.refused";
        public const string SignedOut = "sign-out";
    }

    public static class Mfa
    {
        public const string Enrolled = "mfa.enrolled";
        public const string Failed = "mfa.failed";
        public const string RecoveryCodeUsed = "mfa.recovery-code-used";
        public const string RecoveryCodesRegenerated = "mfa.recovery-codes-regenerated";
        public const string Reset = "mfa.reset";
        public const string SecretsProtected = "mfa.secrets-protected";
    }

    public static class User
    {
        public const string Created = "user.created";
        public const string RolesChanged = "user.roles-changed";
        public const string DistrictChanged = "user.district-changed";
        public const string Disabled = "user.disabled";
        public const string Enabled = "user.enabled";
        public const string Unlocked = "user.unlocked";
        public const string PasswordReset = "user.password-reset";
        public const string PasswordChanged = "user.password-changed";
        public const string DisabledForInactivity = "user.disabled-inactive";
    }

    public static class Access
    {
        /// <summary>A signed-in member was refused a page or action (403); at most one event per member per minute.</summary>
        public const string Refused = "access.refused";
    }

    public static class Device
    {
        public const string Enrolled = "device.enrolled";
        public const string Revoked = "device.revoked";
    }

    public static class Rank
    {
        public const string Added = "rank.added";
    }

    public static class Registry
    {
        public const string Appointed = "registry.appointed";
        public const string Replaced = "registry.replaced";
        public const string Acknowledged = "registry.acknowledged";
    }

    public static class Duty
    {
        public const string WatchAdded = "duty.watch-added";
        public const string WatchRemoved = "duty.watch-removed";
        public const string ShiftConfirmed = "duty.shift-confirmed";
        public const string OverrideGranted = "duty.override-granted";
    }

    public static class Post
    {
        public const string Drafted = "post.drafted";
        public const string Revised = "post.revised";
        public const string Submitted = "post.submitted";
        public const string Approved = "post.approved";
        public const string Returned = "post.returned";
        public const string Rejected = "post.rejected";
        public const string SendAttempted = "post.send-attempted";
        public const string Published = "post.published";
        public const string Failed = "post.failed";
        public const string OutcomeUnknown = "post.outcome-unknown";
        public const string Reconciled = "post.reconciled";
        public const string Requeued = "post.requeued";
        public const string Reviewed = "post.reviewed";
        public const string Discontinuing = "post.pull-requested";
        public const string Discontinued = "post.pulled";
        public const string DeletionRefused = "post.pull-refused";
        public const string Cancelled = "post.cancelled";
    }

    public static class Publishing
    {
        public const string Paused = "publishing.paused";
        public const string Resumed = "publishing.resumed";
        public const string SergeantApprovalChanged = "publishing.sergeant-approval-changed";
        public const string ReviewPeriodChanged = "publishing.review-period-changed";
    }

    public static class XAccount
    {
        public const string Connected = "x-account.connected";
        public const string Verified = "x-account.verified";
        public const string NeedsReconnect = "x-account.needs-reconnect";
        public const string RateLimited = "x-account.rate-limited";
    }

    public static class Policy
    {
        public const string TermAdded = "policy.term-added";
        public const string TermRemoved = "policy.term-removed";
    }
}
