using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Requests;

/// <summary>What a public-records request asks for and covers, as typed on the log form.</summary>
public sealed record FoiaRequestInput(string? Requester, DateOnly? ReceivedOn, string? Asked, int? District, DateOnly? From, DateOnly? To, string? SearchWords);

/// <summary>
/// The public-records request log (5 ILCS 140): ISD and News Affairs log, extend and close requests; an open request
/// holds its records (<see cref="Retention.RecordHolds"/>); an overdue one is notified once to both.
/// </summary>
public sealed class FoiaRequestLog(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Notifier notifier, TimeProvider time)
{
    public static string Link(Guid id) => string.Create(CultureInfo.InvariantCulture, $"/Records/Requests/{id}");

    public DateOnly Today => ChicagoTime.DateOf(Now());

    public Task<Outcome> LogAsync(FoiaRequestInput input, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(input);
            if (input.ReceivedOn is not { } received)
            {
                return Outcome.Fail(nameof(FoiaRequest.ReceivedOn), "Enter the date the request was received.");
            }

            if (input.District is { } d && !await db.Districts.AnyAsync(x => x.Number == d, cancellationToken))
            {
                return Outcome.Fail(nameof(FoiaRequest.District), "There is no such district.");
            }

            var request = FoiaRequest.Log(input.Requester, received, input.Asked, input.District, input.From, input.To, input.SearchWords, by, Now());
            db.FoiaRequests.Add(request);
            audit.Record(AuditActions.PublicRecords.Logged, AuditSubjects.FoiaRequest, request.Id.ToString(), request.District, new
            {
                requester = request.Requester, receivedOn = request.ReceivedOn, asked = request.Asked, from = request.FromDate, to = request.ToDate,
                words = request.SearchWords, dueOn = request.DueOn,
            });
            return Outcome.Ok(request.Id.ToString());
        }, cancellationToken);

    public Task<Outcome> ExtendAsync(Guid id, FoiaExtensionReason? reason, int? businessDays, DateOnly? noticeSentOn, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, request =>
        {
            request.Extend(reason, businessDays ?? 0, noticeSentOn, by, Now());
            audit.Record(AuditActions.PublicRecords.Extended, AuditSubjects.FoiaRequest, request.Id.ToString(), request.District,
                new { reason = request.ExtensionReason?.ToString(), noticeSentOn = request.ExtensionNoticeOn, dueOn = request.ExtendedDueOn });
        }, cancellationToken);

    public Task<Outcome> CloseAsync(Guid id, FoiaOutcome? outcome, string? note, Actor by, CancellationToken cancellationToken = default) =>
        Change(id, request =>
        {
            request.Close(outcome, note, by, Now());
            audit.Record(AuditActions.PublicRecords.Closed, AuditSubjects.FoiaRequest, request.Id.ToString(), request.District,
                new { outcome = request.Outcome?.ToString(), note = request.OutcomeNote, late = ChicagoTime.DateOf(Now()) > request.EffectiveDueOn });
        }, cancellationToken);

    /// <summary>
    /// Tells ISD and News Affairs, once per request, that an open request has passed its due date (a denial under
    /// 3(d)). Each request is claimed in the database first, so several app instances never notify twice.
    /// </summary>
    public async Task<int> NotifyOverdueAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var candidates = await db.FoiaRequests.AsNoTracking()
            .Where(r => r.ClosedAt == null && r.OverdueNotifiedAt == null && (r.ExtendedDueOn ?? r.DueOn) < today)
            .OrderBy(r => r.ReceivedOn).Take(100)
            .Select(r => new { r.Id, r.District, r.Requester, r.ReceivedOn, r.DueOn, r.ExtendedDueOn })
            .ToListAsync(cancellationToken);
        var notified = 0;
        foreach (var request in candidates)
        {
            var now = Now();
            var outcome = await unitOfWork.CommitAsync(async () =>
            {
                var claimed = await db.FoiaRequests.Where(r => r.Id == request.Id && r.ClosedAt == null && r.OverdueNotifiedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.OverdueNotifiedAt, now), cancellationToken);
                if (claimed == 0)
                {
                    return Outcome.Fail(string.Empty, "Already notified, or closed meanwhile.");
                }

                var due = request.ExtendedDueOn ?? request.DueOn;
                audit.Record(AuditActions.PublicRecords.OverdueNotified, AuditSubjects.FoiaRequest, request.Id.ToString(), request.District,
                    new { receivedOn = request.ReceivedOn, dueOn = due }, SystemAuditActor.SystemName);
                var text = string.Create(CultureInfo.InvariantCulture,
                    $"Public-records request overdue: {request.Requester}, received {request.ReceivedOn:MMM d, yyyy}, was due {due:MMM d, yyyy}. An unanswered request counts as a denial (5 ILCS 140/3(d)).");
                await notifier.NotifyRoleAsync(Roles.IsdAdministrator, null, text, Link(request.Id), cancellationToken);
                await notifier.NotifyRoleAsync(Roles.NewsAffairs, null, text, Link(request.Id), cancellationToken);
                return Outcome.Ok(request.Id.ToString());
            }, cancellationToken);
            if (outcome.Succeeded)
            {
                notified++;
            }
        }

        return notified;
    }

    private Task<Outcome> Change(Guid id, Action<FoiaRequest> change, CancellationToken cancellationToken) =>
        unitOfWork.CommitAsync(async () =>
        {
            var request = await db.FoiaRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (request is null)
            {
                return Outcome.Fail(string.Empty, "This request no longer exists.");
            }

            change(request);
            return Outcome.Ok(request.Id.ToString());
        }, cancellationToken);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
