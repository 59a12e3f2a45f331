namespace CpdTwitter.Domain.Records;

/// <summary>The facts of a record that a hold is matched against. The date is the record's creation, in Chicago.</summary>
public sealed record HeldRecord(Guid Id, int District, string AuthorId, DateTime CreatedAtUtc);

/// <summary>
/// What a hold covers: every criterion given must match (a district and a date range hold that district's records of
/// those days). A scope with no criterion covers every record — a public-records request that names none holds all.
/// Dates are Chicago calendar days, both ends included.
/// </summary>
public sealed record HoldScope(int? District, DateOnly? From, DateOnly? To, Guid? PostId, string? AuthorId)
{
    public static HoldScope Everything { get; } = new(null, null, null, null, null);

    public bool IsEmpty => District is null && From is null && To is null && PostId is null && AuthorId is null;

    public bool Covers(HeldRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var day = ChicagoTime.DateOf(record.CreatedAtUtc);
        return (District is null || District == record.District)
            && (From is null || day >= From)
            && (To is null || day <= To)
            && (PostId is null || PostId == record.Id)
            && (AuthorId is null || string.Equals(AuthorId, record.AuthorId, StringComparison.Ordinal));
    }

    /// <summary>The first UTC instant of <see cref="From"/> and the first instant after <see cref="To"/>, for queries.</summary>
    public (DateTime? FromUtc, DateTime? BeforeUtc) UtcBounds() =>
        (From is { } f ? StartOfDayUtc(f) : null, To is { } t ? StartOfDayUtc(t.AddDays(1)) : null);

    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChicagoTime.Zone);

    internal static void RequireRange(DateOnly? from, DateOnly? to, string field)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw DomainException.For(field, "The end of the date range is before its start.");
        }
    }
}
