using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure;

/// <summary>
/// A background job that runs after <see cref="FirstRunDelay"/> (at once by default) and then every <see cref="Interval"/>
/// in a fresh DI scope, survives a failed run (logged; the next tick tries again) and stops with the app. Tests call
/// <see cref="RunAsync"/> directly.
/// </summary>
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>How long after start-up the first run waits (none unless a job says so).</summary>
    protected virtual TimeSpan FirstRunDelay => TimeSpan.Zero;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await RunOnceAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>One run; returns how many things it did (for tests and logs).</summary>
    protected abstract Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (FirstRunDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(FirstRunDelay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The job must survive a database hiccup; the next run tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRunFailed(logger, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; retrying at the next interval.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job);
}
