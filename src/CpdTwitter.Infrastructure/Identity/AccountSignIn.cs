using System.Security.Claims;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Identity;

public enum SignInStep
{
    SignedIn,
    MfaRequired,
    MfaEnrollmentRequired,
    Failed,
    LockedOut,
    NotAllowed,
    SessionExpired,
}

/// <summary>
/// Every way into the application: password, then TOTP or a recovery code, or first-time MFA enrolment.
/// Each attempt, and the audit event describing it, commits in one transaction.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    CpdTwitterDbContext db,
    AuditTrail audit,
    TimeProvider time,
    IOptions<SecurityOptions> security)
{
    public const string AnonymousActor = "anonymous";
    public const int RecoveryCodeCount = 10;
    private const int MaxLoggedLogOnIdLength = 64;

    // A hash of a random password, verified when the log-on ID is unknown, so both answers take as long.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = SecurityOptions.PasswordHashIterations }))
            .HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    /// <summary>
    /// Checks a log-on ID and password. Unknown, wrong, locked and disabled all cost one full password-hash
    /// verification, so the time taken does not tell which it was; the page shows them one message.
    /// </summary>
    public async Task<SignInStep> PasswordAsync(string logOnId, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(logOnId.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), DecoyHash.Value, password);
            audit.Record(AuditActions.SignIn.Failed, AuditSubjects.User, null,
                details: new { logOnId = Shorten(logOnId), reason = "unknown log-on ID" }, actorName: AnonymousActor);
            await db.SaveChangesAsync(cancellationToken);
            return SignInStep.Failed;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        SignInStep step;
        if (user.IsDisabled || IsLocked(user))
        {
            // The answer is the same whatever the password; the verification is there for the time it takes.
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DecoyHash.Value, password);
            audit.Record(AuditActions.SignIn.Refused, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { reason = user.IsDisabled ? "account disabled" : "account locked" }, user.UserName);
            step = user.IsDisabled ? SignInStep.NotAllowed : SignInStep.LockedOut;
        }
        else
        {
            await ForgetStaleFailuresAsync(user);
            step = await users.CheckPasswordAsync(user, password)
                ? await PasswordAcceptedAsync(user)
                : await PasswordRefusedAsync(user);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return step;
    }

    /// <summary>Locked now, on the application's clock (Identity's own check reads the system clock).</summary>
    public bool IsLocked(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LockoutEnabled && user.LockoutEnd is { } end && end > time.GetUtcNow();
    }

    private async Task<SignInStep> PasswordAcceptedAsync(ApplicationUser user)
    {
        if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return await AfterPasswordAcceptedAsync(user);
    }

    private async Task<SignInStep> PasswordRefusedAsync(ApplicationUser user)
    {
        var lockBefore = user.LockoutEnd;
        await users.AccessFailedAsync(user);
        user.LastFailedSignInAt = Now();
        if (user.LockoutEnd != lockBefore)
        {
            // The fifth failure: the lock runs from now on the application's clock and lifts by itself.
            await users.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(security.Value.LockoutDuration));
            audit.Record(AuditActions.SignIn.LockedOut, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { reason = $"{security.Value.MaxFailedSignIns} failed sign-ins", lockedUntil = user.LockoutEnd?.UtcDateTime }, user.UserName);
            return SignInStep.LockedOut;
        }

        await users.UpdateAsync(user);
        audit.Record(AuditActions.SignIn.Failed, AuditSubjects.User, user.Id, user.DistrictNumber,
            new { reason = "wrong password", failedCount = user.AccessFailedCount }, user.UserName);
        return SignInStep.Failed;
    }

    /// <summary>The member half-way through sign-in (password accepted, second factor pending), if any.</summary>
    public Task<ApplicationUser?> PendingUserAsync() => signInManager.GetTwoFactorAuthenticationUserAsync();

    public async Task<SignInStep> AuthenticatorCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return SignInStep.SessionExpired;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(Normalize(code), isPersistent: false, rememberClient: false);
        var step = await RecordSecondFactorAsync(user, result, "password+totp");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return step;
    }

    public async Task<SignInStep> RecoveryCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return SignInStep.SessionExpired;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", string.Empty, StringComparison.Ordinal));
        var step = await RecordSecondFactorAsync(user, result, "password+recovery-code");
        if (step == SignInStep.SignedIn)
        {
            audit.Record(AuditActions.Mfa.RecoveryCodeUsed, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { remaining = await users.CountRecoveryCodesAsync(user) }, user.UserName);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return step;
    }

    /// <summary>The shared secret for the member's authenticator app, created on first use.</summary>
    public async Task<string> AuthenticatorKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return key ?? throw new InvalidOperationException("The authenticator key could not be created.");
    }

    /// <summary>Confirms the first code from a newly set-up authenticator, turns MFA on and signs the member in.</summary>
    public async Task<(SignInStep Step, IReadOnlyList<string> RecoveryCodes)> EnrollAsync(string code, CancellationToken cancellationToken = default)
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return (SignInStep.SessionExpired, []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(code));
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            audit.Record(locked ? AuditActions.SignIn.LockedOut : AuditActions.Mfa.Failed, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { reason = "wrong enrolment code" }, user.UserName);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (locked ? SignInStep.LockedOut : SignInStep.Failed, []);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        audit.Record(AuditActions.Mfa.Enrolled, AuditSubjects.User, user.Id, user.DistrictNumber, actorName: user.UserName);
        await signInManager.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await CompleteSignInAsync(user, "password+totp");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (SignInStep.SignedIn, codes);
    }

    /// <summary>
    /// Signs the member out everywhere: a new security stamp makes every copy of every session cookie of theirs
    /// worthless at its next request (SessionLifetime checks the stamp on each one).
    /// </summary>
    public async Task SignOutAsync(ApplicationUser? user, CancellationToken cancellationToken = default)
    {
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
            audit.Record(AuditActions.SignIn.SignedOut, AuditSubjects.User, user.Id, user.DistrictNumber, actorName: user.UserName);
            await db.SaveChangesAsync(cancellationToken);
        }

        await signInManager.SignOutAsync();
    }

    private async Task<SignInStep> AfterPasswordAcceptedAsync(ApplicationUser user)
    {
        if (user.TwoFactorEnabled || security.Value.RequireMfa)
        {
            await RememberPendingUserAsync(user);
            return user.TwoFactorEnabled ? SignInStep.MfaRequired : SignInStep.MfaEnrollmentRequired;
        }

        await CompleteSignInAsync(user, "password");
        return SignInStep.SignedIn;
    }

    private async Task<SignInStep> RecordSecondFactorAsync(ApplicationUser user, SignInResult result, string method)
    {
        if (result.Succeeded)
        {
            await RecordSignedInAsync(user, method);
            return SignInStep.SignedIn;
        }

        if (result.IsLockedOut)
        {
            audit.Record(AuditActions.SignIn.LockedOut, AuditSubjects.User, user.Id, user.DistrictNumber, new { reason = "failed second factor" }, user.UserName);
            return SignInStep.LockedOut;
        }

        if (result.IsNotAllowed)
        {
            audit.Record(AuditActions.SignIn.Refused, AuditSubjects.User, user.Id, user.DistrictNumber, new { reason = "not allowed" }, user.UserName);
            return SignInStep.NotAllowed;
        }

        audit.Record(AuditActions.Mfa.Failed, AuditSubjects.User, user.Id, user.DistrictNumber, new { method }, user.UserName);
        return SignInStep.Failed;
    }

    private async Task CompleteSignInAsync(ApplicationUser user, string method)
    {
        await signInManager.SignInAsync(user, isPersistent: false, authenticationMethod: method);
        await RecordSignedInAsync(user, method);
    }

    private async Task RecordSignedInAsync(ApplicationUser user, string method)
    {
        user.LastSignInAt = Now();
        user.LastFailedSignInAt = null;
        await users.UpdateAsync(user);
        audit.Record(AuditActions.SignIn.Succeeded, AuditSubjects.User, user.Id, user.DistrictNumber, new { method }, user.UserName);
    }

    // Same claim Identity itself writes when a password is accepted and a second factor is due.
    private Task RememberPendingUserAsync(ApplicationUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        return signInManager.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Five failures count only within the window (15 minutes by default); older ones are forgotten.</summary>
    private async Task ForgetStaleFailuresAsync(ApplicationUser user)
    {
        var window = TimeSpan.FromMinutes(security.Value.FailureWindowMinutes);
        if (user.AccessFailedCount > 0 && user.LastFailedSignInAt is { } last && Now() - last > window && !IsLocked(user))
        {
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Normalize(string code) =>
        code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static string Shorten(string value) =>
        value.Length <= MaxLoggedLogOnIdLength ? value : value[..MaxLoggedLogOnIdLength];
}
