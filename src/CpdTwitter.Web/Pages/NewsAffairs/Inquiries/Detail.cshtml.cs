using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Web.Pages.Inquiries;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs.Inquiries;

/// <summary>One media inquiry on News Affairs' desk: assign it, record the response, close it; with its history from the audit trail.</summary>
public sealed class DetailModel(CpdTwitterDbContext db, CurrentMember member, InquiryDesk desk, TimeProvider time) : PageModel
{
    public InquiryListRow Row { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Name)> NewsAffairsMembers { get; private set; } = [];

    public IReadOnlyList<(DateTime At, string Who, string What)> History { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Assign to")]
    public string? AssigneeId { get; set; }

    [BindProperty]
    [Display(Name = "The response given")]
    public string? ResponseText { get; set; }

    [BindProperty]
    [Display(Name = "How it was given")]
    public InquiryChannel? ResponseChannel { get; set; }

    [BindProperty]
    [Display(Name = "When (Chicago time)")]
    public DateTime? RespondedAt { get; set; }

    [BindProperty]
    [Display(Name = "Note")]
    public string? CloseNote { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var local = ChicagoTime.ToLocal(time.GetUtcNow().UtcDateTime);
        RespondedAt ??= new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Assigned.", () => desk.AssignAsync(id, member.SignedIn, AssigneeId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRespondAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Response recorded.", () => desk.RecordResponseAsync(id, member.SignedIn, ResponseText, ResponseChannel,
            RespondedAt is { } at ? WallClock.StartToUtc(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), ChicagoTime.Zone) : null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Closed. The record is kept.", () => desk.CloseAsync(id, member.SignedIn, CloseNote, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, string success, Func<Task<Outcome>> act, CancellationToken cancellationToken)
    {
        if (!await db.MediaInquiries.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }

        return await this.WhenValidAsync(act, success, () => LoadAsync(id, cancellationToken), new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var inquiry = await db.MediaInquiries.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return false;
        }

        var mention = inquiry.MentionId is { } mentionId ? await db.Mentions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mentionId, cancellationToken) : null;
        Row = InquiryListRow.Of(inquiry, time.GetUtcNow().UtcDateTime, desk.ResponseHours, mention);
        NewsAffairsMembers = inquiry.State.AwaitsResponse() ? await desk.NewsAffairsMembersAsync(cancellationToken) : [];
        var subject = inquiry.Id.ToString();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.SubjectType == AuditSubjects.MediaInquiry && e.SubjectId == subject)
            .OrderBy(e => e.Sequence).Select(e => new { e.OccurredAt, e.Actor, e.Action }).ToListAsync(cancellationToken);
        // The trail keeps log-on IDs; people are shown by name.
        var logOns = events.Select(e => e.Actor).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => logOns.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
        History = events.Select(e => (e.OccurredAt, e.Actor == Infrastructure.Audit.SystemAuditActor.SystemName ? "The app" : names.GetValueOrDefault(e.Actor) is { Length: > 0 } name ? name : e.Actor, AuditActions.Label(e.Action))).ToList();
        return true;
    }
}
