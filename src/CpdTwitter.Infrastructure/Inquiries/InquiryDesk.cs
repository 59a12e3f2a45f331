using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Inquiries;

/// <summary>
/// Media inquiries (S02-03-10 IV.F): a district member logs one, News Affairs assigns, answers and closes it. Each step
/// commits the inquiry, its audit event and its notifications together; nothing deletes an inquiry.
/// </summary>
public sealed class InquiryDesk(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Notifier notifier, TimeProvider time, IOptions<InquiryOptions> options)
{
    public int ResponseHours => options.Value.InquiryResponseHours;

    public Task<Outcome> LogAsync(Actor by, InquiryDetails details, Guid? relatedPostId, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            int? relatedDistrict = null;
            if (relatedPostId is { } postId)
            {
                // Scoped to the member's district: another district's posting reads as no posting at all.
                relatedDistrict = await db.Posts.AsNoTracking().Within(by.Scope).Where(p => p.Id == postId)
                    .Select(p => (int?)p.District).SingleOrDefaultAsync(cancellationToken);
            }

            var inquiry = MediaInquiry.Log(by, details, relatedPostId, relatedDistrict, Now());
            await AddLoggedAsync(inquiry, cancellationToken);
            return inquiry.Id.ToString();
        }, cancellationToken);

    /// <summary>
    /// Adds a new inquiry with its audit event and tells News Affairs, inside the caller's unit of work: logging by hand
    /// and sending a mention to News Affairs (<see cref="Responses.MentionDesk"/>) reach the desk the same way.
    /// </summary>
    internal async Task AddLoggedAsync(MediaInquiry inquiry, CancellationToken cancellationToken)
    {
        db.MediaInquiries.Add(inquiry);
        audit.Record(AuditActions.Inquiry.Logged, AuditSubjects.MediaInquiry, inquiry.Id.ToString(), inquiry.District, new
        {
            outlet = inquiry.Outlet, reporter = inquiry.Reporter, contact = inquiry.Contact, channel = inquiry.Channel.ToString(),
            receivedAt = inquiry.ReceivedAt, question = inquiry.Question, relatedPostId = inquiry.RelatedPostId, mentionId = inquiry.MentionId,
        });
        var from = inquiry.MentionId is null ? "logged by district" : "sent from the X inbox of district";
        await notifier.NotifyRoleAsync(Roles.NewsAffairs, null,
            string.Create(CultureInfo.InvariantCulture, $"Media inquiry {from} {inquiry.District:000}: {inquiry.Outlet} ({inquiry.Reporter}) asks \"{Shorten(inquiry.Question)}\"."),
            AppLinks.Inquiry(inquiry.Id), cancellationToken);
    }

    public Task<Outcome> AssignAsync(Guid id, Actor by, string? assigneeId, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            if (string.IsNullOrEmpty(assigneeId))
            {
                throw DomainException.For("AssigneeId", "Choose the News Affairs member to assign.");
            }

            var members = await NewsAffairsMembersAsync(cancellationToken);
            if (!members.Any(m => m.Id == assigneeId))
            {
                throw DomainException.For("AssigneeId", "Assign the inquiry to an active member of the Office of News Affairs.");
            }

            var assignee = members.First(m => m.Id == assigneeId);
            var inquiry = await LoadAsync(id, cancellationToken);
            var previous = inquiry.AssignedToName;
            inquiry.Assign(by, assignee.Id, assignee.Name, Now());
            audit.Record(AuditActions.Inquiry.Assigned, AuditSubjects.MediaInquiry, inquiry.Id.ToString(), inquiry.District,
                new { assignedTo = assignee.Name, previouslyAssignedTo = previous });
            if (assignee.Id != by.UserId)
            {
                notifier.Notify(assignee.Id, $"{by.Name} assigned you a media inquiry from {inquiry.Outlet} (district {inquiry.District:000}).", AppLinks.Inquiry(inquiry.Id));
            }

            return inquiry.Id.ToString();
        }, cancellationToken);

    public Task<Outcome> RecordResponseAsync(Guid id, Actor by, string? text, InquiryChannel? how, DateTime? respondedAtUtc, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            if (how is null)
            {
                throw DomainException.For("ResponseChannel", "Choose how the response was given: phone, e-mail, in person or social media.");
            }

            if (respondedAtUtc is null)
            {
                throw DomainException.For("RespondedAt", "Enter when the response was given.");
            }

            var inquiry = await LoadAsync(id, cancellationToken);
            inquiry.RecordResponse(by, text ?? string.Empty, how.Value, respondedAtUtc.Value, Now());
            audit.Record(AuditActions.Inquiry.Answered, AuditSubjects.MediaInquiry, inquiry.Id.ToString(), inquiry.District,
                new { response = inquiry.ResponseText, how = inquiry.ResponseChannel?.ToString(), respondedAt = inquiry.RespondedAt, assignedTo = inquiry.AssignedToName });
            return inquiry.Id.ToString();
        }, cancellationToken);

    public Task<Outcome> CloseAsync(Guid id, Actor by, string? note, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var inquiry = await LoadAsync(id, cancellationToken);
            var answered = inquiry.State == InquiryState.Answered;
            inquiry.Close(by, note, Now());
            audit.Record(AuditActions.Inquiry.Closed, AuditSubjects.MediaInquiry, inquiry.Id.ToString(), inquiry.District,
                new { note = inquiry.CloseNote, answered });
            return inquiry.Id.ToString();
        }, cancellationToken);

    /// <summary>
    /// Tells News Affairs once about each inquiry that has become overdue. Each inquiry is claimed with an atomic update
    /// (<c>OverdueNotifiedAt</c> from null to now) in the same transaction as its notifications and audit event, so two
    /// app instances, or two runs at once, never notify the same inquiry twice.
    /// </summary>
    public async Task<int> NotifyOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var bound = MediaInquiry.OverdueIfReceivedBefore(now, ResponseHours);
        var due = await db.MediaInquiries.AsNoTracking()
            .Where(i => i.OverdueNotifiedAt == null && (i.State == InquiryState.New || i.State == InquiryState.Assigned) && i.ReceivedAt < bound)
            .OrderBy(i => i.ReceivedAt).Take(100)
            .Select(i => new { i.Id, i.District, i.Outlet, i.ReceivedAt, i.AssignedToName })
            .ToListAsync(cancellationToken);
        var notified = 0;
        foreach (var inquiry in due)
        {
            var outcome = await unitOfWork.CommitAsync(async () =>
            {
                var claimed = await db.MediaInquiries
                    .Where(i => i.Id == inquiry.Id && i.OverdueNotifiedAt == null && (i.State == InquiryState.New || i.State == InquiryState.Assigned))
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.OverdueNotifiedAt, now), cancellationToken);
                if (claimed == 0)
                {
                    return Outcome.Fail(string.Empty, "Already notified, or answered meanwhile.");
                }

                audit.Record(AuditActions.Inquiry.OverdueNotified, AuditSubjects.MediaInquiry, inquiry.Id.ToString(), inquiry.District,
                    new { receivedAt = inquiry.ReceivedAt, responseHours = ResponseHours, assignedTo = inquiry.AssignedToName }, SystemAuditActor.SystemName);
                await notifier.NotifyRoleAsync(Roles.NewsAffairs, null,
                    string.Create(CultureInfo.InvariantCulture, $"Overdue media inquiry: {inquiry.Outlet} (district {inquiry.District:000}) has waited more than {Plural.Count(ResponseHours, "hour")} for a response{(inquiry.AssignedToName is { } who ? $"; assigned to {who}" : "; not assigned")}."),
                    AppLinks.Inquiry(inquiry.Id), cancellationToken);
                return Outcome.Ok(inquiry.Id.ToString());
            }, cancellationToken);
            if (outcome.Succeeded)
            {
                notified++;
            }
        }

        return notified;
    }

    /// <summary>Active News Affairs members by name, for the assignment list.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> NewsAffairsMembersAsync(CancellationToken cancellationToken = default)
    {
        var members = await (from ur in db.UserRoles
                             join r in db.Roles on ur.RoleId equals r.Id
                             join u in db.Users on ur.UserId equals u.Id
                             where r.Name == Roles.NewsAffairs && u.DisabledAt == null
                             select new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken);
        return members.Select(m => (m.Id, string.IsNullOrWhiteSpace(m.DisplayName) ? m.UserName ?? m.Id : m.DisplayName))
            .OrderBy(m => m.Item2, StringComparer.CurrentCulture).ToList();
    }

    private async Task<MediaInquiry> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.MediaInquiries.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new DomainException("This media inquiry no longer exists.");

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
