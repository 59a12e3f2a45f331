using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs;

/// <summary>
/// News Affairs' press list: reporters' X handles. A mention from one of them is flagged as a possible media inquiry,
/// which only News Affairs answers (IV.F). A removed handle is kept with when it was removed; adding it again brings
/// the same entry back.
/// </summary>
public sealed class PressListModel(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time, CurrentMember member) : PageModel
{
    public IReadOnlyList<PressContact> Contacts { get; private set; } = [];

    [BindProperty]
    [Display(Name = "X handle")]
    public string? Handle { get; set; }

    [BindProperty]
    [Display(Name = "Reporter's name")]
    public string? Name { get; set; }

    [BindProperty]
    public string? Outlet { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var key = PressContact.KeyOf(Handle);
            var existing = key.Length == 0 ? null : await db.PressContacts.SingleOrDefaultAsync(c => c.HandleKey == key, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            PressContact contact;
            if (existing is null)
            {
                contact = PressContact.Add(member.SignedIn, Handle ?? string.Empty, Name ?? string.Empty, Outlet ?? string.Empty, now);
                db.PressContacts.Add(contact);
            }
            else if (existing.Active)
            {
                return Outcome.Fail(nameof(Handle), $"@{existing.Handle} is already on the press list ({existing.Name}, {existing.Outlet}).");
            }
            else
            {
                existing.Restore(member.SignedIn, Handle ?? string.Empty, Name ?? string.Empty, Outlet ?? string.Empty, now);
                contact = existing;
            }

            audit.Record(AuditActions.PressList.Added, AuditSubjects.PressContact, contact.Id.ToString(), null,
                new { handle = contact.Handle, name = contact.Name, outlet = contact.Outlet, addedAgain = existing is not null });
            return Outcome.Ok($"@{contact.Handle}");
        }, cancellationToken);
        return await this.AfterWorkflowAsync(outcome, $"{outcome.Id} is on the press list: mentions from it are flagged as possible media inquiries.", () => LoadAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        string? removed = null;
        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var contact = await db.PressContacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (contact is null)
            {
                return Outcome.Fail(string.Empty, "That handle is not on the press list. Reload the page to see the list as it is now.");
            }

            contact.Remove(member.SignedIn, time.GetUtcNow().UtcDateTime);
            audit.Record(AuditActions.PressList.Removed, AuditSubjects.PressContact, contact.Id.ToString(), null,
                new { handle = contact.Handle, name = contact.Name, outlet = contact.Outlet });
            removed = contact.Handle;
            return Outcome.Ok(contact.Id.ToString());
        }, cancellationToken);
        return await this.AfterWorkflowAsync(outcome, $"@{removed} removed from the press list. Mentions already flagged stay flagged.", () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Contacts = await db.PressContacts.AsNoTracking().Where(c => c.RemovedAt == null).OrderBy(c => c.HandleKey).ToListAsync(cancellationToken);
}
