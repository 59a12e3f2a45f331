using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Duty;

/// <summary>A stored weekly watch of one representative, set by the district's commander or sergeant.</summary>
public sealed class WatchAssignment : Districts.IDistrictOwned
{
    private WatchAssignment()
    {
        UserId = SetById = SetByName = string.Empty;
    }

    public WatchAssignment(string userId, int district, Watch watch, Actor setBy, DateTime setAtUtc)
        : this()
    {
        ArgumentNullException.ThrowIfNull(watch);
        RequireSupervisor(setBy, district);
        Id = Guid.NewGuid();
        UserId = userId;
        District = district;
        Day = watch.Day;
        Start = watch.Start;
        End = watch.End;
        SetById = setBy.UserId;
        SetByName = setBy.Name;
        SetAt = setAtUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public int District { get; private set; }

    public DayOfWeek Day { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    public string SetById { get; private set; }

    public string SetByName { get; private set; }

    public DateTime SetAt { get; private set; }

    public Watch ToWatch() => new(Day, Start, End);

    public void RequireRemovableBy(Actor by) => RequireSupervisor(by, District);

    /// <summary>Duty schedules are kept by the district's own commander or sergeant (III.C).</summary>
    internal static void RequireSupervisor(Actor by, int district)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.SupervisesDistrict(district))
        {
            throw new DomainException($"Only district {district:000}'s commander or sergeant keeps its duty schedules.");
        }
    }
}

/// <summary>A supervisor-confirmed shift ("on duty now") or a commander's override, stored for one representative.</summary>
public sealed class DutyGrant : Districts.IDistrictOwned
{
    public const int ReasonMaxLength = DutyOverride.ReasonMaxLength;

    private DutyGrant()
    {
        UserId = GrantedById = GrantedByName = string.Empty;
    }

    private DutyGrant(string userId, int district, DutyGrantKind kind, DutyWindow window, Actor grantedBy, string? reason, DateTime grantedAtUtc)
        : this()
    {
        Id = Guid.NewGuid();
        UserId = userId;
        District = district;
        Kind = kind;
        FromUtc = window.StartUtc;
        UntilUtc = window.EndUtc;
        GrantedById = grantedBy.UserId;
        GrantedByName = grantedBy.Name;
        Reason = reason;
        GrantedAt = grantedAtUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public int District { get; private set; }

    public DutyGrantKind Kind { get; private set; }

    public DateTime FromUtc { get; private set; }

    public DateTime UntilUtc { get; private set; }

    /// <summary>The account id of the sergeant or commander who confirmed the shift or granted the override.</summary>
    public string GrantedById { get; private set; }

    public string GrantedByName { get; private set; }

    public string? Reason { get; private set; }

    public DateTime GrantedAt { get; private set; }

    /// <summary>The district's sergeant or commander confirms an irregular shift.</summary>
    public static DutyGrant Shift(string userId, int district, DateTime startUtc, DateTime endUtc, Actor confirmedBy, DateTime grantedAtUtc)
    {
        WatchAssignment.RequireSupervisor(confirmedBy, district);
        var checkIn = new DutyCheckIn(startUtc, endUtc, confirmedBy.Name);
        return new DutyGrant(userId, district, DutyGrantKind.ConfirmedShift, checkIn.Window, confirmedBy, null, grantedAtUtc);
    }

    /// <summary>Only the district's commander lets a representative act outside duty hours (III.C).</summary>
    public static DutyGrant Override(string userId, int district, DateTime fromUtc, DateTime untilUtc, string reason, Actor grantedBy, DateTime grantedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(grantedBy);
        if (!grantedBy.IsCommanderOf(district))
        {
            throw new DomainException($"Only district {district:000}'s commander grants a duty override.");
        }

        var grant = new DutyOverride(fromUtc, untilUtc, grantedBy.Name, reason);
        return new DutyGrant(userId, district, DutyGrantKind.Override, grant.Window, grantedBy, grant.Reason, grantedAtUtc);
    }

    public void ApplyTo(DutySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (Kind == DutyGrantKind.ConfirmedShift)
        {
            schedule.CheckIn(new DutyCheckIn(FromUtc, UntilUtc, GrantedByName));
        }
        else
        {
            schedule.Override(new DutyOverride(FromUtc, UntilUtc, GrantedByName, Reason ?? string.Empty));
        }
    }
}

public enum DutyGrantKind
{
    ConfirmedShift,
    Override,
}
