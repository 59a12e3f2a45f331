namespace CpdTwitter.Domain.Duty;

public enum DutyBasis
{
    None,
    Watch,
    CheckIn,
    Override,
}

public sealed record DutyStatus(bool OnDuty, DutyBasis Basis, DateTime? EndsAtUtc, DateTime? NextWatchStartsAtUtc);

/// <summary>
/// When a representative is on duty (directive III.C): inside a weekly watch, a confirmed shift, or a
/// commander's override. Off duty they may read but not submit or publish.
/// </summary>
public sealed class DutySchedule
{
    private readonly List<Watch> _watches = [];
    private readonly List<DutyCheckIn> _checkIns = [];
    private readonly List<DutyOverride> _overrides = [];

    public DutySchedule(TimeZoneInfo zone, IEnumerable<Watch>? watches = null, IEnumerable<DutyCheckIn>? checkIns = null, IEnumerable<DutyOverride>? overrides = null)
    {
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        foreach (var watch in watches ?? [])
        {
            AddWatch(watch);
        }

        _checkIns.AddRange(checkIns ?? []);
        _overrides.AddRange(overrides ?? []);
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<Watch> Watches => _watches;

    public void AddWatch(Watch watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        var clash = _watches.FirstOrDefault(w => w.Overlaps(watch));
        if (clash is not null)
        {
            throw new DomainException($"The watch overlaps the {clash.Day} {clash.Start:HH\\:mm}–{clash.End:HH\\:mm} watch.");
        }

        _watches.Add(watch);
    }

    public void CheckIn(DutyCheckIn checkIn) => _checkIns.Add(checkIn ?? throw new ArgumentNullException(nameof(checkIn)));

    public void Override(DutyOverride grant) => _overrides.Add(grant ?? throw new ArgumentNullException(nameof(grant)));

    public DutyStatus StatusAt(DateTime utcNow)
    {
        if (utcNow.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The time must be UTC.", nameof(utcNow));
        }

        var watch = WindowsAround(utcNow).Where(w => w.Contains(utcNow)).OrderByDescending(w => w.EndUtc).FirstOrDefault();
        if (watch is not null)
        {
            return new DutyStatus(true, DutyBasis.Watch, watch.EndUtc, null);
        }

        var checkIn = _checkIns.Select(c => c.Window).Where(w => w.Contains(utcNow)).OrderByDescending(w => w.EndUtc).FirstOrDefault();
        if (checkIn is not null)
        {
            return new DutyStatus(true, DutyBasis.CheckIn, checkIn.EndUtc, null);
        }

        var grant = _overrides.Select(o => o.Window).Where(w => w.Contains(utcNow)).OrderByDescending(w => w.EndUtc).FirstOrDefault();
        if (grant is not null)
        {
            return new DutyStatus(true, DutyBasis.Override, grant.EndUtc, null);
        }

        return new DutyStatus(false, DutyBasis.None, null, NextWatchStart(utcNow));
    }

    private DateTime? NextWatchStart(DateTime utcNow)
    {
        var today = LocalDate(utcNow);
        return Enumerable.Range(0, 9)
            .SelectMany(offset => OccurrencesOn(today.AddDays(offset)))
            .Where(w => w.StartUtc > utcNow)
            .Select(w => (DateTime?)w.StartUtc)
            .Min();
    }

    // A watch covering now started today or yesterday (local): overnight watches reach into the next day.
    private IEnumerable<DutyWindow> WindowsAround(DateTime utcNow)
    {
        var today = LocalDate(utcNow);
        return OccurrencesOn(today.AddDays(-1)).Concat(OccurrencesOn(today));
    }

    private IEnumerable<DutyWindow> OccurrencesOn(DateOnly date) =>
        _watches.Where(w => w.Day == date.DayOfWeek).Select(w => w.On(date, Zone));

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));
}
