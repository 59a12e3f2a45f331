using CpdTwitter.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Data;

public static class UnitOfWork
{
    /// <summary>
    /// Runs a workflow's change and its audit events in one transaction. A rule the domain refuses, or a unique
    /// index that caught a concurrent change, rolls everything back and comes back as a message, not an exception.
    /// </summary>
    public static Task<Outcome> CommitAsync(this CpdTwitterDbContext db, Func<Task<string>> change, CancellationToken cancellationToken) =>
        db.CommitAsync(async () => Outcome.Ok(await change()), cancellationToken);

    /// <summary>As above, for a change that can also refuse by returning a failed <see cref="Outcome"/>: nothing is kept.</summary>
    public static async Task<Outcome> CommitAsync(this CpdTwitterDbContext db, Func<Task<Outcome>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await change();
            if (!outcome.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return outcome;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return Outcome.Fail(ex.Field ?? string.Empty, ex.Message);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Fail(string.Empty, "Someone changed this at the same moment. Reload the page and check it again.");
        }
    }
}
