using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Responses;

/// <summary>
/// Handling a mention in the district's inbox: closing it without a response, reopening it, and sending it to News
/// Affairs as a media inquiry (directive IV.F). Each step commits the mention, its audit events and (for an inquiry)
/// News Affairs' notification together. <c>expectedVersion</c> is the version the member saw: if someone handled the
/// mention meanwhile the step is refused as a conflict rather than undoing what they did.
/// </summary>
public sealed class MentionDesk(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, InquiryDesk inquiries, TimeProvider time)
{
    public Task<Outcome> CloseAsync(Guid id, Actor by, string? reason, int? expectedVersion, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var mention = await LoadAsync(id, by, expectedVersion, cancellationToken);
            mention.CloseWithoutResponse(by, reason, Now());
            audit.Record(AuditActions.Mentions.NoResponseNeeded, AuditSubjects.Mention, mention.Id.ToString(), mention.District,
                new { xPostId = mention.XPostId, reason = mention.NoResponseReason });
            return mention.Id.ToString();
        }, cancellationToken);

    public Task<Outcome> ReopenAsync(Guid id, Actor by, int? expectedVersion, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var mention = await LoadAsync(id, by, expectedVersion, cancellationToken);
            var reason = mention.NoResponseReason;
            mention.Reopen(by, Now());
            audit.Record(AuditActions.Mentions.Reopened, AuditSubjects.Mention, mention.Id.ToString(), mention.District,
                new { xPostId = mention.XPostId, previousReason = reason });
            return mention.Id.ToString();
        }, cancellationToken);

    /// <summary>Makes the mention a media inquiry in News Affairs' queue, linked both ways; the outcome's id is the inquiry's.</summary>
    public Task<Outcome> EscalateAsync(Guid id, Actor by, int? expectedVersion, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var mention = await LoadAsync(id, by, expectedVersion, cancellationToken);
            var key = PressContact.KeyOf(mention.AuthorHandle);
            var outlet = key.Length == 0 ? null : await db.PressContacts.AsNoTracking()
                .Where(c => c.HandleKey == key && c.RemovedAt == null).Select(c => c.Outlet).FirstOrDefaultAsync(cancellationToken);
            var now = Now();
            var inquiry = MediaInquiry.FromMention(by, mention, outlet, now);
            mention.Escalate(by, inquiry.Id, now);
            await inquiries.AddLoggedAsync(inquiry, cancellationToken);
            audit.Record(AuditActions.Mentions.Escalated, AuditSubjects.Mention, mention.Id.ToString(), mention.District,
                new { xPostId = mention.XPostId, inquiryId = inquiry.Id, flagged = mention.FlaggedAsMedia, flagReason = mention.FlagReason });
            return inquiry.Id.ToString();
        }, cancellationToken);

    private async Task<Mention> LoadAsync(Guid id, Actor by, int? expectedVersion, CancellationToken cancellationToken)
    {
        // Another district's mention reads as no mention at all.
        var mention = await db.Mentions.Within(by.Scope).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new DomainException("This mention is not in your inbox.");
        if (expectedVersion is { } seen && seen != mention.Version)
        {
            throw new DomainException(UnitOfWork.ConflictMessage);
        }

        return mention;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
