using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Responses;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Inbox;

/// <summary>
/// One mention in the inbox: its full text and X ids, where it stands and who handled it, its responses and media
/// inquiry; and for the district's members and News Affairs the ways to handle it. ISD sees it and does not act.
/// Another district's mention is 404.
/// </summary>
public sealed class ViewModel(CpdTwitterDbContext db, CurrentMember member, MentionDesk desk) : PageModel
{
    public Mention Mention { get; private set; } = null!;

    public IReadOnlyList<MentionResponse> Responses { get; private set; } = [];

    /// <summary>Why the member may not answer it on X now; null when they may.</summary>
    public string? NotAnswerable { get; private set; }

    public bool MayHandle { get; private set; }

    /// <summary>Where the member follows the linked media inquiry: News Affairs' desk, or the district's own page.</summary>
    public string? InquiryLink { get; private set; }

    [BindProperty]
    [Display(Name = "Why no response is needed")]
    public string? Reason { get; set; }

    /// <summary>The version of the mention the member saw: if someone handled it meanwhile, the action is refused.</summary>
    [BindProperty]
    public int? SeenVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostNoResponseAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Closed: no response needed. The mention is kept with the reason.",
            () => desk.CloseAsync(id, member.SignedIn, Reason, SeenVersion, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Reopened: the mention is new again.", () => desk.ReopenAsync(id, member.SignedIn, SeenVersion, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Sent to News Affairs as a media inquiry. They have been notified and will answer the media.",
            () => desk.EscalateAsync(id, member.SignedIn, SeenVersion, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, string success, Func<Task<Outcome>> act, CancellationToken cancellationToken)
    {
        var district = await db.Mentions.AsNoTracking().Within(member.Scope).Where(m => m.Id == id).Select(m => (int?)m.District).SingleOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return NotFound();
        }

        // ISD oversees every inbox but does not act in one (the domain refuses too; this keeps its POSTs from reaching it).
        if (!MayAct(district.Value))
        {
            return Forbid();
        }

        // The reason is the only field; its message belongs next to it, under the page's name for it.
        return await this.WhenValidAsync(async () => Rename(await act()), success, () => LoadAsync(id, cancellationToken), new { id });
    }

    private bool MayAct(int district) => member.Is(Roles.NewsAffairs) || (member.District == district && Roles.DistrictScoped.Any(member.Is));

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var mention = await db.Mentions.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mention is null)
        {
            return false;
        }

        Mention = mention;
        Responses = (await MentionResponses.ForAsync(db, member, [id], cancellationToken))[id].ToList();
        var actor = member.SignedIn;
        MayHandle = mention.MayBeHandledBy(actor);
        NotAnswerable = mention.WhyNotAnswerableBy(actor);
        SeenVersion = mention.Version;
        InquiryLink = mention.MediaInquiryId is not { } inquiry ? null
            : member.Is(Roles.NewsAffairs) ? AppLinks.Inquiry(inquiry)
            : member.District == mention.District ? $"{AppLinks.DistrictInquiries}/{inquiry}"
            : null;
        return true;
    }

    private static Outcome Rename(Outcome outcome) =>
        outcome with { Errors = outcome.Errors.Select(e => (e.Field == "Reason" ? nameof(Reason) : e.Field, e.Message)).ToList() };
}
