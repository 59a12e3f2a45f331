using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Representatives;

/// <summary>
/// One member's appointment as a district Twitter representative, in one of the district's two slots
/// (directive V.A.1). Appointments are never deleted: a replacement ends the old one with a date and reason.
/// </summary>
public sealed class Appointment : Districts.IDistrictOwned
{
    public const int ReasonMaxLength = 500;

    private Appointment()
    {
        UserId = LogOnId = Name = Rank = StarNumber = EmployeeNumber = Email = AppointedById = AppointedByName = string.Empty;
    }

    internal Appointment(int district, int slot, RepresentativeDetails details, Guid submissionId, Actor appointedBy, DateTime appointedAtUtc)
        : this()
    {
        Id = Guid.NewGuid();
        District = district;
        Slot = slot;
        UserId = details.UserId;
        LogOnId = details.LogOnId;
        Name = details.Name;
        Rank = details.Rank;
        StarNumber = details.Star.Value;
        EmployeeNumber = details.EmployeeNumber.Value;
        Email = details.Email.Value;
        SubmissionId = submissionId;
        AppointedById = appointedBy.UserId;
        AppointedByName = appointedBy.Name;
        AppointedAt = appointedAtUtc;
    }

    public Guid Id { get; private set; }

    public int District { get; private set; }

    /// <summary>1 or 2: every district has exactly two representative slots.</summary>
    public int Slot { get; private set; }

    public string UserId { get; private set; }

    public string LogOnId { get; private set; }

    public string Name { get; private set; }

    public string Rank { get; private set; }

    public string StarNumber { get; private set; }

    public string EmployeeNumber { get; private set; }

    public string Email { get; private set; }

    /// <summary>The submission to News Affairs that named this representative.</summary>
    public Guid SubmissionId { get; private set; }

    /// <summary>The account id of the commander who made the appointment.</summary>
    public string AppointedById { get; private set; }

    public string AppointedByName { get; private set; }

    public DateTime AppointedAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    /// <summary>The account id of the commander who ended the appointment by replacing the representative.</summary>
    public string? EndedById { get; private set; }

    public string? EndedByName { get; private set; }

    public string? EndReason { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    /// <summary>The account id of the News Affairs member who acknowledged the submission naming this representative.</summary>
    public string? AcknowledgedById { get; private set; }

    public string? AcknowledgedByName { get; private set; }

    public bool IsActiveAt(DateTime utc) => AppointedAt <= utc && (EndedAt is null || utc < EndedAt);

    public bool IsActive => EndedAt is null;

    /// <summary>News Affairs has acknowledged the submission that named this representative: they may publish.</summary>
    public bool IsAcknowledged => AcknowledgedAt is not null;

    internal void End(DateTime effectiveUtc, string reason, Actor endedBy)
    {
        if (EndedAt is not null)
        {
            throw new DomainException("This appointment has already ended.");
        }

        if (effectiveUtc < AppointedAt)
        {
            throw new DomainException("An appointment cannot end before it began.");
        }

        EndedAt = effectiveUtc;
        EndReason = reason;
        EndedById = endedBy.UserId;
        EndedByName = endedBy.Name;
    }

    internal void Acknowledge(Actor by, DateTime atUtc)
    {
        if (IsAcknowledged)
        {
            return;
        }

        AcknowledgedAt = atUtc;
        AcknowledgedById = by.UserId;
        AcknowledgedByName = by.Name;
    }
}
