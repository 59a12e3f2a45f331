namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// Records once named who acted by log-on ID only. The migration that gives them an account id and a display name
/// (like posts always had) fills both from the account with that log-on ID; a name no account has any more stays as
/// it was in both columns, so nothing recorded is lost. The SQL is the same on SQLite, SQL Server and PostgreSQL.
/// </summary>
public static class ActorBackfill
{
    /// <summary><paramref name="prefix"/>Name holds the old log-on ID; afterwards <paramref name="prefix"/>Id holds the account id and Name the display name.</summary>
    public static string Up(string table, string prefix) => $"""
        UPDATE "{table}" SET
            "{prefix}Id" = COALESCE((SELECT u."Id" FROM "AspNetUsers" u WHERE u."UserName" = "{table}"."{prefix}Name"), "{prefix}Name"),
            "{prefix}Name" = COALESCE((SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."UserName" = "{table}"."{prefix}Name"), "{prefix}Name")
        WHERE "{prefix}Name" IS NOT NULL;
        """;

    /// <summary>
    /// For SQL Server: an idempotent script runs each migration as one batch, and SQL Server compiles a batch before it
    /// runs any of it, so a backfill naming columns the same migration adds or renames fails with "Invalid column name".
    /// Inside EXEC it is compiled only when it runs, after the columns exist.
    /// </summary>
    public static string Deferred(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        return $"EXEC(N'{sql.Replace("'", "''", StringComparison.Ordinal)}');";
    }

    /// <summary>Back to the log-on ID in <paramref name="prefix"/>Name, before the Id column is dropped.</summary>
    public static string Down(string table, string prefix) => $"""
        UPDATE "{table}" SET
            "{prefix}Name" = COALESCE((SELECT u."UserName" FROM "AspNetUsers" u WHERE u."Id" = "{table}"."{prefix}Id"), "{prefix}Name")
        WHERE "{prefix}Id" IS NOT NULL;
        """;
}
