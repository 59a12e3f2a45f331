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

    /// <summary>Back to the log-on ID in <paramref name="prefix"/>Name, before the Id column is dropped.</summary>
    public static string Down(string table, string prefix) => $"""
        UPDATE "{table}" SET
            "{prefix}Name" = COALESCE((SELECT u."UserName" FROM "AspNetUsers" u WHERE u."Id" = "{table}"."{prefix}Id"), "{prefix}Name")
        WHERE "{prefix}Id" IS NOT NULL;
        """;
}
