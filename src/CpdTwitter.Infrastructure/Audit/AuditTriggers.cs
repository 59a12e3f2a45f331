namespace CpdTwitter.Infrastructure.Audit;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on the audit trail, per provider, so even a
/// direct SQL session cannot rewrite history without first dropping them (which itself needs DDL rights).
/// </summary>
public static class AuditTriggers
{
    public const string AuditTable = "AuditEvents";
    private const string Message = "audit events are append-only";

    public static string Create(string? activeProvider) => Provider(activeProvider) switch
    {
        "Sqlite" => $"""
            CREATE TRIGGER "TR_AuditEvents_NoUpdate" BEFORE UPDATE ON "{AuditTable}"
            BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            CREATE TRIGGER "TR_AuditEvents_NoDelete" BEFORE DELETE ON "{AuditTable}"
            BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            """,
        "PostgreSql" => $"""
            CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{Message}' USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            CREATE TRIGGER "TR_AuditEvents_NoUpdateDelete" BEFORE UPDATE OR DELETE ON "{AuditTable}"
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
            CREATE TRIGGER "TR_AuditEvents_NoTruncate" BEFORE TRUNCATE ON "{AuditTable}"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
            """,
        "SqlServer" => $"""
            CREATE TRIGGER [TR_AuditEvents_NoUpdateDelete] ON [{AuditTable}] INSTEAD OF UPDATE, DELETE
            AS BEGIN
                THROW 50001, '{Message}', 1;
            END;
            """,
        var other => throw new NotSupportedException($"No audit triggers for provider '{other}'."),
    };

    public static string Drop(string? activeProvider) => Provider(activeProvider) switch
    {
        "Sqlite" => """
            DROP TRIGGER IF EXISTS "TR_AuditEvents_NoUpdate";
            DROP TRIGGER IF EXISTS "TR_AuditEvents_NoDelete";
            """,
        "PostgreSql" => $"""
            DROP TRIGGER IF EXISTS "TR_AuditEvents_NoUpdateDelete" ON "{AuditTable}";
            DROP TRIGGER IF EXISTS "TR_AuditEvents_NoTruncate" ON "{AuditTable}";
            DROP FUNCTION IF EXISTS audit_events_append_only();
            """,
        "SqlServer" => "DROP TRIGGER IF EXISTS [TR_AuditEvents_NoUpdateDelete];",
        var other => throw new NotSupportedException($"No audit triggers for provider '{other}'."),
    };

    private static string Provider(string? activeProvider) => activeProvider switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "PostgreSql",
        "Microsoft.EntityFrameworkCore.SqlServer" => "SqlServer",
        _ => activeProvider ?? "(none)",
    };
}
