using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Seeding;

public sealed record DemoAccount(string LogOnId, string DisplayName, int? District, params string[] Roles);

/// <summary>
/// Fictitious members for trying the product in Development (<c>Seed:Demo</c>). Never run elsewhere:
/// they share one published password.
/// </summary>
public sealed class DemoSeeder(UserManager<ApplicationUser> users, CpdTwitterDbContext db, AuditTrail audit, TimeProvider time)
{
    public const string Password = "Near-West-Demo-2026";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("isd.whitfield", "Dana Whitfield", null, Roles.IsdAdministrator),
        new("news.bell", "Marcus Bell", null, Roles.NewsAffairs),
        new("cmdr.ortiz", "Cmdr. Helen Ortiz", 12, Roles.Commander),
        new("sgt.kowalski", "Sgt. Ray Kowalski", 12, Roles.CommunityPolicingSergeant),
        new("po.grant", "P.O. Aisha Grant", 12, Roles.Representative),
        new("po.moreno", "P.O. Luis Moreno", 12, Roles.Representative),
        new("cmdr.haddad", "Cmdr. Samir Haddad", 11, Roles.Commander),
        new("sgt.brennan", "Sgt. Colleen Brennan", 11, Roles.CommunityPolicingSergeant),
        new("po.okafor", "P.O. Chidi Okafor", 11, Roles.Representative),
        new("cmdr.lindqvist", "Cmdr. Erik Lindqvist", 18, Roles.Commander),
        new("sgt.reyes", "Sgt. Marisol Reyes", 18, Roles.CommunityPolicingSergeant),
        new("po.nakamura", "P.O. Kenji Nakamura", 18, Roles.Representative),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? sharedHash = null;
        foreach (var account in Accounts)
        {
            var user = new ApplicationUser
            {
                UserName = account.LogOnId,
                DisplayName = account.DisplayName,
                Email = $"{account.LogOnId}@demo.chicagopolice.org",
                EmailConfirmed = true,
                DistrictNumber = account.District,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };

            // 600,000 PBKDF2 iterations per hash: hash the shared demo password once.
            sharedHash ??= users.PasswordHasher.HashPassword(user, Password);
            user.PasswordHash = sharedHash;
            Check(await users.CreateAsync(user));
            Check(await users.AddToRolesAsync(user, account.Roles));
            audit.Record(AuditActions.UserCreated, "User", user.Id, user.DistrictNumber,
                new { logOnId = user.UserName, roles = account.Roles, demo = true });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
