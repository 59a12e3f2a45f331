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
        var wasLockedOut = await users.IsLockedOutAsync(user);
        await ForgetStaleFailuresAsync(user);
        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);

        SignInStep step;
        if (result.Succeeded)
        {
            step = await AfterPasswordAcceptedAsync(user);
        }
        else if (result.IsLockedOut)
        {
            var action = wasLockedOut ? AuditActions.SignIn.Refused : AuditActions.SignIn.LockedOut;
            audit.Record(action, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { reason = wasLockedOut ? "account locked" : $"{security.Value.MaxFailedSignIns} failed sign-ins" }, user.UserName);
            step = SignInStep.LockedOut;
        }
        else if (result.IsNotAllowed)
        {
            audit.Record(AuditActions.SignIn.Refused, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { reason = user.IsDisabled ? "account disabled" : "not allowed" }, user.UserName);
            step = SignInStep.NotAllowed;
        }
        else
        {
            user.LastFailedSignInAt = Now();
            await users.UpdateAsync(user);
            audit.Record(AuditActions.SignIn.Failed, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { reason = "wrong password", failedCount = user.AccessFailedCount }, user.UserName);
            step = SignInStep.Failed;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return step;
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

    public async Task SignOutAsync(ApplicationUser? user, CancellationToken cancellationToken = default)
    {
        await signInManager.SignOutAsync();
        if (user is not null)
        {
            audit.Record(AuditActions.SignIn.SignedOut, AuditSubjects.User, user.Id, user.DistrictNumber, actorName: user.UserName);
            await db.SaveChangesAsync(cancellationToken);
        }
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
        if (user.AccessFailedCount > 0 && user.LastFailedSignInAt is { } last && Now() - last > window
            && !await users.IsLockedOutAsync(user))
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
