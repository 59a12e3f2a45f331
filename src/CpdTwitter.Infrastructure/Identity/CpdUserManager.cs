using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// Identity's user manager, except that recovery codes are 16 characters (four groups of four) from Identity's own
/// 26-character alphabet without look-alikes: about 75 bits each, so the fast hash they are stored under
/// (<see cref="SecondFactorSecrets.Hash"/>) cannot be reversed by guessing.
/// </summary>
public sealed class CpdUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public const string RecoveryCodeAlphabet = "23456789BCDFGHJKMNPQRTVWXY";
    public const int RecoveryCodeGroups = 4;
    public const int RecoveryCodeGroupLength = 4;

    protected override string CreateTwoFactorRecoveryCode()
    {
        var groups = new string[RecoveryCodeGroups];
        for (var g = 0; g < RecoveryCodeGroups; g++)
        {
            groups[g] = RandomNumberGenerator.GetString(RecoveryCodeAlphabet, RecoveryCodeGroupLength);
        }

        return string.Join('-', groups);
    }
}
