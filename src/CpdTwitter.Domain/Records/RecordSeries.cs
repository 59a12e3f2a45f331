namespace CpdTwitter.Domain.Records;

/// <summary>The record series the app keeps (Local Records Act, 50 ILCS 205), each with its own retention schedule item.</summary>
public enum RecordSeries
{
    /// <summary>Postings with their whole history: revisions, images, decisions, reviews, discontinuation.</summary>
    Postings = 0,

    MediaInquiries = 1,

    /// <summary>The registry of district Twitter representatives (appointments and submissions).</summary>
    Registry = 2,

    /// <summary>Never disposed by the app: it proves what happened to every other record, tombstones included.</summary>
    AuditTrail = 3,

    Notifications = 4,

    /// <summary>Mentions of the district accounts read from X, with how each was handled (issue 16). Listed and scheduled; not disposed by the app.</summary>
    Mentions = 5,
}

public static class RecordSeriesNames
{
    public static IReadOnlyList<RecordSeries> All { get; } = Enum.GetValues<RecordSeries>();

    public static string DisplayName(this RecordSeries series) => series switch
    {
        RecordSeries.Postings => "Postings (with their whole history)",
        RecordSeries.MediaInquiries => "Media inquiries",
        RecordSeries.Registry => "Registry of representatives",
        RecordSeries.AuditTrail => "Audit trail",
        RecordSeries.Notifications => "Notifications",
        RecordSeries.Mentions => "Mentions of the district accounts",
        _ => series.ToString(),
    };

    /// <summary>The series the app can purge after a two-person disposition. The others are listed and scheduled only.</summary>
    public static bool AppDisposes(this RecordSeries series) => series == RecordSeries.Postings;
}
