using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Inquiries;

/// <summary>
/// Every few minutes, tells News Affairs about media inquiries that have passed their response target, once each
/// (<see cref="InquiryDesk.NotifyOverdueAsync"/> claims every inquiry in the database, so several app instances are safe).
/// </summary>
public sealed class InquiryOverdueWatch(IServiceScopeFactory scopes, TimeProvider time, ILogger<InquiryOverdueWatch> logger)
    : PeriodicJob(scopes, time, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override TimeSpan Interval => Every;

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<InquiryDesk>().NotifyOverdueAsync(cancellationToken);
}
