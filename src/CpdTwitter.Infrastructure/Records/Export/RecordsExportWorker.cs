using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// Runs queued public-records exports in the background, one at a time, oldest first, each in a fresh DI scope. It
/// starts at once when a page queues one (<see cref="Wake"/>) and looks every few seconds otherwise (another instance
/// may have queued it). At startup an export left running by a stopped app is marked failed.
/// </summary>
public sealed partial class RecordsExportWorker(IServiceScopeFactory scopes, ILogger<RecordsExportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim wake = new(0);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    /// <summary>Runs every queued export, in order; returns how many it took up. Tests call it directly.</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var ran = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<RecordsExportJobs>().RunNextAsync(cancellationToken))
                {
                    return ran;
                }

                ran++;
            }
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public async Task<int> FailInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordsExportJobs>().FailInterruptedAsync(cancellationToken);
    }

    public override void Dispose()
    {
        wake.Dispose();
        oneAtATime.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await FailInterruptedAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunPendingAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // The worker must survive a database hiccup; the next look tries again.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogRunFailed(logger, ex);
                }

                await wake.WaitAsync(LookEvery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running queued records exports failed; looking again shortly.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
