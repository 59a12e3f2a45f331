namespace CpdTwitter.Domain.Audit;

/// <summary>The kinds of thing an audit event is about (its subject type). Stable like <see cref="AuditActions"/>.</summary>
public static class AuditSubjects
{
    public const string User = "User";
    public const string Device = "Device";
    public const string Rank = "Rank";
    public const string Appointment = "Appointment";
    public const string RegistrySubmission = "RegistrySubmission";
    public const string Representative = "Representative";
    public const string Post = "Post";
    public const string Publishing = "Publishing";
    public const string XAccount = "XAccount";
    public const string PolicyTerm = "PolicyTerm";
    public const string PostTemplate = "PostTemplate";
    public const string Guidance = "Guidance";
    public const string Page = "Page";
    public const string MediaInquiry = "MediaInquiry";
    public const string AuditTrail = "AuditTrail";
    public const string RecordSeries = "RecordSeries";
    public const string LegalHold = "LegalHold";
    public const string Disposition = "Disposition";
    public const string FoiaRequest = "FoiaRequest";
    public const string RecordsExport = "RecordsExport";
    public const string Mention = "Mention";
    public const string MentionPoll = "MentionPoll";
    public const string PressContact = "PressContact";
}
