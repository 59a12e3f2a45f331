namespace CpdTwitter.Domain.Representatives;

public enum ActingPurpose
{
    Draft,
    Publish,
}

public sealed record ActingDecision(bool Allowed, string? Reason)
{
    public static ActingDecision Yes { get; } = new(true, null);

    public static ActingDecision No(string reason) => new(false, reason);
}

/// <summary>
/// Who may act for a district's X account (directive III.C, V.A): only a member holding an active
/// appointment as that district's representative; publishing also needs News Affairs' acknowledgement
/// of the submission that named them. Every drafting and publishing action asks this one policy.
/// </summary>
public static class ActingPolicy
{
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
