using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// Identity's EF store, except that the authenticator key is stored encrypted and recovery codes only as hashes
/// (<see cref="SecondFactorSecrets"/>). Everything else is Identity's own.
/// </summary>
public sealed class CpdUserStore(CpdTwitterDbContext context, SecondFactorSecrets secrets, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, CpdTwitterDbContext>(context, describer)
{
    public override Task SetAuthenticatorKeyAsync(ApplicationUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, SecondFactorSecrets.LoginProvider, SecondFactorSecrets.AuthenticatorKeyName, secrets.ProtectKey(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(ApplicationUser user, CancellationToken cancellationToken) =>
        secrets.UnprotectKey(await GetTokenAsync(user, SecondFactorSecrets.LoginProvider, SecondFactorSecrets.AuthenticatorKeyName, cancellationToken));

    public override Task ReplaceCodesAsync(ApplicationUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hashes = recoveryCodes.Select(code => SecondFactorSecrets.Hash(user.Id, code));
        return SetTokenAsync(user, SecondFactorSecrets.LoginProvider, SecondFactorSecrets.RecoveryCodesName, SecondFactorSecrets.StoreHashes(hashes), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(ApplicationUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        var hashes = await HashesAsync(user, cancellationToken);
        var given = SecondFactorSecrets.Hash(user.Id, code);
        var match = hashes.FindIndex(h => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(h), System.Text.Encoding.ASCII.GetBytes(given)));
        if (match < 0)
        {
            return false;
        }

        hashes.RemoveAt(match);
        await SetTokenAsync(user, SecondFactorSecrets.LoginProvider, SecondFactorSecrets.RecoveryCodesName, SecondFactorSecrets.StoreHashes(hashes), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(ApplicationUser user, CancellationToken cancellationToken) =>
        (await HashesAsync(user, cancellationToken)).Count;

    private async Task<List<string>> HashesAsync(ApplicationUser user, CancellationToken cancellationToken) =>
        SecondFactorSecrets.ReadHashes(user.Id, await GetTokenAsync(user, SecondFactorSecrets.LoginProvider, SecondFactorSecrets.RecoveryCodesName, cancellationToken));
}
