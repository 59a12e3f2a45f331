using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Publishing;

/// <summary>Runs the <see cref="Publisher"/>: woken at once after a commit that queued work, and polling for scheduled posts and retries.</summary>
public sealed partial class PublisherService(Publisher publisher, PublisherSignal signal, IOptions<PublishingOptions> options, ILogger<PublisherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));
        LogStarted(logger, publisher.InstanceId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await publisher.DrainAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The publisher must outlive a database hiccup; the next poll tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, ex);
            }

            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Publisher {Instance} started.")]
    private static partial void LogStarted(ILogger logger, string instance);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publisher poll failed; retrying at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
