using System.Globalization;
using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Representatives;

/// <summary>
/// A district's two representative slots (directive V.A.1: commanders identify two members).
/// Built from the district's active appointments; every change ends or starts an appointment and
/// produces the submission to News Affairs that reports it.
/// </summary>
public sealed class DistrictRegistry
{
    public const int Slots = 2;

    /// <summary>The input field a refusal about the member (rather than a detail) belongs next to.</summary>
    public const string LogOnIdField = "LogOnId";
    private readonly List<Appointment> _active;

    public DistrictRegistry(int district, IEnumerable<Appointment> activeAppointments)
    {
        ArgumentNullException.ThrowIfNull(activeAppointments);
        District = district;
        _active = activeAppointments.Where(a => a.IsActive).ToList();
        if (_active.Any(a => a.District != district))
        {
            throw new ArgumentException("Appointments of another district were passed.", nameof(activeAppointments));
        }

        if (_active.GroupBy(a => a.Slot).Any(g => g.Count() > 1) || _active.Count > Slots)
        {
            throw new DomainException($"District {district} has more than one active representative in a slot.");
        }
    }

    public int District { get; }

    public IReadOnlyList<Appointment> Active => _active.OrderBy(a => a.Slot).ToList();

    public int Vacancies => Slots - _active.Count;

    public Appointment? InSlot(int slot) => _active.SingleOrDefault(a => a.Slot == slot);

    /// <summary>
    /// Fills an empty slot. <paramref name="memberAppointments"/> are the member's appointments in any district (from the
    /// store), so that one person fills one slot in one district.
    /// </summary>
    public (Appointment Appointment, RegistrySubmission Submission) Appoint(int slot, RepresentativeDetails details, Actor by, DateTime atUtc, IEnumerable<Appointment>? memberAppointments = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCommander(by);
        RequireSlot(slot);
        if (InSlot(slot) is { } current)
        {
            throw new DomainException($"Slot {slot} is held by {current.Name}. Replace them instead, with an effective date and a reason.");
        }

        RequireNotInOtherSlot(details, slot);
        RequireNotServingElsewhere(details, memberAppointments);
        var submission = new RegistrySubmission(District, by, atUtc, $"Slot {slot}: {Describe(details)} appointed.");
        var appointment = new Appointment(District, slot, details, submission.Id, by, atUtc);
        _active.Add(appointment);
        return (appointment, submission);
    }

    /// <summary>
    /// Ends the slot's current appointment at <paramref name="effectiveUtc"/> and appoints the new member.
    /// <paramref name="effectiveDate"/> is the date as the commander gave it (Chicago), for the submission's wording.
    /// </summary>
    public (Appointment Appointment, RegistrySubmission Submission, Appointment Ended) Replace(
        int slot, RepresentativeDetails details, DateTime effectiveUtc, DateOnly effectiveDate, string reason, Actor by, DateTime atUtc, IEnumerable<Appointment>? memberAppointments = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCommander(by);
        RequireSlot(slot);
        var current = InSlot(slot) ?? throw new DomainException($"Slot {slot} is vacant: appoint a representative to it.");
        RequireSomeoneElse(current, details);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Appointment.ReasonMaxLength)
        {
            throw new DomainException($"Give the reason for the replacement (at most {Appointment.ReasonMaxLength} characters).");
        }

        if (effectiveUtc > atUtc)
        {
            throw new DomainException("The replacement takes effect today or on an earlier date, not in the future.");
        }

        RequireNotInOtherSlot(details, slot);
        RequireNotServingElsewhere(details, memberAppointments);
        current.End(effectiveUtc, reason.Trim(), by);
        _active.Remove(current);
        var submission = new RegistrySubmission(District, by, atUtc,
            $"Slot {slot}: {Describe(details)} replaces {current.Name} (star {current.StarNumber}) from {effectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Reason: {reason.Trim()}");
        var appointment = new Appointment(District, slot, details, submission.Id, by, atUtc);
        _active.Add(appointment);
        return (appointment, submission, current);
    }

    /// <summary>Whether the slot's current appointment already says exactly this: re-registering it would change nothing.</summary>
    public static bool IsUnchanged(Appointment current, RepresentativeDetails details)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(details);
        return current.UserId == details.UserId
            && current.LogOnId == details.LogOnId
            && current.Name == details.Name
            && current.Rank == details.Rank
            && current.StarNumber == details.Star.Value
            && current.EmployeeNumber == details.EmployeeNumber.Value
            && current.Email == details.Email.Value;
    }

    /// <summary>
    /// A replacement ends one member's appointment and starts another's. "Replacing" a member with himself would only
    /// throw away News Affairs' acknowledgement of him, so it is refused (issue #11, finding 6).
    /// </summary>
    private static void RequireSomeoneElse(Appointment current, RepresentativeDetails details)
    {
        if (current.UserId != details.UserId)
        {
            return;
        }

        throw IsUnchanged(current, details)
            ? DomainException.For(LogOnIdField, $"No change: {current.Name} already holds slot {current.Slot} with these details. Nothing was submitted, and News Affairs' acknowledgement stands.")
            : DomainException.For(LogOnIdField, $"{current.Name} already holds slot {current.Slot}: a representative is replaced by another member, not by themselves.");
    }

    private void RequireNotInOtherSlot(RepresentativeDetails details, int slot)
    {
        if (_active.Any(a => a.Slot != slot && a.UserId == details.UserId))
        {
            throw DomainException.For(LogOnIdField, $"{details.Name} already holds the other slot; the district needs two different representatives.");
        }
    }

    /// <summary>One person fills one slot in one district: a representative of another district is not appointed here too.</summary>
    private void RequireNotServingElsewhere(RepresentativeDetails details, IEnumerable<Appointment>? memberAppointments)
    {
        var elsewhere = memberAppointments?.FirstOrDefault(a => a.IsActive && a.UserId == details.UserId && a.District != District);
        if (elsewhere is not null)
        {
            throw DomainException.For(LogOnIdField, $"{details.Name} is already a representative of district {elsewhere.District:000}; a member represents one district at a time.");
        }
    }

    /// <summary>Commanders identify their district's representatives (V.A.1): only this district's own commander.</summary>
    private void RequireCommander(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.IsCommanderOf(District))
        {
            throw new DomainException($"Only district {District:000}'s commander names its representatives.");
        }
    }

    private static void RequireSlot(int slot)
    {
        if (slot is < 1 or > Slots)
        {
            throw new DomainException($"A district has representative slots 1 and {Slots}.");
        }
    }

    private static string Describe(RepresentativeDetails d) => $"{d.Rank} {d.Name} (star {d.Star.Value})";
}
