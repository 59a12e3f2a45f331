using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Audit;

public sealed class IndexModel(CpdTwitterDbContext db, AuditVerifier verifier) : PageModel
{
    private const int PageSize = 200;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Verification = await verifier.VerifyAsync(cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Events = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync(cancellationToken);
}
