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
        SubmittedBy = Summary = string.Empty;
    }

    internal RegistrySubmission(int district, string submittedBy, DateTime submittedAtUtc, string summary)
        : this()
    {
        Id = Guid.NewGuid();
        District = district;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAtUtc;
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
    }

    public Guid Id { get; private set; }

    public int District { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    /// <summary>What changed, in words: "Slot 1: P.O. Aisha Grant (star 12345) appointed".</summary>
    public string Summary { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>News Affairs confirms receipt; the representatives the submission named may now publish.</summary>
    public void Acknowledge(string by, DateTime atUtc, IEnumerable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        if (IsAcknowledged)
        {
            throw new DomainException($"This submission was already acknowledged by {AcknowledgedBy}.");
        }

        if (string.Equals(by, SubmittedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("A submission is acknowledged by someone other than the person who made it.");
        }

        AcknowledgedAt = atUtc;
        AcknowledgedBy = by;
        foreach (var appointment in appointments.Where(a => a.SubmissionId == Id))
        {
            appointment.Acknowledge(by, atUtc);
        }
    }
}
