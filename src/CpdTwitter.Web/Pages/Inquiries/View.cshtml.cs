using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Inquiries;

/// <summary>One of the district's media inquiries, read-only: what was asked and how News Affairs answered. Other districts' are 404.</summary>
public sealed class ViewModel(CpdTwitterDbContext db, CurrentMember member, InquiryDesk desk, TimeProvider time) : PageModel
{
    public InquiryListRow Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var inquiry = await db.MediaInquiries.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound();
        }

        var mention = inquiry.MentionId is { } mentionId
            ? await db.Mentions.AsNoTracking().Within(member.Scope).SingleOrDefaultAsync(m => m.Id == mentionId, cancellationToken)
            : null;
        Row = InquiryListRow.Of(inquiry, time.GetUtcNow().UtcDateTime, desk.ResponseHours, mention);
        return Page();
    }
}
