using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Records.Requests;

/// <summary>Every quarter hour, notifies ISD and News Affairs once of each public-records request past its due date.</summary>
public sealed class FoiaOverdueWatch(IServiceScopeFactory scopes, TimeProvider time, ILogger<FoiaOverdueWatch> logger)
    : PeriodicJob(scopes, time, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(15);

    protected override TimeSpan Interval => Every;

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<FoiaRequestLog>().NotifyOverdueAsync(cancellationToken);
}
