namespace CpdTwitter.Infrastructure.Audit;

/// <summary>Who is acting right now: the signed-in member's log-on ID, or "system".</summary>
public interface IAuditActor
{
    string Name { get; }
}

public sealed class SystemAuditActor : IAuditActor
{
    public const string SystemName = "system";

    public string Name => SystemName;
}
