namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>A generated account: <see cref="Name"/> is how records name the member (the display name without a rank).</summary>
internal sealed record VolumeMember(string Id, string LogOnId, string DisplayName, string Name, int? District, string Role);

/// <summary>A representative's time in a district's slot; <see cref="Until"/> is null while they still hold it.</summary>
internal sealed record VolumeTerm(VolumeMember Representative, int District, int Slot, DateTime From, DateTime? Until)
{
    public bool Covers(DateTime at) => From <= at && (Until is null || at < Until);
}
