using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Templates;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs.Templates;

/// <summary>News Affairs' post templates by kind of posting, the retired ones apart (IV.A.2: guidance for the districts).</summary>
public sealed class IndexModel(CpdTwitterDbContext db, PostTemplateAdministration templates, CurrentMember member) : PageModel
{
    public IReadOnlyList<PostTemplate> Active { get; private set; } = [];

    public IReadOnlyList<PostTemplate> Retired { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Retiring is undone by restoring, so it asks for no confirmation.</summary>
    public async Task<IActionResult> OnPostRetireAsync(Guid id, CancellationToken cancellationToken) =>
        await this.AfterWorkflowAsync(await templates.RetireAsync(id, member.SignedIn, cancellationToken), "Template retired: representatives no longer see it. Restore it to offer it again.", () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        await this.AfterWorkflowAsync(await templates.RestoreAsync(id, member.SignedIn, cancellationToken), "Template restored: representatives can start posts from it again.", () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = (await db.PostTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken))
            .OrderBy(t => t.Category.DisplayName(), StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        Active = all.Where(t => !t.Retired).ToList();
        Retired = all.Where(t => t.Retired).ToList();
    }
}
