using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Guidance;
using CpdTwitter.Web.Pages.Guidance;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Commander;

/// <summary>The commander sees which of the district's representatives acknowledged which guidance version (own district only).</summary>
[Authorize(Policy = Policies.Commander)]
public sealed class GuidanceModel(CpdTwitterDbContext db, CurrentMember member) : PageModel
{
    public ReadersView? Readers { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? version, CancellationToken cancellationToken)
    {
        var numbers = await db.GuidanceVersions.AsNoTracking().OrderByDescending(v => v.Number).Select(v => v.Number).ToListAsync(cancellationToken);
        if (numbers.Count == 0)
        {
            return version is null ? Page() : NotFound();
        }

        var chosen = version ?? numbers[0];
        if (!numbers.Contains(chosen))
        {
            return NotFound();
        }

        Readers = new ReadersView(chosen, numbers, await GuidanceReaders.ForVersionAsync(db, member.Scope, chosen, cancellationToken));
        return Page();
    }
}
