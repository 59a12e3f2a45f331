using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Representatives;

/// <summary>
/// A commander's submission of representative details to the Office of News Affairs (directive V.A.2).
/// Until News Affairs acknowledges it, the representative it names may draft but not publish.
/// </summary>
public sealed class RegistrySubmission : Districts.IDistrictOwned
{
    public const int SummaryMaxLength = 1000;

    private RegistrySubmission()
    {
        SubmittedById = SubmittedByName = Summary = string.Empty;
    }

    internal RegistrySubmission(int district, Actor submittedBy, DateTime submittedAtUtc, string summary)
        : this()
    {
        Id = Guid.NewGuid();
        District = district;
        SubmittedById = submittedBy.UserId;
        SubmittedByName = submittedBy.Name;
        SubmittedAt = submittedAtUtc;
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
    }

    public Guid Id { get; private set; }

    public int District { get; private set; }

    /// <summary>The account id of the commander who made the submission.</summary>
    public string SubmittedById { get; private set; }

    public string SubmittedByName { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    /// <summary>What changed, in words: "Slot 1: P.O. Aisha Grant (star 12345) appointed".</summary>
    public string Summary { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    /// <summary>The account id of the News Affairs member who acknowledged it.</summary>
    public string? AcknowledgedById { get; private set; }

    public string? AcknowledgedByName { get; private set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>News Affairs confirms receipt; the representatives the submission named may now publish.</summary>
    public void Acknowledge(Actor by, DateTime atUtc, IEnumerable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(appointments);
        if (!by.Is(Roles.NewsAffairs))
        {
            throw new DomainException("Only the Office of News Affairs acknowledges a registry submission.");
        }

        if (IsAcknowledged)
        {
            throw new DomainException($"This submission was already acknowledged by {AcknowledgedByName}.");
        }

        if (string.Equals(by.UserId, SubmittedById, StringComparison.Ordinal))
        {
            throw new DomainException("A submission is acknowledged by someone other than the person who made it.");
        }

        AcknowledgedAt = atUtc;
        AcknowledgedById = by.UserId;
        AcknowledgedByName = by.Name;
        foreach (var appointment in appointments.Where(a => a.SubmissionId == Id))
        {
            appointment.Acknowledge(by, atUtc);
        }
    }
}
