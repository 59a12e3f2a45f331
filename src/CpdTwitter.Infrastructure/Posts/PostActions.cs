namespace CpdTwitter.Infrastructure.Posts;

/// <summary>Audit action names for posts and publishing. They are stable: records and exports refer to them.</summary>
public static class PostActions
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
    public const string PullRequested = "post.pull-requested";
    public const string Pulled = "post.pulled";
    public const string PullRefused = "post.pull-refused";
    public const string Cancelled = "post.cancelled";
    public const string ReviewPeriodChanged = "publishing.review-period-changed";
    public const string Paused = "publishing.paused";
    public const string Resumed = "publishing.resumed";
    public const string SergeantApprovalChanged = "publishing.sergeant-approval-changed";
    public const string AccountConnected = "x-account.connected";
    public const string AccountVerified = "x-account.verified";
    public const string AccountNeedsReconnect = "x-account.needs-reconnect";
    public const string AccountRateLimited = "x-account.rate-limited";
    public const string PolicyTermAdded = "policy.term-added";
    public const string PolicyTermRemoved = "policy.term-removed";
    public const string Subject = "Post";
}
