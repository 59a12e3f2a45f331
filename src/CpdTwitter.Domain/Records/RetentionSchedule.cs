using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Records;

/// <summary>
/// ISD's setting for one record series: how long its records are kept after their last change, and the item number of
/// the schedule the Local Records Commission of Cook County approved. Without a schedule item nothing is ever eligible.
/// </summary>
public sealed class RetentionSchedule
{
    public const int ItemMaxLength = 64;
    public const int MaxRetentionMonths = 1200;

    private RetentionSchedule()
    {
        ScheduleItem = UpdatedBy = UpdatedByName = string.Empty;
    }

    public RetentionSchedule(RecordSeries series)
        : this()
    {
        Series = series;
    }

    public RecordSeries Series { get; private set; }

    public int? RetentionMonths { get; private set; }

    public string ScheduleItem { get; private set; }

    public string UpdatedBy { get; private set; }

    public string UpdatedByName { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public bool IsScheduled => RetentionMonths is not null && ScheduleItem.Length > 0;

    public void Set(int retentionMonths, string? scheduleItem, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireIsd(by);
        if (retentionMonths is < 1 or > MaxRetentionMonths)
        {
            throw DomainException.For(nameof(RetentionMonths), $"Enter a retention period between 1 and {MaxRetentionMonths} months.");
        }

        var item = scheduleItem?.Trim() ?? string.Empty;
        if (item.Length == 0)
        {
            throw DomainException.For(nameof(ScheduleItem), "Enter the item number of the approved records retention schedule.");
        }

        if (item.Length > ItemMaxLength)
        {
            throw DomainException.For(nameof(ScheduleItem), $"The schedule item number can have at most {ItemMaxLength} characters.");
        }

        RetentionMonths = retentionMonths;
        ScheduleItem = item;
        UpdatedBy = by.UserId;
        UpdatedByName = by.Name;
        UpdatedAt = nowUtc;
    }

    /// <summary>Records last changed before this moment have completed their retention; null when not scheduled.</summary>
    public DateTime? EligibleIfLastChangedBefore(DateTime nowUtc) =>
        IsScheduled && Series != RecordSeries.AuditTrail ? nowUtc.AddMonths(-RetentionMonths!.Value) : null;

    internal static void RequireIsd(Actor by)
    {
        if (!by.Is(Roles.IsdAdministrator))
        {
            throw new DomainException("Only ISD manages record retention and disposition.");
        }
    }
}
