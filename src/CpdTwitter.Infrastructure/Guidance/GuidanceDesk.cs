using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Guidance;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Guidance;

/// <summary>
/// News Affairs publishes guidance versions and representatives acknowledge them (directive V.C.1). Each change commits
/// with its audit event (and, for a new version, a notification to every active representative) in one transaction.
/// </summary>
public sealed class GuidanceDesk(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Notifier notifier, TimeProvider time)
{
    /// <summary>The current (latest) version, or null before any guidance is published.</summary>
    public Task<GuidanceVersion?> CurrentAsync(CancellationToken cancellationToken = default) =>
        db.GuidanceVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Publishes the next version; the outcome's id is its number.</summary>
    public Task<Outcome> PublishAsync(string? markdown, string? summary, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var current = await CurrentAsync(cancellationToken);
            var version = GuidanceDocument.Publish(current, markdown, summary, by, time.GetUtcNow().UtcDateTime);
            db.GuidanceVersions.Add(version);
            var number = version.Number.ToString(CultureInfo.InvariantCulture);
            audit.Record(AuditActions.Guidance.Published, AuditSubjects.Guidance, number, null,
                new { version = version.Number, summary = version.Summary, characters = version.Markdown.Length });

            var representatives = await db.Appointments.AsNoTracking().Where(a => a.EndedAt == null)
                .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken);
            foreach (var userId in representatives)
            {
                notifier.Notify(userId,
                    $"News Affairs published guidance version {version.Number}: {version.Summary} Read and acknowledge it before you next submit a post.",
                    AppLinks.Guidance);
            }

            return number;
        }, cancellationToken);

    /// <summary>
    /// Records that the representative has read the version. Acknowledging a version twice changes nothing and says so.
    /// </summary>
    public async Task<Outcome> AcknowledgeAsync(int versionNumber, Actor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await db.GuidanceAcknowledgements.AnyAsync(a => a.UserId == by.UserId && a.VersionNumber == versionNumber, cancellationToken))
        {
            return Outcome.Ok(versionNumber.ToString(CultureInfo.InvariantCulture));
        }

        return await unitOfWork.CommitAsync(async () =>
        {
            var version = await db.GuidanceVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == versionNumber, cancellationToken)
                ?? throw new DomainException("There is no such guidance version.");
            var acknowledgement = version.Acknowledge(by, time.GetUtcNow().UtcDateTime);
            db.GuidanceAcknowledgements.Add(acknowledgement);
            var number = version.Number.ToString(CultureInfo.InvariantCulture);
            audit.Record(AuditActions.Guidance.Acknowledged, AuditSubjects.Guidance, number, acknowledgement.District,
                new { version = version.Number, representative = by.Name });
            return number;
        }, cancellationToken);
    }
}
