using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// CJIS 5.5.1: once a day, an account nobody has signed in to for <see cref="SecurityOptions.InactiveDisableDays"/>
/// days (90 by default) is disabled, its sessions ended and the act audited. Inactivity counts from the latest of the
/// last sign-in, the account's creation (never signed in) and ISD enabling it again; ISD re-enables an account on the
/// user page. The last enabled ISD administrator is never disabled, so someone can always re-enable the others.
/// Each account is disabled by one conditional UPDATE, so two app instances running the job disable it once.
/// </summary>
public sealed partial class InactiveAccounts(IServiceScopeFactory scopes, TimeProvider time, IOptions<SecurityOptions> options, ILogger<InactiveAccounts> logger)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    /// <summary>Disables every inactive account now; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var days = options.Value.InactiveDisableDays;
        if (days <= 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-days);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.DisabledAt == null)
            .Select(u => new { u.Id, u.DistrictNumber, u.LastSignInAt, u.CreatedAt, u.ReenabledAt })
            .ToListAsync(cancellationToken);
        var isdRole = await db.Roles.Where(r => r.Name == Roles.IsdAdministrator).Select(r => r.Id).SingleAsync(cancellationToken);
        var enabledIsd = (await (from ur in db.UserRoles
                                 join u in db.Users on ur.UserId equals u.Id
                                 where ur.RoleId == isdRole && u.DisabledAt == null
                                 select u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var disabled = 0;
        foreach (var account in candidates.Select(a => (a.Id, a.DistrictNumber, LastActive: Latest(a.LastSignInAt, a.CreatedAt, a.ReenabledAt)))
                     .Where(a => a.LastActive < cutoff)
                     .OrderBy(a => a.LastActive))
        {
            if (enabledIsd.Contains(account.Id) && enabledIsd.Count <= 1)
            {
                LogLastAdministratorKept(logger, account.Id);
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await db.Users
                .Where(u => u.Id == account.Id && u.DisabledAt == null
                    && (u.LastSignInAt == null || u.LastSignInAt < cutoff)
                    && u.CreatedAt < cutoff
                    && (u.ReenabledAt == null || u.ReenabledAt < cutoff))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(u => u.DisabledAt, now)
                    .SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N"))
                    .SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
            if (changed == 1)
            {
                audit.Record(AuditActions.User.DisabledForInactivity, AuditSubjects.User, account.Id, account.DistrictNumber,
                    new { lastActive = account.LastActive, inactiveDays = days }, SystemAuditActor.SystemName);
                await db.SaveChangesAsync(cancellationToken);
                enabledIsd.Remove(account.Id);
                disabled++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return disabled;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                var count = await RunAsync(stoppingToken);
                if (count > 0)
                {
                    LogDisabled(logger, count);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The job must survive a database hiccup; the next day tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static DateTime Latest(DateTime? lastSignIn, DateTime created, DateTime? reenabled)
    {
        var latest = created;
        if (lastSignIn > latest)
        {
            latest = lastSignIn.Value;
        }

        if (reenabled > latest)
        {
            latest = reenabled.Value;
        }

        return latest;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inactive accounts: {Count} disabled.")]
    private static partial void LogDisabled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inactive account {UserId} kept enabled: it is the last enabled ISD administrator.")]
    private static partial void LogLastAdministratorKept(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inactive-account job failed; retrying tomorrow.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
