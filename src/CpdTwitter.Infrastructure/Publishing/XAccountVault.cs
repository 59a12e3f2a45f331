using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.XApi;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Publishing;

/// <summary>
/// Encrypts a district's X access token and secret with ASP.NET Core Data Protection before they are stored, and
/// turns a stored connection back into signing credentials for the publisher. The clear values never leave here
/// except inside <see cref="OAuthCredentials"/>.
/// </summary>
public sealed class XAccountVault(IDataProtectionProvider protection, IOptions<XOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CpdTwitter.XAccount.AccessToken.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public OAuthCredentials CredentialsFor(XAccountConnection account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var x = options.Value;
        if (x.IsSandbox)
        {
            throw new InvalidOperationException("X consumer credentials are not configured (X:ConsumerKey, X:ConsumerSecret).");
        }

        return new OAuthCredentials(x.ConsumerKey!, x.ConsumerSecret!,
            _protector.Unprotect(account.ProtectedAccessToken), _protector.Unprotect(account.ProtectedAccessTokenSecret));
    }
}
