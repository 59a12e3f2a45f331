namespace CpdTwitter.Domain.Representatives;

public enum ActingPurpose
{
    Draft,
    Publish,
}

public sealed record ActingDecision(bool Allowed, string? Reason)
{
    public static ActingDecision Yes { get; } = new(true, null);

    /// <summary>Refused only because the member is off duty: they may still draft (issue #13).</summary>
    public bool IsOffDuty { get; init; }

    /// <summary>When off duty: the start of the member's next watch, if one is scheduled.</summary>
    public DateTime? NextWatchUtc { get; init; }

    /// <summary>Refused because the current guidance is not yet acknowledged: pages link to /Guidance (directive V.C.1).</summary>
    public bool NeedsGuidance { get; init; }

    public static ActingDecision No(string reason) => new(false, reason);
}

/// <summary>
/// Who may act for a district's X account (directive III.C, V.A): only a member holding an active
/// appointment as that district's representative; publishing also needs News Affairs' acknowledgement
/// of the submission that named them. Every drafting and publishing action asks this one policy. Duty (III.C) limits
/// publishing only: off duty, a representative on a Department device may save drafts and submit them on duty.
/// </summary>
public static class ActingPolicy
{
    /// <summary>Whether duty allows the purpose: drafting needs no duty; publishing (submitting, changing a queued post) does.</summary>
    public static ActingDecision OnDuty(ActingPurpose purpose, bool onDuty, DateTime? nextWatchStartsUtc)
    {
        if (onDuty || purpose == ActingPurpose.Draft)
        {
            return ActingDecision.Yes;
        }

        return ActingDecision.No(nextWatchStartsUtc is { } next
            ? $"You are off duty: on a Department device you can save drafts, and submit them when you are on duty (S02-03-10 III.C). Your next watch starts {ChicagoTime.Format(next)}."
            : "You are off duty and no watch is scheduled: on a Department device you can save drafts; to submit them, ask your sergeant to confirm your shift (S02-03-10 III.C).")
            with { IsOffDuty = true, NextWatchUtc = nextWatchStartsUtc };
    }

    /// <summary>
    /// Whether the guidance allows the purpose: submitting needs the current version acknowledged (V.C.1); drafting does
    /// not. Before any guidance is published nothing is asked.
    /// </summary>
    public static ActingDecision HasReadGuidance(ActingPurpose purpose, Guidance.GuidanceVersion? current, bool acknowledgedCurrent)
    {
        if (purpose == ActingPurpose.Draft || current is null || acknowledgedCurrent)
        {
            return ActingDecision.Yes;
        }

        return ActingDecision.No($"Read and acknowledge the current guidance ({current.Describe()}) before submitting.") with { NeedsGuidance = true };
    }

    public static ActingDecision CanActForDistrict(string userId, int district, DateTime utcNow, ActingPurpose purpose, IEnumerable<Appointment> appointmentsOfUser)
    {
        ArgumentNullException.ThrowIfNull(appointmentsOfUser);
        var appointment = appointmentsOfUser.FirstOrDefault(a => a.UserId == userId && a.District == district && a.IsActiveAt(utcNow));
        if (appointment is null)
        {
            return ActingDecision.No($"You are not a registered Twitter representative of district {district:000}. Your commander names the district's two representatives.");
        }

        if (purpose == ActingPurpose.Publish && !appointment.IsAcknowledged)
        {
            return ActingDecision.No("The Office of News Affairs has not yet acknowledged your appointment: you may draft, but not publish.");
        }

        return ActingDecision.Yes;
    }
}
