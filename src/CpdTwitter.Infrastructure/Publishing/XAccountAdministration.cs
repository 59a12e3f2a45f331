using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.XApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Publishing;

/// <summary>
/// ISD connects each district's one X account (III.D): the access token and secret are encrypted before they are
/// stored and never come back out except to sign requests; testing the connection asks X who the account is.
/// </summary>
public sealed class XAccountAdministration(
    CpdTwitterDbContext db,
    UnitOfWork unitOfWork,
    XAccountVault vault,
    IXClient x,
    AuditTrail audit,
    PublisherSignal publisher,
    IOptions<XOptions> options,
    TimeProvider time)
{
    public const int TokenMaxLength = 200;

    public bool Sandbox => options.Value.IsSandbox;

    public async Task<Outcome> ConnectAsync(int district, string? accessToken, string? accessTokenSecret, Actor by, CancellationToken cancellationToken = default)
    {
        var token = accessToken?.Trim() ?? string.Empty;
        var secret = accessTokenSecret?.Trim() ?? string.Empty;
        var errors = new List<(string, string)>();
        if (token.Length == 0)
        {
            errors.Add(("AccessToken", "Paste the account's access token."));
        }
        else if (token.Length > TokenMaxLength || token.Any(char.IsControl))
        {
            errors.Add(("AccessToken", "That does not look like an X access token (one line, at most 200 characters)."));
        }

        if (secret.Length == 0)
        {
            errors.Add(("AccessTokenSecret", "Paste the account's access token secret."));
        }
        else if (secret.Length > TokenMaxLength || secret.Any(char.IsControl))
        {
            errors.Add(("AccessTokenSecret", "That does not look like an X access token secret (one line, at most 200 characters)."));
        }

        if (!ChicagoDistricts.Exists(district))
        {
            errors.Add((string.Empty, "There is no such district."));
        }

        if (errors.Count > 0)
        {
            return new Outcome(false, null, errors);
        }

        var outcome = await unitOfWork.CommitAsync(async () =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var account = await db.XAccounts.SingleOrDefaultAsync(a => a.District == district, cancellationToken);
            var reconnect = account is not null;
            if (account is null)
            {
                db.XAccounts.Add(new XAccountConnection(district, vault.Protect(token), vault.Protect(secret), by, now));
            }
            else
            {
                account.Reconnect(vault.Protect(token), vault.Protect(secret), by, now);
            }

            audit.Record(AuditActions.XAccount.Connected, AuditSubjects.XAccount, district.ToString(CultureInfo.InvariantCulture), district, new { reconnect });
            return district.ToString(CultureInfo.InvariantCulture);
        }, cancellationToken);
        if (outcome.Succeeded)
        {
            publisher.Wake();
        }

        return outcome;
    }

    /// <summary>Asks X who the stored credentials belong to (GET /2/users/me) and records the handle.</summary>
    public async Task<Outcome> TestAsync(int district, CancellationToken cancellationToken = default)
    {
        if (Sandbox)
        {
            return Outcome.Fail(string.Empty, "Sandbox: the program's own X app key and secret are not set up on this server, so no connection can be tested.");
        }

        var account = await db.XAccounts.SingleOrDefaultAsync(a => a.District == district, cancellationToken);
        if (account is null)
        {
            return Outcome.Fail(string.Empty, "Connect the account first.");
        }

        OAuthCredentials credentials;
        try
        {
            credentials = vault.CredentialsFor(account);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Outcome.Fail(string.Empty, "The stored token cannot be decrypted (was the key ring lost?). Reconnect the account.");
        }

        var (result, who) = await x.GetMeAsync(credentials, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (result.Succeeded && who is not null)
        {
            return await unitOfWork.CommitAsync(() =>
            {
                account.Verified(who.Id, who.Username, now);
                audit.Record(AuditActions.XAccount.Verified, AuditSubjects.XAccount, district.ToString(CultureInfo.InvariantCulture), district, new { handle = who.Username });
                return Task.FromResult("@" + who.Username);
            }, cancellationToken);
        }

        if (result.Outcome == XOutcome.Unauthorized)
        {
            await unitOfWork.CommitAsync(() =>
            {
                account.Unauthorized(result.Message ?? "X refused the credentials (401).", now);
                audit.Record(AuditActions.XAccount.NeedsReconnect, AuditSubjects.XAccount, district.ToString(CultureInfo.InvariantCulture), district, new { message = result.Message });
                return Task.FromResult(district.ToString(CultureInfo.InvariantCulture));
            }, cancellationToken);
            return Outcome.Fail(string.Empty, "X refused these credentials (401 Unauthorized). Check the token and secret and reconnect.");
        }

        return Outcome.Fail(string.Empty, result.Outcome switch
        {
            XOutcome.RateLimited => "X's rate limit was reached; try again after a few minutes.",
            XOutcome.NotSent => "X could not be reached from this server.",
            _ => $"X did not confirm the account: {result.Message ?? result.Outcome.ToString()}",
        });
    }
}
