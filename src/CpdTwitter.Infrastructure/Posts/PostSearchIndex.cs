namespace CpdTwitter.Infrastructure.Posts;

/// <summary>
/// The full-text index over the postings' text, per provider, created (and filled from the postings already there) by
/// the PostingsFeed migration. SQLite: a contentless FTS5 table kept in step by triggers on Posts; its rows are keyed by
/// a small table of their own (PostSearchKeys), not by Posts' implicit rowid, which VACUUM may renumber. PostgreSQL: a
/// GIN index on <c>to_tsvector('english', "Text")</c>. SQL Server: none (full-text catalogs are not guaranteed to be
/// installed); <see cref="PostSearch"/> falls back to LIKE there.
/// A later SQLite migration that rebuilds the Posts table drops its triggers: it must run <see cref="Create"/> again.
/// </summary>
public static class PostSearchIndex
{
    public const string KeysTable = "PostSearchKeys";
    public const string TextTable = "PostText";

    /// <summary>The text search configuration of the PostgreSQL index; a query must name the same one to use it.</summary>
    public const string PostgresConfiguration = "english";

    public static string Create(string? activeProvider) => Provider(activeProvider) switch
    {
        "Sqlite" => $"""
            CREATE TABLE "{KeysTable}" ("Rowid" INTEGER PRIMARY KEY, "PostId" TEXT NOT NULL UNIQUE);
            CREATE VIRTUAL TABLE "{TextTable}" USING fts5("Text", content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
            INSERT INTO "{KeysTable}" ("PostId") SELECT "Id" FROM "Posts";
            INSERT INTO "{TextTable}" (rowid, "Text") SELECT k."Rowid", p."Text" FROM "{KeysTable}" AS k JOIN "Posts" AS p ON p."Id" = k."PostId";
            CREATE TRIGGER "TR_Posts_Search_Insert" AFTER INSERT ON "Posts" BEGIN
                INSERT INTO "{KeysTable}" ("PostId") VALUES (new."Id");
                INSERT INTO "{TextTable}" (rowid, "Text") VALUES (last_insert_rowid(), new."Text");
            END;
            CREATE TRIGGER "TR_Posts_Search_Update" AFTER UPDATE OF "Text" ON "Posts" WHEN new."Text" IS NOT old."Text" BEGIN
                DELETE FROM "{TextTable}" WHERE rowid = (SELECT "Rowid" FROM "{KeysTable}" WHERE "PostId" = old."Id");
                INSERT INTO "{TextTable}" (rowid, "Text") SELECT "Rowid", new."Text" FROM "{KeysTable}" WHERE "PostId" = new."Id";
            END;
            CREATE TRIGGER "TR_Posts_Search_Delete" AFTER DELETE ON "Posts" BEGIN
                DELETE FROM "{TextTable}" WHERE rowid = (SELECT "Rowid" FROM "{KeysTable}" WHERE "PostId" = old."Id");
                DELETE FROM "{KeysTable}" WHERE "PostId" = old."Id";
            END;
            """,
        "PostgreSql" => $"""
            CREATE INDEX "IX_Posts_Text_Search" ON "Posts" USING GIN (to_tsvector('{PostgresConfiguration}', "Text"));
            """,
        "SqlServer" => "SELECT 1;",
        var other => throw new NotSupportedException($"No posting search index for provider '{other}'."),
    };

    /// <summary>
    /// SQLite only: puts back what a table rebuild of Posts dropped (the Templates_PostTemplates migration's rebuild did:
    /// the search triggers and the feed's two indexes) and indexes the postings written meanwhile. Idempotent.
    /// </summary>
    public static string RepairSqlite() => $"""
        CREATE INDEX IF NOT EXISTS "IX_Posts_District_SubmittedAt_Id" ON "Posts" ("District", "SubmittedAt", "Id");
        CREATE INDEX IF NOT EXISTS "IX_Posts_SubmittedAt_Id" ON "Posts" ("SubmittedAt", "Id");
        CREATE TABLE IF NOT EXISTS "{KeysTable}" ("Rowid" INTEGER PRIMARY KEY, "PostId" TEXT NOT NULL UNIQUE);
        CREATE VIRTUAL TABLE IF NOT EXISTS "{TextTable}" USING fts5("Text", content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
        CREATE TEMP TABLE "RepairFrom" AS SELECT coalesce(max("Rowid"), 0) AS "Last" FROM "{KeysTable}";
        INSERT INTO "{KeysTable}" ("PostId") SELECT p."Id" FROM "Posts" AS p WHERE NOT EXISTS (SELECT 1 FROM "{KeysTable}" AS k WHERE k."PostId" = p."Id");
        INSERT INTO "{TextTable}" (rowid, "Text") SELECT k."Rowid", p."Text" FROM "{KeysTable}" AS k JOIN "Posts" AS p ON p."Id" = k."PostId" WHERE k."Rowid" > (SELECT "Last" FROM temp."RepairFrom");
        DROP TABLE temp."RepairFrom";
        CREATE TRIGGER IF NOT EXISTS "TR_Posts_Search_Insert" AFTER INSERT ON "Posts" BEGIN
            INSERT INTO "{KeysTable}" ("PostId") VALUES (new."Id");
            INSERT INTO "{TextTable}" (rowid, "Text") VALUES (last_insert_rowid(), new."Text");
        END;
        CREATE TRIGGER IF NOT EXISTS "TR_Posts_Search_Update" AFTER UPDATE OF "Text" ON "Posts" WHEN new."Text" IS NOT old."Text" BEGIN
            DELETE FROM "{TextTable}" WHERE rowid = (SELECT "Rowid" FROM "{KeysTable}" WHERE "PostId" = old."Id");
            INSERT INTO "{TextTable}" (rowid, "Text") SELECT "Rowid", new."Text" FROM "{KeysTable}" WHERE "PostId" = new."Id";
        END;
        CREATE TRIGGER IF NOT EXISTS "TR_Posts_Search_Delete" AFTER DELETE ON "Posts" BEGIN
            DELETE FROM "{TextTable}" WHERE rowid = (SELECT "Rowid" FROM "{KeysTable}" WHERE "PostId" = old."Id");
            DELETE FROM "{KeysTable}" WHERE "PostId" = old."Id";
        END;
        """;

    public static string Drop(string? activeProvider) => Provider(activeProvider) switch
    {
        "Sqlite" => $"""
            DROP TRIGGER IF EXISTS "TR_Posts_Search_Insert";
            DROP TRIGGER IF EXISTS "TR_Posts_Search_Update";
            DROP TRIGGER IF EXISTS "TR_Posts_Search_Delete";
            DROP TABLE IF EXISTS "{TextTable}";
            DROP TABLE IF EXISTS "{KeysTable}";
            """,
        "PostgreSql" => """DROP INDEX IF EXISTS "IX_Posts_Text_Search";""",
        "SqlServer" => "SELECT 1;",
        var other => throw new NotSupportedException($"No posting search index for provider '{other}'."),
    };

    private static string Provider(string? activeProvider) => activeProvider switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "PostgreSql",
        "Microsoft.EntityFrameworkCore.SqlServer" => "SqlServer",
        _ => activeProvider ?? "(none)",
    };
}
