using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Representatives;

public sealed record RepresentativeInput(string? LogOnId, string? Name, string? Rank, string? StarNumber, string? EmployeeNumber, string? Email);

/// <summary>
/// The commander's registry of the district's two representatives and its submissions to News Affairs
/// (directive V.A). Each change and its audit event commit together; bad input changes nothing and
/// comes back as messages for the fields of <see cref="RepresentativeInput"/>.
/// </summary>
public sealed class RepresentativeRegistry(
    CpdTwitterDbContext db,
    UnitOfWork unitOfWork,
    UserManager<ApplicationUser> users,
    AuditTrail audit,
    Notifications.Notifier notifier,
    TimeProvider time,
    IOptions<RegistryOptions> options)
{
    public async Task<DistrictRegistry> LoadAsync(int district, CancellationToken cancellationToken = default) =>
        new(district, await db.Appointments.Where(a => a.District == district && a.EndedAt == null).ToListAsync(cancellationToken));

    public async Task<Outcome> AppointAsync(int district, int slot, RepresentativeInput input, Actor by, CancellationToken cancellationToken = default)
    {
        var (details, errors) = await ValidateAsync(district, input, replacing: null, cancellationToken);
        if (details is null)
        {
            return errors;
        }

        return await unitOfWork.CommitAsync(async () =>
        {
            var registry = await LoadAsync(district, cancellationToken);
            var (appointment, submission) = registry.Appoint(slot, details, by, Now(), await MemberAppointmentsAsync(details.UserId, cancellationToken));
            db.RegistrySubmissions.Add(submission);
            db.Appointments.Add(appointment);
            audit.Record(AuditActions.Registry.Appointed, AuditSubjects.Appointment, appointment.Id.ToString(), district,
                new { slot, name = appointment.Name, rank = appointment.Rank, star = appointment.StarNumber, submission = submission.Id });
            await NotifyNewsAffairsAsync(submission, cancellationToken);
            return appointment.Id.ToString();
        }, cancellationToken);
    }

    public async Task<Outcome> ReplaceAsync(int district, int slot, RepresentativeInput input, DateOnly? effectiveDate, string? reason, Actor by, CancellationToken cancellationToken = default)
    {
        var current = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.District == district && a.Slot == slot && a.EndedAt == null, cancellationToken);
        var (details, errors) = await ValidateAsync(district, input, current?.Id, cancellationToken);
        var problems = errors.Errors.ToList();
        if (effectiveDate is null)
        {
            problems.Add(("EffectiveDate", "Enter the date the replacement takes effect."));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(("Reason", "Give the reason for the replacement."));
        }

        if (details is null || problems.Count > 0)
        {
            return new Outcome(false, null, problems);
        }

        var effective = EffectiveUtc(effectiveDate!.Value);
        return await unitOfWork.CommitAsync(async () =>
        {
            var registry = await LoadAsync(district, cancellationToken);
            var (appointment, submission, ended) = registry.Replace(slot, details, effective, effectiveDate.Value, reason!, by, Now(), await MemberAppointmentsAsync(details.UserId, cancellationToken));

            // End the old appointment first: the active-slot unique index must never see two at once.
            await db.SaveChangesAsync(cancellationToken);
            db.RegistrySubmissions.Add(submission);
            db.Appointments.Add(appointment);
            audit.Record(AuditActions.Registry.Replaced, AuditSubjects.Appointment, appointment.Id.ToString(), district,
                new { slot, name = appointment.Name, rank = appointment.Rank, star = appointment.StarNumber, replaced = ended.Id, endedAt = ended.EndedAt, reason = ended.EndReason, submission = submission.Id });
            await NotifyNewsAffairsAsync(submission, cancellationToken);
            return appointment.Id.ToString();
        }, cancellationToken);
    }

    public Task<Outcome> AcknowledgeAsync(Guid submissionId, Actor by, CancellationToken cancellationToken = default) =>
        unitOfWork.CommitAsync(async () =>
        {
            var submission = await db.RegistrySubmissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken)
                ?? throw new DomainException("There is no such submission.");
            var appointments = await db.Appointments.Where(a => a.SubmissionId == submissionId).ToListAsync(cancellationToken);
            submission.Acknowledge(by, Now(), appointments);
            audit.Record(AuditActions.Registry.Acknowledged, AuditSubjects.RegistrySubmission, submission.Id.ToString(), submission.District, new { summary = submission.Summary });
            return submission.Id.ToString();
        }, cancellationToken);

    private Task<List<Appointment>> MemberAppointmentsAsync(string userId, CancellationToken cancellationToken) =>
        db.Appointments.AsNoTracking().Where(a => a.UserId == userId && a.EndedAt == null).ToListAsync(cancellationToken);

    private Task NotifyNewsAffairsAsync(RegistrySubmission submission, CancellationToken cancellationToken) =>
        notifier.NotifyRoleAsync(Domain.People.Roles.NewsAffairs, null,
            $"District {submission.District:000} registry submission awaits acknowledgement: {submission.Summary}", AppLinks.NewsAffairsRepresentatives, cancellationToken);

    private async Task<(RepresentativeDetails? Details, Outcome Errors)> ValidateAsync(int district, RepresentativeInput input, Guid? replacing, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        T? Parse<T>(string field, Func<T> parse)
            where T : class
        {
            try
            {
                return parse();
            }
            catch (DomainException ex)
            {
                errors.Add((field, ex.Message));
                return null;
            }
        }

        var star = Parse(nameof(input.StarNumber), () => StarNumber.Create(input.StarNumber));
        var employee = Parse(nameof(input.EmployeeNumber), () => EmployeeNumber.Create(input.EmployeeNumber, options.Value.EmployeeNumberLength));
        if (string.IsNullOrWhiteSpace(input.Rank) || !await db.Ranks.AnyAsync(r => r.Name == input.Rank, cancellationToken))
        {
            errors.Add((nameof(input.Rank), "Choose the member's rank from the list."));
        }

        var user = await AccountAsync(district, input.LogOnId, errors, cancellationToken);
        string? name = null;
        DepartmentEmail? email = null;
        if (user is not null)
        {
            // Name and e-mail are the account's (finding 6 of issue #11): left blank they are filled from it, typed
            // they must match it, so a log-on ID cannot be registered under another person's name or address.
            var accountName = user.DisplayName;
            if (string.IsNullOrWhiteSpace(input.Name))
            {
                name = RepresentativeDetails.NameFromAccount(accountName);
            }
            else if (RepresentativeDetails.NameMatchesAccount(input.Name, accountName))
            {
                name = input.Name.Trim();
            }
            else
            {
                errors.Add((nameof(input.Name), $"This is not the name on the account {user.UserName} ({accountName}). Leave it blank to use the account's name, or check the log-on ID."));
            }

            var accountEmail = Parse(nameof(input.Email), () => AccountEmail(user));
            if (accountEmail is not null && !string.IsNullOrWhiteSpace(input.Email))
            {
                var typed = Parse(nameof(input.Email), () => DepartmentEmail.Create(input.Email, options.Value.EmailDomain));
                if (typed is not null && typed != accountEmail)
                {
                    errors.Add((nameof(input.Email), $"This is not the Department e-mail on the account {user.UserName} ({accountEmail.Value}). Leave it blank to use the account's address, or check the log-on ID."));
                }
            }

            email = accountEmail;
        }
        else if (!string.IsNullOrWhiteSpace(input.Email))
        {
            Parse(nameof(input.Email), () => DepartmentEmail.Create(input.Email, options.Value.EmailDomain));
        }

        var active = db.Appointments.AsNoTracking().Where(a => a.EndedAt == null && a.Id != replacing);
        if (star is not null && await active.AnyAsync(a => a.StarNumber == star.Value, cancellationToken))
        {
            errors.Add((nameof(input.StarNumber), "This star number is already registered to another active representative."));
        }

        if (employee is not null && await active.AnyAsync(a => a.EmployeeNumber == employee.Value, cancellationToken))
        {
            errors.Add((nameof(input.EmployeeNumber), "This employee number is already registered to another active representative."));
        }

        if (errors.Count > 0 || user is null || name is null || star is null || employee is null || email is null)
        {
            return (null, new Outcome(false, null, errors));
        }

        return (RepresentativeDetails.Create(user.Id, user.UserName!, name, input.Rank!, star, employee, email), Outcome.Ok());
    }

    /// <summary>The log-on ID must name an enabled representative's account of this district.</summary>
    private async Task<ApplicationUser?> AccountAsync(int district, string? logOnId, List<(string, string)> errors, CancellationToken cancellationToken)
    {
        const string field = nameof(RepresentativeInput.LogOnId);
        if (string.IsNullOrWhiteSpace(logOnId))
        {
            errors.Add((field, "Enter the member's log-on ID."));
            return null;
        }

        var user = logOnId.Trim().Length > 256 ? null : await users.FindByNameAsync(logOnId.Trim());
        string? problem = null;
        if (user is null)
        {
            problem = "There is no account with this log-on ID. ISD creates accounts.";
        }
        else if (user.DistrictNumber != district)
        {
            problem = "This log-on ID belongs to a member of another district.";
        }
        else if (user.IsDisabled)
        {
            problem = "This account is disabled. ISD re-enables accounts.";
        }
        else if (!await users.IsInRoleAsync(user, Domain.People.Roles.Representative))
        {
            problem = "This account does not hold the Representative role. ISD assigns roles.";
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (problem is not null)
        {
            errors.Add((field, problem));
            return null;
        }

        return user;
    }

    private DepartmentEmail AccountEmail(ApplicationUser user)
    {
        try
        {
            return DepartmentEmail.Create(user.Email, options.Value.EmailDomain);
        }
        catch (DomainException)
        {
            throw new DomainException($"The account {user.UserName} has no Department e-mail address (…@{options.Value.EmailDomain}). ISD corrects it on the account.");
        }
    }

    /// <summary>A replacement dated today takes effect now; another date at the start of that day in Chicago.</summary>
    private DateTime EffectiveUtc(DateOnly date)
    {
        var now = Now();
        return date == ChicagoTime.DateOf(now)
            ? now
            : TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), ChicagoTime.Zone);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
