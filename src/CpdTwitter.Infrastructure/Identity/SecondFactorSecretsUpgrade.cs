using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// At start-up, after the schema is current: authenticator keys and recovery codes stored in the clear before they
/// were protected are encrypted and hashed in place, so no clear secret stays at rest past the first start of this
/// version. The store also reads such a value correctly should one appear later (a restored backup). Idempotent;
/// one audit event says how many accounts were upgraded.
/// </summary>
public sealed class SecondFactorSecretsUpgrade(CpdTwitterDbContext db, SecondFactorSecrets secrets, AuditTrail audit)
{
    public const string SubjectId = "second-factor-secrets";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.UserTokens
            .Where(t => t.LoginProvider == SecondFactorSecrets.LoginProvider
                && (t.Name == SecondFactorSecrets.AuthenticatorKeyName || t.Name == SecondFactorSecrets.RecoveryCodesName)
                && t.Value != null && t.Value != string.Empty)
            .ToListAsync(cancellationToken);
        var upgraded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Name == SecondFactorSecrets.AuthenticatorKeyName && !SecondFactorSecrets.IsProtectedKey(row.Value))
            {
                row.Value = secrets.ProtectKey(row.Value!);
                upgraded.Add(row.UserId);
            }
            else if (row.Name == SecondFactorSecrets.RecoveryCodesName && !SecondFactorSecrets.AreHashedCodes(row.Value))
            {
                row.Value = SecondFactorSecrets.StoreHashes(SecondFactorSecrets.ReadHashes(row.UserId, row.Value));
                upgraded.Add(row.UserId);
            }
        }

        if (upgraded.Count > 0)
        {
            audit.Record(AuditActions.Mfa.SecretsProtected, AuditSubjects.User, SubjectId,
                details: new { accounts = upgraded.Count }, actorName: SystemAuditActor.SystemName);
            await db.SaveChangesAsync(cancellationToken);
        }

        return upgraded.Count;
    }
}
