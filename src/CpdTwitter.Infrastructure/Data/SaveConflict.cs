using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// Tells a conflict with a simultaneous change from any other failed save: a stale concurrency token, or a unique
/// index that caught a second insert of the same thing (each provider reports that in its own words).
/// </summary>
public static class SaveConflict
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || IsUniqueViolation(exception);

    private static bool IsUniqueViolation(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            var unique = inner switch
            {
                SqliteException e => e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
                PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
                SqlException e => e.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
                _ => false,
            };
            if (unique)
            {
                return true;
            }
        }

        return false;
    }
}
