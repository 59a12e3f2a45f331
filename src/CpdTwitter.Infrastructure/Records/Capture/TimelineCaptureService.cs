using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Records.Capture;

/// <summary>
/// Runs <see cref="TimelineCapture"/> every hour; each account is read only once its last read is
/// <c>X:CaptureIntervalHours</c> old. The first look waits a few minutes after start-up, so a restart loop never
/// hammers X.
/// </summary>
public sealed partial class TimelineCaptureService(TimelineCapture capture, TimeProvider time, ILogger<TimelineCaptureService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstLook = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstLook, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await capture.RunAsync(force: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The job must survive a database or network hiccup; the next hour tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogCaptureFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Capture of the district accounts failed; retrying in an hour.")]
    private static partial void LogCaptureFailed(ILogger logger, Exception exception);
}
