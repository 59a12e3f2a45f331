using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// Once a day (Chicago date) each district sergeant with overdue postings gets one digest notification (and so one
/// e-mail) saying how many wait and since when.
/// </summary>
public sealed partial class ReviewDigest(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReviewDigest> logger) : BackgroundService
{
    public const string Prefix = "Daily review digest";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = time.GetUtcNow().UtcDateTime;
        var chicagoToday = ChicagoTime.ToLocal(now).Date;
        var startOfDay = TimeZoneInfo.ConvertTimeToUtc(chicagoToday, ChicagoTime.Zone);
        // The backlog per district (ReviewBacklog: indexed, whatever the history); a digest only where some are overdue.
        var backlogs = await scope.ServiceProvider.GetRequiredService<ReviewBacklog>().ByDistrictAsync(null, cancellationToken);
        var sergeantRole = await db.Roles.Where(r => r.Name == Roles.CommunityPolicingSergeant).Select(r => r.Id).SingleAsync(cancellationToken);
        var created = 0;
        foreach (var district in backlogs.Where(b => b.Overdue > 0 && b.OldestWaiting is not null))
        {
            var hours = district.ReviewWithinHours;
            var overdueCount = district.Overdue;
            var sergeants = await (from ur in db.UserRoles
                                   join u in db.Users on ur.UserId equals u.Id
                                   where ur.RoleId == sergeantRole && u.DistrictNumber == district.District && u.DisabledAt == null
                                   select u.Id).ToListAsync(cancellationToken);
            foreach (var sergeant in sergeants)
            {
                var sentToday = await db.Notifications.AnyAsync(n => n.UserId == sergeant && n.Link == AppLinks.ReviewQueue && n.CreatedAt >= startOfDay && n.Text.StartsWith(Prefix), cancellationToken);
                if (!sentToday)
                {
                    var oldestLocal = ChicagoTime.ToLocal(district.OldestWaiting!.Value);
                    notifier.Notify(sergeant, $"{Prefix}: {Plural.Count(overdueCount, "posting")} of district {district.District:000} {(overdueCount == 1 ? "is" : "are")} overdue for review (more than {Plural.Count(hours, "hour")}); the oldest was published {oldestLocal:yyyy-MM-dd HH:mm} Chicago time.", AppLinks.ReviewQueue);
                    created++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
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
#pragma warning disable CA1031 // The digest must survive a database hiccup; the next hour tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogDigestFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Review digest failed; retrying in an hour.")]
    private static partial void LogDigestFailed(ILogger logger, Exception exception);
}
