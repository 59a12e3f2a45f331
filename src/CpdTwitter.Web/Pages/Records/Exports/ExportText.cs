using System.Globalization;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Records.Export;

namespace CpdTwitter.Web.Pages.Records.Exports;

/// <summary>How an export's state, progress, scope and size read on the pages and in the progress JSON.</summary>
public static class ExportText
{
    public static string State(RecordsExportState state) => state switch
    {
        RecordsExportState.Queued => "Waiting to start",
        RecordsExportState.Running => "Running",
        RecordsExportState.Completed => "Complete",
        RecordsExportState.Failed => "Failed",
        _ => state.ToString(),
    };

    public static string Progress(RecordsExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var written = job.Written.ToString("N0", CultureInfo.InvariantCulture);
        return job.State switch
        {
            RecordsExportState.Queued => "Not started yet.",
            RecordsExportState.Completed => $"{written} postings exported.",
            _ when job.Total is { } total => $"{written} of {total.ToString("N0", CultureInfo.InvariantCulture)} postings written.",
            RecordsExportState.Running => $"{written} postings written (of more than {PostingsFeed.CountCap.ToString("N0", CultureInfo.InvariantCulture)}).",
            _ => $"{written} postings written.",
        };
    }

    public static string Scope(RecordsExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var where = job.District is { } d ? "District " + d.ToString("000", CultureInfo.InvariantCulture) : "All districts";
        var words = string.IsNullOrWhiteSpace(job.Search) ? null : $"; search words “{job.Search}”";
        return string.Create(CultureInfo.InvariantCulture, $"{where}; submitted {job.FromDate:MMM d, yyyy} to {job.ToDate:MMM d, yyyy}{words}");
    }

    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
