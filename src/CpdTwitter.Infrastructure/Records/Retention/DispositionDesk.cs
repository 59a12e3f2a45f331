using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Records.Retention;

/// <summary>
/// Two-person disposition of postings (Domain/Records/Disposition). The proposal fixes the records (the oldest eligible,
/// at most <see cref="Disposition.MaxRecords"/>); the approval checks the holds again, hashes each record into its
/// tombstone, purges the content and writes one audit event per posting, all in one transaction. Audit events are never
/// changed: the chain verifies as before (docs/operations.md, "Retention, holds and disposition").
/// </summary>
public sealed class DispositionDesk(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, RecordHolds holds, EligiblePostings eligible, TimeProvider time)
{
    public Task<Outcome> ProposeAsync(DateOnly? lastChangedBefore, int? district, string? certificate, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var (schedule, retentionCutoff) = await eligible.CutoffAsync(cancellationToken);
            if (retentionCutoff is not { } allowed)
            {
                return Outcome.Fail(string.Empty, "Enter the retention period and schedule item for postings first.");
            }

            var cutoff = lastChangedBefore is { } day ? HoldScope.StartOfDayUtc(day) : allowed;
            if (cutoff > allowed)
            {
                return Outcome.Fail("Cutoff", "The cutoff is later than the retention period allows: choose an earlier date.");
            }

            var inForce = await holds.InForceAsync(cancellationToken);
            var selected = await eligible.Query(cutoff, district, inForce).OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id)
                .Take(Disposition.MaxRecords)
                .Select(p => new HeldRecord(p.Id, p.District, p.AuthorId, p.CreatedAt)).ToListAsync(cancellationToken);
            var disposition = Disposition.Propose(schedule, district, cutoff, certificate, selected, inForce, by, Now());
            db.Dispositions.Add(disposition);
            audit.Record(AuditActions.Records.DispositionProposed, AuditSubjects.Disposition, disposition.Id.ToString(), district,
                new { series = disposition.Series.ToString(), certificate = disposition.Certificate, scheduleItem = disposition.ScheduleItem, cutoff, records = disposition.RecordCount });
            return Outcome.Ok(disposition.Id.ToString());
        }, cancellationToken);

    public Task<Outcome> ApproveAsync(Guid id, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var disposition = await db.Dispositions.Include(d => d.Records).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (disposition is null)
            {
                return Outcome.Fail(string.Empty, "This disposition no longer exists.");
            }

            var ids = disposition.Records.Select(r => r.RecordId).ToList();
            var posts = await db.Posts.Where(p => ids.Contains(p.Id))
                .Include(p => p.Revisions).Include(p => p.Decisions).Include(p => p.Reviews).AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (posts.Any(p => p.IsDisposed))
            {
                throw new DomainException("A posting of this disposition was already disposed of; withdraw it.");
            }

            var hashes = posts.ToDictionary(p => p.Id, p => ContentHash.Of(p.ContentForHash()));
            var now = Now();
            disposition.Approve(await holds.InForceAsync(cancellationToken), hashes, by, now);
            foreach (var post in posts)
            {
                post.Purge(disposition.Certificate, now);
                audit.Record(AuditActions.Records.PostingDisposed, AuditSubjects.Post, post.Id.ToString(), post.District,
                    new { certificate = disposition.Certificate, dispositionId = disposition.Id, contentSha256 = hashes[post.Id] });
            }

            audit.Record(AuditActions.Records.DispositionApproved, AuditSubjects.Disposition, disposition.Id.ToString(), disposition.District,
                new { certificate = disposition.Certificate, records = disposition.RecordCount, proposedBy = disposition.ProposedByName });
            return Outcome.Ok(disposition.Id.ToString());
        }, cancellationToken);

    public Task<Outcome> WithdrawAsync(Guid id, string? note, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var disposition = await db.Dispositions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (disposition is null)
            {
                return Outcome.Fail(string.Empty, "This disposition no longer exists.");
            }

            disposition.Withdraw(note, by, Now());
            audit.Record(AuditActions.Records.DispositionWithdrawn, AuditSubjects.Disposition, disposition.Id.ToString(), disposition.District, new { note = disposition.WithdrawNote });
            return Outcome.Ok(disposition.Id.ToString());
        }, cancellationToken);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
