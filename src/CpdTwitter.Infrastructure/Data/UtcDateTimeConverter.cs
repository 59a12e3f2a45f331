using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>Every time is stored in UTC; providers that forget the kind on the way back (SQLite) get it restored.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
