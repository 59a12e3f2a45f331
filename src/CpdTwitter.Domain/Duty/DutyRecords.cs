namespace CpdTwitter.Domain.Duty;

/// <summary>A stored weekly watch of one representative, set by the district's commander or sergeant.</summary>
public sealed class WatchAssignment
{
    private WatchAssignment()
    {
        UserId = SetBy = string.Empty;
    }

    public WatchAssignment(string userId, int district, Watch watch, string setBy, DateTime setAtUtc)
        : this()
    {
        ArgumentNullException.ThrowIfNull(watch);
        Id = Guid.NewGuid();
        UserId = userId;
        District = district;
        Day = watch.Day;
        Start = watch.Start;
        End = watch.End;
        SetBy = setBy;
        SetAt = setAtUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public int District { get; private set; }

    public DayOfWeek Day { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    public string SetBy { get; private set; }

    public DateTime SetAt { get; private set; }

    public Watch ToWatch() => new(Day, Start, End);
}

/// <summary>A supervisor-confirmed shift ("on duty now") or a commander's override, stored for one representative.</summary>
public sealed class DutyGrant
{
    public const int ReasonMaxLength = DutyOverride.ReasonMaxLength;

    private DutyGrant()
    {
        UserId = GrantedBy = string.Empty;
    }

    private DutyGrant(string userId, int district, DutyGrantKind kind, DutyWindow window, string grantedBy, string? reason, DateTime grantedAtUtc)
        : this()
    {
        Id = Guid.NewGuid();
        UserId = userId;
        District = district;
        Kind = kind;
        FromUtc = window.StartUtc;
        UntilUtc = window.EndUtc;
        GrantedBy = grantedBy;
        Reason = reason;
        GrantedAt = grantedAtUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public int District { get; private set; }

    public DutyGrantKind Kind { get; private set; }

    public DateTime FromUtc { get; private set; }

    public DateTime UntilUtc { get; private set; }

    public string GrantedBy { get; private set; }

    public string? Reason { get; private set; }

    public DateTime GrantedAt { get; private set; }

    public static DutyGrant Shift(string userId, int district, DutyCheckIn checkIn, DateTime grantedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return new DutyGrant(userId, district, DutyGrantKind.ConfirmedShift, checkIn.Window, checkIn.ConfirmedBy, null, grantedAtUtc);
    }

    public static DutyGrant Override(string userId, int district, DutyOverride grant, DateTime grantedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new DutyGrant(userId, district, DutyGrantKind.Override, grant.Window, grant.GrantedBy, grant.Reason, grantedAtUtc);
    }

    public void ApplyTo(DutySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (Kind == DutyGrantKind.ConfirmedShift)
        {
            schedule.CheckIn(new DutyCheckIn(FromUtc, UntilUtc, GrantedBy));
        }
        else
        {
            schedule.Override(new DutyOverride(FromUtc, UntilUtc, GrantedBy, Reason ?? string.Empty));
        }
    }
}

public enum DutyGrantKind
{
    ConfirmedShift,
    Override,
}
