namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// One table the volume seed fills, with its columns in the order rows are written. Values are plain: string, int,
/// long, bool, Guid, DateTime (UTC), DateOnly, TimeOnly or null; enums already converted as the EF model stores them.
/// </summary>
public sealed record VolumeTable(string Name, params string[] Columns)
{
    public static VolumeTable Users { get; } = new("AspNetUsers",
        "Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp",
        "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount",
        "DisplayName", "DistrictNumber", "CreatedAt", "LastSignInAt");

    public static VolumeTable UserRoles { get; } = new("AspNetUserRoles", "UserId", "RoleId");

    public static VolumeTable Submissions { get; } = new("RegistrySubmissions",
        "Id", "District", "SubmittedById", "SubmittedByName", "SubmittedAt", "Summary", "AcknowledgedAt", "AcknowledgedById", "AcknowledgedByName");

    public static VolumeTable Appointments { get; } = new("Appointments",
        "Id", "District", "Slot", "UserId", "LogOnId", "Name", "Rank", "StarNumber", "EmployeeNumber", "Email", "SubmissionId",
        "AppointedById", "AppointedByName", "AppointedAt", "EndedAt", "EndedById", "EndedByName", "EndReason",
        "AcknowledgedAt", "AcknowledgedById", "AcknowledgedByName");

    public static VolumeTable Watches { get; } = new("Watches",
        "Id", "UserId", "District", "Day", "Start", "End", "SetById", "SetByName", "SetAt");

    public static VolumeTable Switches { get; } = new("PublishingSwitches",
        "Scope", "RequireSergeantApproval", "ReviewWithinHours");

    public static VolumeTable Posts { get; } = new("Posts",
        "Id", "District", "AuthorId", "AuthorName", "CreatedAt", "UpdatedAt", "State", "Category", "Text", "ScheduledFor",
        "MarkedNotable", "Justification", "RevisionNumber", "RoutingReasons", "SubmittedAt", "SubmittedRevision", "SubmittedText",
        "ApprovedAt", "ApprovedBy", "ApprovedByName", "ApprovedByRole", "ApprovedRevision", "ApprovedText", "DecisionComment",
        "ReleasedAt", "SentText", "XPostId", "XPostUrl", "AccountHandle", "Sandbox", "PublishedAt", "PublishingMessage",
        "EventDate", "CorrectsPostId", "ReviewedAt", "ReviewedByName", "LastReviewOutcome", "DiscontinueReason",
        "DiscontinueNote", "DiscontinuedBy", "DiscontinuedByName", "DiscontinuedAt", "TakenDownAt", "Version");

    public static VolumeTable Revisions { get; } = new("PostRevisions",
        "Id", "PostId", "Number", "Category", "Text", "ScheduledFor", "MarkedNotable", "Justification", "Kind", "EditedBy",
        "EditedByName", "CreatedAt");

    public static VolumeTable Decisions { get; } = new("PostDecisions",
        "Id", "PostId", "Kind", "DecidedBy", "DecidedByName", "Role", "Revision", "Comment", "DecidedAt");

    public static VolumeTable Reviews { get; } = new("PostReviews",
        "Id", "PostId", "District", "Outcome", "CategoryOk", "Current", "Correct", "Valid", "Appropriate", "Note",
        "ReviewedBy", "ReviewedByName", "ReviewedAt");

    public static VolumeTable Outbox { get; } = new("Outbox",
        "Id", "Kind", "PostId", "District", "DueAt", "CreatedAt", "Attempts", "CompletedAt");

    public static VolumeTable Notifications { get; } = new("Notifications",
        "Id", "UserId", "Text", "Link", "CreatedAt", "ReadAt", "EmailedAt", "EmailAttempts");

    public static VolumeTable AuditEvents { get; } = new("AuditEvents",
        "Id", "Sequence", "OccurredAt", "Actor", "Action", "SubjectType", "SubjectId", "District", "Details", "PreviousHash", "Hash");

    /// <summary>In the order they are written, so that every row's references are written before it.</summary>
    public static IReadOnlyList<VolumeTable> All { get; } =
        [Users, UserRoles, Submissions, Appointments, Watches, Switches, Posts, Revisions, Decisions, Reviews, Outbox, Notifications, AuditEvents];

    /// <summary>The big tables: their secondary indexes are dropped for the load and built once at the end.</summary>
    public static IReadOnlyList<VolumeTable> Bulk { get; } = [Posts, Revisions, Decisions, Reviews, Outbox, Notifications, AuditEvents];
}
