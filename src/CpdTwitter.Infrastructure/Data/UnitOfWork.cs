using CpdTwitter.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// Runs a workflow's change and its audit events in one transaction. A rule the domain refuses, or a conflict with a
/// simultaneous change, rolls everything back and comes back as a message, not an exception; any other database error
/// also rolls back, is logged for ISD and comes back as a plain failure.
/// </summary>
public sealed partial class UnitOfWork(CpdTwitterDbContext db, ILogger<UnitOfWork> logger)
{
    public const string ConflictMessage = "Someone changed this at the same moment. Reload the page and check it again.";
    public const string FailureMessage = "The change could not be saved. Nothing was changed; try again, and tell ISD if it keeps failing.";

    public Task<Outcome> CommitAsync(Func<Task<string>> change, CancellationToken cancellationToken) =>
        CommitAsync(async () => Outcome.Ok(await change()), cancellationToken);

    /// <summary>As above, for a change that can also refuse by returning a failed <see cref="Outcome"/>: nothing is kept.</summary>
    public async Task<Outcome> CommitAsync(Func<Task<Outcome>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await change();
            if (!outcome.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.DiscardChanges();
                return outcome;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        catch (DomainException ex)
        {
            db.DiscardChanges();
            return Outcome.Fail(ex.Field ?? string.Empty, ex.Message);
        }
        catch (DbUpdateException ex) when (SaveConflict.IsConflict(ex))
        {
            db.DiscardChanges();
            return Outcome.Fail(string.Empty, ConflictMessage);
        }
        catch (DbUpdateException ex)
        {
            LogSaveFailed(logger, ex, string.Join(", ", ex.Entries.Select(e => e.Metadata.ClrType.Name).Distinct()));
            db.DiscardChanges();
            return Outcome.Fail(string.Empty, FailureMessage);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A change could not be saved ({Entities}); it was rolled back.")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string entities);
}
