using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>A verification running in the background: when it started and who asked.</summary>
public sealed record RunningVerification(DateTime StartedAt, string Actor);

/// <summary>
/// Verifications asked for from the audit page. The walk over a trail of millions of events takes minutes, so it runs
/// beside the request, which answers at once; one at a time per app instance (a second request is told one is running).
/// </summary>
public sealed partial class AuditVerificationRuns(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<AuditVerificationRuns> logger)
{
    private readonly Lock _gate = new();

    public RunningVerification? Running { get; private set; }

    /// <summary>The latest run (tests await it; the page never does).</summary>
    public Task Current { get; private set; } = Task.CompletedTask;

    /// <summary>Claims the single run slot; false when a verification is already running.</summary>
    public bool TryClaim(string actor)
    {
        lock (_gate)
        {
            if (Running is not null)
            {
                return false;
            }

            Running = new RunningVerification(time.GetUtcNow().UtcDateTime, actor);
            return true;
        }
    }

    /// <summary>Gives back a claim that will not be started.</summary>
    public void Release()
    {
        lock (_gate)
        {
            Running = null;
        }
    }

    /// <summary>Starts the claimed run; it records its result as an audit event and frees the slot when done.</summary>
    public void Start(string actor)
    {
        Current = Task.Run(() => RunAsync(actor, lifetime.ApplicationStopping));
    }

    private async Task RunAsync(string actor, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SignedAuditVerifier>()
                .VerifyAndRecordAsync(VerificationSource.AdminPage, actor, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping; the run is not recorded, and the page shows the previous one.
        }
#pragma warning disable CA1031 // A failed run must free the slot and be logged; the page still shows the last recorded run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRunFailed(logger, ex);
        }
        finally
        {
            Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An audit verification asked for from the audit page failed before it could record its result.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
