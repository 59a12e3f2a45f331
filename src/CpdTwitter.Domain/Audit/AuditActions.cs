namespace CpdTwitter.Domain.Audit;

/// <summary>
/// The names of every audited act, grouped by what they concern. The values are stable: records and exports refer
/// to them, so a name may move here but its value never changes.
/// </summary>
public static class AuditActions
{
    /// <summary>
    /// Every action with its plain-language name, in the order the audit trail offers them. A test finds every constant
    /// of this class by reflection, so a new action without a name here fails the build's tests.
    /// </summary>
    public static IReadOnlyList<(string Action, string Label)> Named { get; } =
    [
        (SignIn.Succeeded, "Signed in"),
        (SignIn.Failed, "Sign-in failed"),
        (SignIn.LockedOut, "Account locked after failed sign-ins"),
        (SignIn.Refused, "Sign-in refused"),
        (SignIn.SignedOut, "Signed out"),
        (SignIn.RateLimited, "Too many sign-in attempts (refused unchecked)"),
        (Mfa.Enrolled, "Set up two-step sign-in"),
        (Mfa.Failed, "Two-step sign-in code rejected"),
        (Mfa.RecoveryCodeUsed, "Signed in with a recovery code"),
        (Mfa.RecoveryCodesRegenerated, "New recovery codes made"),
        (Mfa.Reset, "Two-step sign-in reset by ISD"),
        (Mfa.SecretsProtected, "Stored two-step sign-in secrets protected"),
        (User.Created, "Account created"),
        (User.RolesChanged, "Roles changed"),
        (User.DistrictChanged, "District changed"),
        (User.Disabled, "Account disabled"),
        (User.Enabled, "Account re-enabled"),
        (User.Unlocked, "Account unlocked"),
        (User.PasswordReset, "Password reset by ISD"),
        (User.PasswordChanged, "Password changed"),
        (User.DisabledForInactivity, "Account disabled as unused"),
        (Access.Refused, "Access refused"),
        (Device.Enrolled, "Department device enrolled"),
        (Device.Revoked, "Department device revoked"),
        (Rank.Added, "Rank added"),
        (Registry.Appointed, "Representative appointed"),
        (Registry.Replaced, "Representative replaced"),
        (Registry.Acknowledged, "Registry submission acknowledged by News Affairs"),
        (Duty.WatchAdded, "Duty watch added"),
        (Duty.WatchRemoved, "Duty watch removed"),
        (Duty.ShiftConfirmed, "Shift confirmed"),
        (Duty.OverrideGranted, "Duty rule overridden"),
        (Post.Drafted, "Post drafted"),
        (Post.Revised, "Post revised"),
        (Post.Submitted, "Post submitted"),
        (Post.Approved, "Post approved"),
        (Post.SentToNewsAffairs, "Post sent to News Affairs"),
        (Post.Returned, "Post returned for changes"),
        (Post.Rejected, "Post rejected"),
        (Post.SendAttempted, "Sending to X attempted"),
        (Post.MediaUploaded, "Image uploaded to X"),
        (Post.Published, "Post published on X"),
        (Post.Failed, "X refused the post"),
        (Post.OutcomeUnknown, "Sending outcome unknown"),
        (Post.Reconciled, "Sending outcome resolved"),
        (Post.Requeued, "Post queued again"),
        (Post.Reviewed, "Published post reviewed"),
        (Post.Discontinuing, "Post discontinued (its deletion from X requested)"),
        (Post.Discontinued, "Discontinued post gone from X (a sandbox post: closed)"),
        (Post.DeletionRefused, "X refused to delete a discontinued post"),
        (Post.Cancelled, "Post cancelled before it went out"),
        (Post.Rescheduled, "Queued post's go-out time changed"),
        (Post.ChangedBeforeSending, "Queued post's text changed before it went out"),
        (Post.CapturedOutsideApp, "Post made outside the app captured from X"),
        (Post.DeletedOutsideApp, "Post found deleted from X outside the app"),
        (Publishing.Paused, "Publishing paused"),
        (Publishing.Resumed, "Publishing resumed"),
        (Publishing.SergeantApprovalChanged, "Sergeant approval setting changed"),
        (Publishing.ReviewPeriodChanged, "Review period changed"),
        (XAccount.Connected, "X account connected"),
        (XAccount.Verified, "X account connection checked"),
        (XAccount.NeedsReconnect, "X account needs reconnecting"),
        (XAccount.RateLimited, "X rate limit reached"),
        (XAccount.TimelineRead, "X account's timeline read for capture"),
        (Policy.TermAdded, "Policy term added"),
        (Policy.TermRemoved, "Policy term removed"),
        (Template.Created, "Post template created"),
        (Template.Changed, "Post template changed"),
        (Template.Retired, "Post template retired"),
        (Template.Restored, "Post template restored"),
        (Export.Postings, "Postings list downloaded (CSV)"),
        (Export.RecordsRequested, "Public-records export requested"),
        (Export.RecordsCompleted, "Public-records export made (signed BagIt package)"),
        (Export.RecordsFailed, "Public-records export failed"),
        (Export.RecordsDownloaded, "Public-records export downloaded"),
        (Inquiry.Logged, "Media inquiry logged"),
        (Inquiry.Assigned, "Media inquiry assigned"),
        (Inquiry.Answered, "Media inquiry answered"),
        (Inquiry.Closed, "Media inquiry closed"),
        (Inquiry.OverdueNotified, "Media inquiry overdue: News Affairs notified"),
        (Guidance.Published, "Guidance published (a new version)"),
        (Guidance.Acknowledged, "Guidance version acknowledged by a representative"),
        (Verification.Started, "Audit verification started from the audit page"),
        (Verification.Completed, "Audit trail verified (chain and signed checkpoints)"),
        (Records.ScheduleSet, "Retention schedule set for a record series"),
        (Records.HoldPlaced, "Legal hold placed"),
        (Records.HoldReleased, "Legal hold released"),
        (Records.DispositionProposed, "Disposition proposed"),
        (Records.DispositionApproved, "Disposition approved (content purged, tombstones kept)"),
        (Records.DispositionWithdrawn, "Disposition withdrawn"),
        (Records.PostingDisposed, "Posting disposed of under a disposal certificate"),
        (PublicRecords.Logged, "Public-records request logged"),
        (PublicRecords.Extended, "Public-records request extended"),
        (PublicRecords.Closed, "Public-records request closed"),
        (PublicRecords.OverdueNotified, "Public-records request overdue: ISD and News Affairs notified"),
        (Mentions.Received, "Mentions read from X"),
        (Mentions.Flagged, "Mention flagged as a possible media inquiry"),
        (Mentions.NoResponseNeeded, "Mention closed: no response needed"),
        (Mentions.Reopened, "Mention reopened"),
        (Mentions.Escalated, "Mention escalated to News Affairs as a media inquiry"),
        (Mentions.ResponseDrafted, "Response to a mention drafted"),
        (Mentions.Responded, "Mention answered on X"),
        (Mentions.BudgetExhausted, "Monthly X read budget used up: mentions polling stopped"),
        (Mentions.GapNoticed, "Mentions may have been missed (X serves only the most recent)"),
        (PressList.Added, "Handle added to the press list"),
        (PressList.Removed, "Handle removed from the press list"),
    ];

    private static readonly Dictionary<string, string> Labels = Named.ToDictionary(n => n.Action, n => n.Label, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="action"/> is one of this class's actions.</summary>
    public static bool IsKnown(string? action) => action is not null && Labels.ContainsKey(action);

    /// <summary>The plain-language name of an action; an unknown value (never expected) shows as itself.</summary>
    public static string Label(string action) => Labels.TryGetValue(action, out var label) ? label : action;

    public static class SignIn
    {
        public const string Succeeded = "sign-in.succeeded";
        public const string Failed = "sign-in.failed";
        public const string LockedOut = "sign-in.locked-out";
        public const string Refused = "sign-in.refused";
        public const string SignedOut = "sign-out";
        public const string RateLimited = "sign-in.rate-limited";
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
        public const string SentToNewsAffairs = "post.sent-to-news-affairs";
        public const string Returned = "post.returned";
        public const string Rejected = "post.rejected";
        public const string SendAttempted = "post.send-attempted";
        public const string MediaUploaded = "post.media-uploaded";
        public const string Published = "post.published";
        public const string Failed = "post.failed";
        public const string OutcomeUnknown = "post.outcome-unknown";
        public const string Reconciled = "post.reconciled";
        public const string Requeued = "post.requeued";
        public const string Reviewed = "post.reviewed";
        // "pull" predates the word "discontinue"; the codes are stored in the hash-chained trail, so they stay.
        public const string Discontinuing = "post.pull-requested";
        public const string Discontinued = "post.pulled";
        public const string DeletionRefused = "post.pull-refused";
        public const string Cancelled = "post.cancelled";
        public const string Rescheduled = "post.rescheduled";
        public const string ChangedBeforeSending = "post.changed-before-sending";
        public const string CapturedOutsideApp = "post.captured-outside-app";
        public const string DeletedOutsideApp = "post.deleted-outside-app";
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
        public const string TimelineRead = "x-account.timeline-read";
    }

    public static class Policy
    {
        public const string TermAdded = "policy.term-added";
        public const string TermRemoved = "policy.term-removed";
    }

    public static class Template
    {
        public const string Created = "template.created";
        public const string Changed = "template.changed";
        public const string Retired = "template.retired";
        public const string Restored = "template.restored";
    }

    public static class Export
    {
        public const string Postings = "export.postings";
        public const string RecordsRequested = "export.records-requested";
        public const string RecordsCompleted = "export.records-completed";
        public const string RecordsFailed = "export.records-failed";
        public const string RecordsDownloaded = "export.records-downloaded";
    }

    public static class Inquiry
    {
        public const string Logged = "inquiry.logged";
        public const string Assigned = "inquiry.assigned";
        public const string Answered = "inquiry.answered";
        public const string Closed = "inquiry.closed";
        public const string OverdueNotified = "inquiry.overdue-notified";
    }

    public static class Guidance
    {
        public const string Published = "guidance.published";
        public const string Acknowledged = "guidance.acknowledged";
    }

    public static class Verification
    {
        public const string Started = "audit.verification-started";
        public const string Completed = "audit.verified";
    }

    public static class Records
    {
        public const string ScheduleSet = "records.schedule-set";
        public const string HoldPlaced = "records.hold-placed";
        public const string HoldReleased = "records.hold-released";
        public const string DispositionProposed = "records.disposition-proposed";
        public const string DispositionApproved = "records.disposition-approved";
        public const string DispositionWithdrawn = "records.disposition-withdrawn";
        public const string PostingDisposed = "records.posting-disposed";
    }

    public static class PublicRecords
    {
        public const string Logged = "foia.logged";
        public const string Extended = "foia.extended";
        public const string Closed = "foia.closed";
        public const string OverdueNotified = "foia.overdue-notified";
    }

    public static class Mentions
    {
        public const string Received = "mention.received";
        public const string Flagged = "mention.flagged";
        public const string NoResponseNeeded = "mention.no-response-needed";
        public const string Reopened = "mention.reopened";
        public const string Escalated = "mention.escalated";
        public const string ResponseDrafted = "mention.response-drafted";
        public const string Responded = "mention.responded";
        public const string BudgetExhausted = "mention.read-budget-exhausted";
        public const string GapNoticed = "mention.gap-noticed";
    }

    public static class PressList
    {
        public const string Added = "press-list.added";
        public const string Removed = "press-list.removed";
    }
}
