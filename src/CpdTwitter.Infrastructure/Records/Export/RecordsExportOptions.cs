namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>Where packages made in the app go (the data folder's exports/), and whether the background worker runs.</summary>
public sealed class RecordsExportOptions
{
    public const string Section = "Records";

    public string Folder { get; set; } = "exports";

    /// <summary>Off in tests, which run queued exports themselves (<see cref="RecordsExportWorker.RunPendingAsync"/>).</summary>
    public bool ExportWorkerEnabled { get; set; } = true;
}
