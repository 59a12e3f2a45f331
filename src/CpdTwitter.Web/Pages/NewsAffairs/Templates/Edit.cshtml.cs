using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Templates;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs.Templates;

/// <summary>
/// Makes or changes a template. Preview shows the fields found in the text, a label input for each and the text as a
/// representative will see it; Save checks it all again and saves a new version.
/// </summary>
public sealed class EditModel(CpdTwitterDbContext db, PostTemplateAdministration templates, CurrentMember member) : PageModel
{
    [BindProperty]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Kind of posting")]
    public PostCategory? Category { get; set; }

    [BindProperty]
    [Display(Name = "Text")]
    public string? Body { get; set; }

    /// <summary>The label entered per field name (<c>Labels[beat]</c>).</summary>
    [BindProperty]
    public Dictionary<string, string?> Labels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The version the form was made from: a form older than the template is refused.</summary>
    [BindProperty]
    public int EditedVersion { get; set; }

    public PostTemplate? Template { get; private set; }

    /// <summary>The template as it would be saved, when the text could be read: fields, labels, sample, findings.</summary>
    public CheckedTemplate? Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Template = await db.PostTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (Template is null)
            {
                return NotFound();
            }

            Name = Template.Name;
            Category = Template.Category;
            Body = Template.Body;
            Labels = Template.Fields.ToDictionary(f => f.Name, f => (string?)f.Label, StringComparer.Ordinal);
            EditedVersion = Template.Version;
            await CheckAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await CheckAsync(cancellationToken, showRefusal: true);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var content = Content();
        var outcome = id is null
            ? await templates.CreateAsync(content, member.SignedIn, cancellationToken)
            : await templates.ChangeAsync(id.Value, content, EditedVersion, member.SignedIn, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = id is null ? $"Template “{content.Name?.Trim()}” saved. Representatives can start posts from it now." : $"Template “{content.Name?.Trim()}” saved.";
            return RedirectToPage("/NewsAffairs/Templates/Index");
        }

        ModelState.AddErrors(outcome);
        await CheckAsync(cancellationToken);
        return Page();
    }

    private TemplateContent Content() => new(Name ?? string.Empty, Category ?? 0, Body ?? string.Empty, Labels);

    private async Task<IActionResult?> FindAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }

        Template = await db.PostTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return Template is null ? NotFound() : null;
    }

    private async Task CheckAsync(CancellationToken cancellationToken, bool showRefusal = false)
    {
        var (result, refusal) = await templates.CheckAsync(Content(), cancellationToken);
        Checked = result;
        if (showRefusal && refusal is not null)
        {
            ModelState.AddErrors(refusal);
        }

        // Labels for fields found so far, so a refused save still shows an input for each.
        if (result is null && Body is not null)
        {
            try
            {
                foreach (var name in TemplateBody.FieldNames(Domain.Posts.PostContent.NormalizeText(Body)))
                {
                    Labels.TryAdd(name, TemplateBody.LabelFor(name));
                }
            }
            catch (Domain.DomainException)
            {
                // The message is already next to the text.
            }
        }
    }

    /// <summary>The fields to show label inputs for: those of the checked template, or those found in a text refused for another reason.</summary>
    public IReadOnlyList<TemplateField> FieldsShown => Checked?.Fields
        ?? Labels.Select(l => new TemplateField(l.Key, l.Value ?? TemplateBody.LabelFor(l.Key))).Where(f => TemplateBody.IsFieldName(f.Name)).ToList();
}
