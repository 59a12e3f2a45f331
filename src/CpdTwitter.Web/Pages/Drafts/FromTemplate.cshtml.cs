using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Drafts;

/// <summary>
/// A representative starts a post from one of News Affairs' templates: the active templates by kind, then one input per
/// field. The filled text becomes a new draft through the same workflow as the composer's (acting rules, one-time form
/// token, audit), recording the template and its version, and the composer opens on it to finish the post.
/// </summary>
public sealed class FromTemplateModel(CpdTwitterDbContext db, PostWorkflow workflow, CurrentMember member) : PageModel
{
    /// <summary>The form's name for a field's value: <c>Values[beat]</c>.</summary>
    public static string ValueKey(string field) => $"{nameof(Values)}[{field}]";

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? FormToken { get; set; }

    public string IssuedFormToken { get; } = Infrastructure.Data.FormToken.Issue();

    /// <summary>The active templates, by kind of posting then name (the list); empty when one template is open.</summary>
    public IReadOnlyList<PostTemplate> Templates { get; private set; } = [];

    /// <summary>The template being filled in; null on the list.</summary>
    public PostTemplate? Template { get; private set; }

    public ActingDecision Acting { get; private set; } = ActingDecision.Yes;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Acting = await member.ActingAsync(ActingPurpose.Draft, cancellationToken);
        if (id is null)
        {
            Templates = (await db.PostTemplates.AsNoTracking().Where(t => !t.Retired).OrderBy(t => t.Category).ThenBy(t => t.Name).ToListAsync(cancellationToken))
                .OrderBy(t => t.Category.DisplayName(), StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
            return Page();
        }

        // A retired template is not offered: as if it did not exist.
        Template = await db.PostTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && !t.Retired, cancellationToken);
        return Template is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Template = await db.PostTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (Template is null)
        {
            return NotFound();
        }

        Acting = await member.ActingAsync(ActingPurpose.Draft, cancellationToken);
        if (!Acting.Allowed)
        {
            ModelState.AddModelError(string.Empty, Acting.Reason!);
            return Page();
        }

        if (!Infrastructure.Data.FormToken.IsWellFormed(FormToken))
        {
            ModelState.AddModelError(string.Empty, PostWorkflow.StaleFormMessage);
            return Page();
        }

        var started = await workflow.StartFromTemplateAsync(id, member.OwnDistrict, member.SignedIn, Values, FormToken!, cancellationToken);
        if (!started.Succeeded)
        {
            // The same form sent twice (a double click): the second opens the draft the first made.
            if (await workflow.SentWithAsync(FormToken, member.SignedIn.UserId, cancellationToken) is { } earlier)
            {
                return RedirectToPage("/Drafts/Compose", new { id = earlier });
            }

            foreach (var (field, message) in started.Errors)
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : ValueKey(field), message);
            }

            return Page();
        }

        TempData["Status"] = $"Draft started from the template “{Template.Name}”. Finish it below, then save or submit it.";
        return RedirectToPage("/Drafts/Compose", new { id = Guid.Parse(started.Id!) });
    }
}
