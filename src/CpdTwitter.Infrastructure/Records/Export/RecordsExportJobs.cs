using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// Public-records exports made in the app: queued by ISD or News Affairs, run one at a time by
/// <see cref="RecordsExportWorker"/> (progress saved about every second from a scope of its own, so the export's
/// batches never wait on it), downloaded when complete. Each change of state is audited in its own transaction.
/// </summary>
public sealed partial class RecordsExportJobs(
    CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, RecordsExporter exporter, PostingsFeed feed,
    IServiceScopeFactory scopes, IOptions<RecordsExportOptions> options, TimeProvider time, ILogger<RecordsExportJobs> logger)
{
    public static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    public string Folder => Path.GetFullPath(options.Value.Folder);

    public Task<Outcome> QueueAsync(RecordsExportRequest request, Guid? foiaRequestId, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(() =>
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Problem() is { } problem)
            {
                return Task.FromResult(Outcome.Fail(string.Empty, problem));
            }

            var job = new RecordsExportJob(request, foiaRequestId, by, time.GetUtcNow().UtcDateTime);
            db.RecordsExportJobs.Add(job);
            audit.Record(AuditActions.Export.RecordsRequested, AuditSubjects.RecordsExport, job.Id.ToString(), job.District, new
            {
                district = request.District, from = request.From, to = request.To, search = request.Words, reference = request.Reference, foiaRequest = foiaRequestId,
            });
            return Task.FromResult(Outcome.Ok(job.Id.ToString()));
        }, cancellationToken);

    /// <summary>At startup: an export left running was cut off when the app stopped; it is marked failed (audited).</summary>
    public async Task<int> FailInterruptedAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.RecordsExportJobs.AsNoTracking().Where(j => j.State == RecordsExportState.Running).Select(j => j.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await FailAsync(id, RecordsExportJob.InterruptedMessage, cancellationToken);
        }

        return ids.Count;
    }

    /// <summary>Runs the oldest queued export, if any; false when none is waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken = default)
    {
        var next = await db.RecordsExportJobs.AsNoTracking().Where(j => j.State == RecordsExportState.Queued)
            .OrderBy(j => j.RequestedAt).ThenBy(j => j.Id).Select(j => j.Id).FirstOrDefaultAsync(cancellationToken);
        if (next == Guid.Empty)
        {
            return false;
        }

        // Claimed in the database, so a second app instance never runs the same export.
        var claimed = await db.RecordsExportJobs.Where(j => j.Id == next && j.State == RecordsExportState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, RecordsExportState.Running), cancellationToken);
        if (claimed == 0)
        {
            return true;
        }

        var job = await db.RecordsExportJobs.SingleAsync(j => j.Id == next, cancellationToken);
        var request = job.Request;
        var counted = await feed.Query(request.Filter, request.Scope).Take(PostingsFeed.CountCap + 1).CountAsync(cancellationToken);
        job.Start(counted > PostingsFeed.CountCap ? null : counted, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        RecordsExportResult result;
        var progress = new LatestProgress();
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var saver = SaveProgressAsync(next, progress, stop.Token);
            try
            {
                result = await exporter.ExportAsync(request, Folder, progress, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw; // The app is stopping: the export stays Running and is marked failed at the next start.
            }
#pragma warning disable CA1031 // Whatever went wrong is shown on the export's page and audited; the worker carries on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogExportFailed(logger, ex, next);
                await stop.CancelAsync();
                await saver;
                db.ChangeTracker.Clear();
                await FailAsync(next, "The export failed: " + ex.Message, cancellationToken);
                return true;
            }

            await stop.CancelAsync();
            await saver;
        }

        db.ChangeTracker.Clear();
        await unitOfWork.CommitAsync(async () =>
        {
            var done = await db.RecordsExportJobs.SingleAsync(j => j.Id == next, cancellationToken);
            done.Complete(result, new FileInfo(result.Path).Length, time.GetUtcNow().UtcDateTime);
            audit.Record(AuditActions.Export.RecordsCompleted, AuditSubjects.RecordsExport, next.ToString(), request.District, RecordsExportRun.Details(request, result));
            return Outcome.Ok(next.ToString());
        }, cancellationToken);
        return true;
    }

    /// <summary>Audits a download of a completed export (the page streams the file).</summary>
    public Task<Outcome> RecordDownloadAsync(RecordsExportJob job, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(() =>
        {
            ArgumentNullException.ThrowIfNull(job);
            audit.Record(AuditActions.Export.RecordsDownloaded, AuditSubjects.RecordsExport, job.Id.ToString(), job.District,
                new { file = job.FileName, reference = job.Reference });
            return Task.FromResult(Outcome.Ok(job.Id.ToString()));
        }, cancellationToken);

    /// <summary>The package's file if it is still where the export put it (inside the exports folder), else null.</summary>
    public string? ExistingFile(RecordsExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.State != RecordsExportState.Completed || job.FilePath is null)
        {
            return null;
        }

        var full = Path.GetFullPath(job.FilePath);
        return full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private Task<Outcome> FailAsync(Guid id, string message, CancellationToken cancellationToken) =>
        unitOfWork.CommitAsync(async () =>
        {
            var job = await db.RecordsExportJobs.SingleAsync(j => j.Id == id, cancellationToken);
            job.Fail(message, time.GetUtcNow().UtcDateTime);
            audit.Record(AuditActions.Export.RecordsFailed, AuditSubjects.RecordsExport, id.ToString(), job.District, new { reason = job.Failure, written = job.Written });
            return Outcome.Ok(id.ToString());
        }, cancellationToken);

    private async Task SaveProgressAsync(Guid id, LatestProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var progressDb = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            using var timer = new PeriodicTimer(ProgressEvery, time);
            var saved = 0;
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var written = progress.Value;
                if (written != saved)
                {
                    await progressDb.RecordsExportJobs.Where(j => j.Id == id && j.State == RecordsExportState.Running)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.Written, written), cancellationToken);
                    saved = written;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The export ended; its final count is saved with its completion.
        }
    }

    private sealed class LatestProgress : IProgress<int>
    {
        private int value;

        public int Value => Volatile.Read(ref value);

        public void Report(int value) => Volatile.Write(ref this.value, value);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Records export {JobId} failed.")]
    private static partial void LogExportFailed(ILogger logger, Exception exception, Guid jobId);
}
