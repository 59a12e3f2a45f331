using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>An export run from the command line by an operator: the package is made and the run is audited.</summary>
public sealed class RecordsExportRun(RecordsExporter exporter, AuditTrail audit, CpdTwitterDbContext db)
{
    public const string CommandLineActor = "Command line (operator)";

    public async Task<RecordsExportResult> RunFromCommandLineAsync(RecordsExportRequest request, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await exporter.ExportAsync(request, folder, progress: null, cancellationToken);
        audit.Record(AuditActions.Export.RecordsCompleted, AuditSubjects.RecordsExport, Path.GetFileName(result.Path), request.District,
            Details(request, result), CommandLineActor);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    public static object Details(RecordsExportRequest request, RecordsExportResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            district = request.District,
            from = request.From,
            to = request.To,
            search = request.Words,
            reference = request.Reference,
            file = Path.GetFileName(result.Path),
            postings = result.Postings,
            redactions = result.Redactions,
            images = result.Images,
            mentions = result.Mentions,
        };
    }
}
