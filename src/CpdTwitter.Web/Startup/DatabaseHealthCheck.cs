using CpdTwitter.Infrastructure.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpdTwitter.Web.Startup;

public sealed class DatabaseHealthCheck(CpdTwitterDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
