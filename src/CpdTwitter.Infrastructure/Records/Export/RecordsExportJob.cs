using CpdTwitter.Domain.People;

namespace CpdTwitter.Infrastructure.Records.Export;

public enum RecordsExportState
{
    Queued = 0,
    Running = 1,
    Completed = 2,
    Failed = 3,
}

/// <summary>
/// A public-records export asked for in the app and made in the background by <see cref="RecordsExportWorker"/>: what
/// it covers, who asked, how far it has got, and the package it made (a file under the data folder's exports/).
/// </summary>
public sealed class RecordsExportJob
{
    public const int NameMaxLength = 200;
    public const int FileMaxLength = 500;
    public const int FailureMaxLength = 1000;
    public const string InterruptedMessage = "The app stopped while it ran; start it again.";

    private RecordsExportJob()
    {
        RequestedBy = RequestedByName = string.Empty;
    }

    public RecordsExportJob(RecordsExportRequest request, Guid? foiaRequestId, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        Id = Guid.NewGuid();
        District = request.District;
        FromDate = request.From;
        ToDate = request.To;
        Search = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        Reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim();
        FoiaRequestId = foiaRequestId;
        RequestedBy = by.UserId;
        RequestedByName = by.Name;
        RequestedAt = nowUtc;
        State = RecordsExportState.Queued;
    }

    public Guid Id { get; private set; }

    public string RequestedBy { get; private set; }

    public string RequestedByName { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public int? District { get; private set; }

    public DateOnly FromDate { get; private set; }

    public DateOnly ToDate { get; private set; }

    public string? Search { get; private set; }

    public Guid? FoiaRequestId { get; private set; }

    /// <summary>The public-records request's reference, written to bag-info.txt as External-Identifier.</summary>
    public string? Reference { get; private set; }

    public RecordsExportState State { get; private set; }

    public DateTime? StartedAt { get; private set; }

    /// <summary>Postings written so far (saved every second or so while it runs).</summary>
    public int Written { get; private set; }

    /// <summary>How many postings it covers, counted up to the feed's CountCap when it started; null if more.</summary>
    public int? Total { get; private set; }

    /// <summary>The package's full path, once made.</summary>
    public string? FilePath { get; private set; }

    public long? FileBytes { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? Failure { get; private set; }

    public RecordsExportRequest Request => new(District, FromDate, ToDate, Search, Reference);

    public string? FileName => FilePath is null ? null : Path.GetFileName(FilePath);

    internal void Start(int? total, DateTime nowUtc)
    {
        State = RecordsExportState.Running;
        StartedAt = nowUtc;
        Total = total;
        Written = 0;
    }

    internal void Complete(RecordsExportResult result, long bytes, DateTime nowUtc)
    {
        State = RecordsExportState.Completed;
        Written = result.Postings;
        FilePath = result.Path;
        FileBytes = bytes;
        CompletedAt = nowUtc;
    }

    internal void Fail(string message, DateTime nowUtc)
    {
        State = RecordsExportState.Failed;
        Failure = message.Length > FailureMaxLength ? message[..FailureMaxLength] : message;
        CompletedAt = nowUtc;
    }
}
