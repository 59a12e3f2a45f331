using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Inquiries;

/// <summary>
/// Every few minutes, tells News Affairs about media inquiries that have passed their response target, once each
/// (<see cref="InquiryDesk.NotifyOverdueAsync"/> claims every inquiry in the database, so several app instances are safe).
/// </summary>
public sealed partial class InquiryOverdueWatch(IServiceScopeFactory scopes, TimeProvider time, ILogger<InquiryOverdueWatch> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InquiryDesk>().NotifyOverdueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
#pragma warning disable CA1031 // The watch must survive a database hiccup; the next run tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogWatchFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Overdue media inquiry check failed; retrying at the next interval.")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);
}
