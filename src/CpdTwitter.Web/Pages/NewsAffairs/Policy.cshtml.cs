using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs;

/// <summary>The lists behind the pre-publishing checks (IV.A.1, IV.E), kept by the Office of News Affairs.</summary>
public sealed class PolicyModel(CpdTwitterDbContext db, PolicyListAdministration lists, CurrentMember member) : PageModel
{
    public IReadOnlyList<PolicyTerm> Terms { get; private set; } = [];

    public PolicyListKind? FailedList { get; private set; }

    public static string Title(PolicyListKind kind) => kind switch
    {
        PolicyListKind.NotableTerm => "Notable-incident terms",
        PolicyListKind.AllowedDomain => "Allowed link domains",
        _ => "Promotional terms",
    };

    public static string Help(PolicyListKind kind) => kind switch
    {
        PolicyListKind.NotableTerm => "A post using one of these goes to News Affairs before it is published. A term matches whole words and the words it begins: “arrest” finds “arrested” and “arrests”, not “rearrest”.",
        PolicyListKind.AllowedDomain => "Links to these sites (and their subdomains) need no justification. Any other link routes the post to News Affairs with the author's justification.",
        _ => "Wording that may advertise a private project, product or service (IV.E): the author must justify it and News Affairs approves.",
    };

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(PolicyListKind? kind, string? value, CancellationToken cancellationToken)
    {
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            // Only a hand-made request gets here (the forms post a fixed list), so say it once at the top.
            return await RefuseAsync(Outcome.Fail(string.Empty, "Choose one of the three lists."), cancellationToken);
        }

        var outcome = await lists.AddAsync(kind.Value, value, member.SignedIn, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = $"Added to {Title(kind.Value).ToLowerInvariant()}.";
            return RedirectToPage();
        }

        FailedList = kind;
        return await RefuseAsync(outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await lists.RemoveAsync(id, member.SignedIn, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = "Removed.";
            return RedirectToPage();
        }

        return await RefuseAsync(outcome, cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(Outcome outcome, CancellationToken cancellationToken)
    {
        ModelState.AddErrors(outcome);

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Terms = await db.PolicyTerms.AsNoTracking().OrderBy(t => t.Value).ToListAsync(cancellationToken);
}
