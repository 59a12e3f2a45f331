using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Identity;

public sealed record NewUser(string LogOnId, string DisplayName, string Email, int? District, IReadOnlyCollection<string> Roles, string InitialPassword);

/// <summary>
/// What ISD does to accounts (directive V.D.1; no self-registration). Each act and its audit event commit together;
/// a refused act changes nothing and says why in <see cref="Outcome.Errors"/>.
/// </summary>
public sealed class UserAdministration(
    UserManager<ApplicationUser> users,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    IAuditActor actor,
    TimeProvider time)
{
    public const string OwnAssignmentMessage = "You cannot change your own roles or district: another ISD administrator does that.";
    public const string OwnDisableMessage = "You cannot disable your own account: another ISD administrator does that.";

    public Task<Outcome> CreateAsync(NewUser input, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var assignmentError = Roles.ValidateAssignment(input.Roles, input.District);
            if (assignmentError is not null)
            {
                return Outcome.Fail(nameof(NewUser.Roles), assignmentError);
            }

            var user = new ApplicationUser
            {
                UserName = input.LogOnId.Trim(),
                DisplayName = input.DisplayName.Trim(),
                Email = input.Email.Trim(),
                EmailConfirmed = true,
                DistrictNumber = input.District,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, input.InitialPassword);
            if (!created.Succeeded)
            {
                return Outcome.From(created);
            }

            var added = await users.AddToRolesAsync(user, input.Roles);
            if (!added.Succeeded)
            {
                return Outcome.From(added);
            }

            audit.Record(AuditActions.User.Created, AuditSubjects.User, user.Id, user.DistrictNumber,
                new { logOnId = user.UserName, roles = input.Roles.Order(StringComparer.Ordinal).ToArray() });
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    public Task<Outcome> ChangeAssignmentAsync(string userId, int? district, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var user = await FindAsync(userId);
            if (IsActingOn(user))
            {
                return Outcome.Fail(nameof(NewUser.Roles), OwnAssignmentMessage);
            }

            var assignmentError = Roles.ValidateAssignment(roles, district);
            if (assignmentError is not null)
            {
                return Outcome.Fail(nameof(NewUser.Roles), assignmentError);
            }

            var current = await users.GetRolesAsync(user);
            var removed = current.Except(roles, StringComparer.Ordinal).ToList();
            var added = roles.Except(current, StringComparer.Ordinal).ToList();
            if (removed.Count > 0)
            {
                var result = await users.RemoveFromRolesAsync(user, removed);
                if (!result.Succeeded)
                {
                    return Outcome.From(result);
                }
            }

            if (added.Count > 0)
            {
                var result = await users.AddToRolesAsync(user, added);
                if (!result.Succeeded)
                {
                    return Outcome.From(result);
                }
            }

            if (removed.Count > 0 || added.Count > 0)
            {
                audit.Record(AuditActions.User.RolesChanged, AuditSubjects.User, user.Id, district,
                    new { added = added.Order(StringComparer.Ordinal).ToArray(), removed = removed.Order(StringComparer.Ordinal).ToArray() });
            }

            if (user.DistrictNumber != district)
            {
                audit.Record(AuditActions.User.DistrictChanged, AuditSubjects.User, user.Id, district,
                    new { from = user.DistrictNumber, to = district });
                user.DistrictNumber = district;
            }

            // A new security stamp ends the member's sessions, so new permissions apply at once.
            await users.UpdateSecurityStampAsync(user);
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    public Task<Outcome> DisableAsync(string userId, string reason, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return Outcome.Fail("Reason", "Say why the account is disabled; the reason is kept in the audit trail.");
            }

            var user = await FindAsync(userId);
            if (IsActingOn(user))
            {
                return Outcome.Fail("Reason", OwnDisableMessage);
            }

            if (user.IsDisabled)
            {
                return Outcome.Fail(string.Empty, "The account is already disabled.");
            }

            user.DisabledAt = time.GetUtcNow().UtcDateTime;
            await users.UpdateSecurityStampAsync(user);
            audit.Record(AuditActions.User.Disabled, AuditSubjects.User, user.Id, user.DistrictNumber, new { reason = reason.Trim() });
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    public Task<Outcome> EnableAsync(string userId, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var user = await FindAsync(userId);
            if (!user.IsDisabled)
            {
                return Outcome.Fail(string.Empty, "The account is not disabled.");
            }

            user.DisabledAt = null;
            user.ReenabledAt = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            audit.Record(AuditActions.User.Enabled, AuditSubjects.User, user.Id, user.DistrictNumber);
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    public Task<Outcome> UnlockAsync(string userId, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var user = await FindAsync(userId);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            user.LastFailedSignInAt = null;
            await users.UpdateAsync(user);
            audit.Record(AuditActions.User.Unlocked, AuditSubjects.User, user.Id, user.DistrictNumber);
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    /// <summary>Turns MFA off and forgets the authenticator; the member enrols again at the next sign-in.</summary>
    public Task<Outcome> ResetMfaAsync(string userId, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var user = await FindAsync(userId);
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            await users.UpdateSecurityStampAsync(user); // ends the member's sessions (Identity does too; said here so it stays)
            audit.Record(AuditActions.Mfa.Reset, AuditSubjects.User, user.Id, user.DistrictNumber);
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    public Task<Outcome> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var user = await FindAsync(userId);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (!result.Succeeded)
            {
                return Outcome.From(result, "NewPassword");
            }

            await users.UpdateSecurityStampAsync(user); // ends the member's sessions (Identity does too; said here so it stays)
            audit.Record(AuditActions.User.PasswordReset, AuditSubjects.User, user.Id, user.DistrictNumber);
            return Outcome.Ok(user.Id);
        }, cancellationToken);

    /// <summary>Separation of duties (issue 11 finding 5): an administrator never widens, narrows or switches off his own access.</summary>
    private bool IsActingOn(ApplicationUser user) =>
        user.UserName is { Length: > 0 } name && string.Equals(actor.Name, name, StringComparison.OrdinalIgnoreCase);

    private async Task<ApplicationUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new DomainException("There is no such account.");
}
