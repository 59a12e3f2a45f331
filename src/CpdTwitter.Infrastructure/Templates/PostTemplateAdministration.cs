using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Templates;

/// <summary>News Affairs makes, changes, retires and restores post templates; each change commits with its audit event.</summary>
public sealed class PostTemplateAdministration(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time)
{
    /// <summary>The template as it would be saved (fields, labels, sample, what the checks find), or the refusal.</summary>
    public async Task<(CheckedTemplate? Template, Outcome? Refusal)> CheckAsync(TemplateContent content, CancellationToken cancellationToken = default)
    {
        var lists = await ListsAsync(cancellationToken);
        try
        {
            return (PostTemplate.Checked(content, lists), null);
        }
        catch (DomainException ex)
        {
            return (null, Outcome.Fail(ex.Field ?? string.Empty, ex.Message));
        }
    }

    public async Task<Outcome> CreateAsync(TemplateContent content, Actor by, CancellationToken cancellationToken = default)
    {
        var lists = await ListsAsync(cancellationToken);
        return await unitOfWork.CommitAsync(async () =>
        {
            var template = PostTemplate.Create(content, lists, by, Now());
            if (await NameTakenAsync(template.Name, template.Id, cancellationToken) is { } taken)
            {
                return taken;
            }

            db.PostTemplates.Add(template);
            audit.Record(AuditActions.Template.Created, AuditSubjects.PostTemplate, template.Id.ToString(), null, Details(template));
            return Outcome.Ok(template.Id.ToString());
        }, cancellationToken);
    }

    public async Task<Outcome> ChangeAsync(Guid id, TemplateContent content, int editedVersion, Actor by, CancellationToken cancellationToken = default)
    {
        var lists = await ListsAsync(cancellationToken);
        return await unitOfWork.CommitAsync(async () =>
        {
            var template = await FindAsync(id, cancellationToken);
            var before = template.Version;
            if (!template.Change(content, editedVersion, lists, by, Now()))
            {
                return Outcome.Ok(template.Id.ToString());
            }

            if (await NameTakenAsync(template.Name, template.Id, cancellationToken) is { } taken)
            {
                return taken;
            }

            audit.Record(AuditActions.Template.Changed, AuditSubjects.PostTemplate, template.Id.ToString(), null, new { from = before, details = Details(template) });
            return Outcome.Ok(template.Id.ToString());
        }, cancellationToken);
    }

    public Task<Outcome> RetireAsync(Guid id, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var template = await FindAsync(id, cancellationToken);
            template.Retire(by, Now());
            audit.Record(AuditActions.Template.Retired, AuditSubjects.PostTemplate, template.Id.ToString(), null, new { name = template.Name, version = template.Version });
            return template.Id.ToString();
        }, cancellationToken);

    public Task<Outcome> RestoreAsync(Guid id, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var template = await FindAsync(id, cancellationToken);
            template.Restore(by, Now());
            audit.Record(AuditActions.Template.Restored, AuditSubjects.PostTemplate, template.Id.ToString(), null, new { name = template.Name, version = template.Version });
            return template.Id.ToString();
        }, cancellationToken);

    /// <summary>The full text with each version in the audit trail: the record of what a post's template version said.</summary>
    private static object Details(PostTemplate template) => new
    {
        name = template.Name,
        category = template.Category.ToString(),
        version = template.Version,
        body = template.Body,
        fields = template.Fields.Select(f => new { f.Name, f.Label }),
    };

    private async Task<Outcome?> NameTakenAsync(string name, Guid id, CancellationToken cancellationToken) =>
        await db.PostTemplates.AnyAsync(t => t.Name == name && t.Id != id, cancellationToken)
            ? Outcome.Fail(nameof(PostTemplate.Name), $"Another template is already called “{name}”; choose another name.")
            : null;

    private async Task<PostTemplate> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.PostTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException("That template no longer exists.");

    private async Task<PolicyLists> ListsAsync(CancellationToken cancellationToken) =>
        PolicyTerm.ToLists(await db.PolicyTerms.AsNoTracking().ToListAsync(cancellationToken));

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
