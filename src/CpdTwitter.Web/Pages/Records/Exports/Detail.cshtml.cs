using CpdTwitter.Infrastructure.Records.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Web.Pages.Records.Exports;

/// <summary>One records export: its progress (refreshed by /js/export-progress.js from the Progress handler), and its download.</summary>
public sealed class DetailModel(CpdTwitterDbContext db, RecordsExportJobs jobs) : PageModel
{
    public const string MissingFile = "The package file is no longer on the server (it was removed from the exports folder). Start the export again to make a new one.";

    public RecordsExportJob Job { get; private set; } = null!;

    /// <summary>A completed export whose package has been removed.</summary>
    public bool FileMissing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        FileMissing = job.State == RecordsExportState.Completed && jobs.ExistingFile(job) is null;
        return Page();
    }

    /// <summary>The state and progress as JSON, for the page's script.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        return new JsonResult(new
        {
            state = job.State.ToString(),
            stateText = ExportText.State(job.State),
            written = job.Written,
            total = job.Total,
            progressText = ExportText.Progress(job),
            done = job.State is RecordsExportState.Completed or RecordsExportState.Failed,
        });
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        if (job.State != RecordsExportState.Completed)
        {
            TempData["Error"] = "The export is not complete yet; it can be downloaded when it is.";
            return RedirectToPage(new { id });
        }

        if (jobs.ExistingFile(job) is not { } file)
        {
            TempData["Error"] = MissingFile;
            return RedirectToPage(new { id });
        }

        var audited = await jobs.RecordDownloadAsync(job, cancellationToken);
        if (!audited.Succeeded)
        {
            TempData["Error"] = audited.Errors.Count > 0 ? audited.Errors[0].Message : UnitOfWork.FailureMessage;
            return RedirectToPage(new { id });
        }

        return PhysicalFile(file, "application/zip", job.FileName);
    }

    private Task<RecordsExportJob?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.RecordsExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
}
