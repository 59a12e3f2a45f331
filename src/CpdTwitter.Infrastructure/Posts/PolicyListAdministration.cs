using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Posts;

/// <summary>News Affairs keeps the lists the pre-publishing checks use: notable-incident terms, allowed link domains, promotional terms.</summary>
public sealed class PolicyListAdministration(CpdTwitterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time)
{
    public async Task<Outcome> AddAsync(PolicyListKind kind, string? value, Actor by, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(kind))
        {
            return Outcome.Fail("Value", "Choose a list.");
        }

        PolicyTerm term;
        try
        {
            term = new PolicyTerm(kind, value ?? string.Empty, by, time.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            return Outcome.Fail("Value", ex.Message);
        }

        if (await db.PolicyTerms.AnyAsync(t => t.Kind == kind && t.Value == term.Value, cancellationToken))
        {
            return Outcome.Fail("Value", $"“{term.Value}” is already on the list.");
        }

        return await unitOfWork.CommitAsync(async () =>
        {
            db.PolicyTerms.Add(term);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(AuditActions.Policy.TermAdded, AuditSubjects.PolicyTerm, term.Id.ToString(CultureInfo.InvariantCulture), null, new { list = kind.ToString(), value = term.Value });
            return term.Id.ToString(CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public Task<Outcome> RemoveAsync(int id, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            PolicyTerm.RequireKeeper(by);
            var term = await db.PolicyTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                ?? throw new DomainException("That entry is no longer on the list.");
            db.PolicyTerms.Remove(term);
            audit.Record(AuditActions.Policy.TermRemoved, AuditSubjects.PolicyTerm, id.ToString(CultureInfo.InvariantCulture), null, new { list = term.Kind.ToString(), value = term.Value });
            return id.ToString(CultureInfo.InvariantCulture);
        }, cancellationToken);
}
