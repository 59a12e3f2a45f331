using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Responses;

/// <summary>
/// Runs <see cref="MentionsPoll"/> every <c>X:MentionsPollSeconds</c>. The first poll waits a minute after start-up, so
/// a restart loop never hammers X.
/// </summary>
public sealed class MentionsPollService(IServiceScopeFactory scopes, TimeProvider time, IOptions<MentionsPollOptions> options, ILogger<MentionsPollService> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.MentionsPollSeconds);

    protected override TimeSpan FirstRunDelay => TimeSpan.FromMinutes(1);

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        (await services.GetRequiredService<MentionsPoll>().RunAsync(cancellationToken)).Sum(p => p.Stored);
}
