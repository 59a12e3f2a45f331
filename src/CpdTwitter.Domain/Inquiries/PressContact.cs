using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Inquiries;

/// <summary>
/// A reporter's X handle on News Affairs' press list: a mention from it is flagged as a possible media inquiry
/// (directive IV.F), which only News Affairs answers. Removing a handle keeps the entry with the time it was removed.
/// </summary>
public sealed partial class PressContact
{
    public const int HandleMaxLength = 50;
    public const int NameMaxLength = 200;
    public const int OutletMaxLength = 200;

    private PressContact()
    {
        Handle = HandleKey = Name = Outlet = AddedById = AddedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The handle as News Affairs typed it, without the @.</summary>
    public string Handle { get; private set; }

    /// <summary>The handle in lower case: X handles are case-insensitive, and one handle is listed once.</summary>
    public string HandleKey { get; private set; }

    public string Name { get; private set; }

    public string Outlet { get; private set; }

    public DateTime AddedAt { get; private set; }

    public string AddedById { get; private set; }

    public string AddedByName { get; private set; }

    public DateTime? RemovedAt { get; private set; }

    public string? RemovedByName { get; private set; }

    public bool Active => RemovedAt is null;

    public int Version { get; private set; }

    /// <summary>The key a handle is listed and looked up under.</summary>
    public static string KeyOf(string? handle)
    {
        var trimmed = (handle ?? string.Empty).Trim();
        return (trimmed.StartsWith('@') ? trimmed[1..] : trimmed).ToLowerInvariant();
    }

    public static PressContact Add(Actor by, string handle, string name, string outlet, DateTime nowUtc)
    {
        RequireNewsAffairs(by);
        var cleaned = CleanHandle(handle);
        return new PressContact
        {
            Id = Guid.NewGuid(),
            Handle = cleaned,
            HandleKey = KeyOf(cleaned),
            Name = Field("Name", "the reporter's name", name, NameMaxLength),
            Outlet = Field("Outlet", "the outlet", outlet, OutletMaxLength),
            AddedAt = Utc(nowUtc),
            AddedById = by.UserId,
            AddedByName = by.Name,
        };
    }

    /// <summary>Takes the handle off the list; the entry stays, with who removed it and when.</summary>
    public void Remove(Actor by, DateTime nowUtc)
    {
        RequireNewsAffairs(by);
        if (!Active)
        {
            throw new DomainException($"@{Handle} is already off the press list.");
        }

        RemovedAt = Utc(nowUtc);
        RemovedByName = by.Name;
        Version++;
    }

    /// <summary>
    /// Puts a removed handle back on the list (the same entry, not a second one: one handle is listed once), with the
    /// name and outlet as given now and who added it again.
    /// </summary>
    public void Restore(Actor by, string handle, string name, string outlet, DateTime nowUtc)
    {
        RequireNewsAffairs(by);
        var cleaned = CleanHandle(handle);
        if (KeyOf(cleaned) != HandleKey)
        {
            throw new ArgumentException("A press contact is restored under its own handle.", nameof(handle));
        }

        if (Active)
        {
            throw DomainException.For("Handle", $"@{Handle} is already on the press list ({Name}, {Outlet}).");
        }

        var checkedName = Field("Name", "the reporter's name", name, NameMaxLength);
        var checkedOutlet = Field("Outlet", "the outlet", outlet, OutletMaxLength);
        Handle = cleaned;
        Name = checkedName;
        Outlet = checkedOutlet;
        AddedAt = Utc(nowUtc);
        AddedById = by.UserId;
        AddedByName = by.Name;
        RemovedAt = null;
        RemovedByName = null;
        Version++;
    }

    private static void RequireNewsAffairs(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.NewsAffairs))
        {
            throw new DomainException("Only News Affairs keeps the press list.");
        }
    }

    private static string CleanHandle(string? handle)
    {
        var cleaned = (handle ?? string.Empty).Trim();
        cleaned = cleaned.StartsWith('@') ? cleaned[1..] : cleaned;
        if (cleaned.Length is 0 or > 15 || !cleaned.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw DomainException.For("Handle", "An X handle is 1 to 15 letters, digits or underscores (the @ is optional).");
        }

        return cleaned;
    }

    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times are UTC.", nameof(value));

    private static string Field(string field, string what, string? value, int maxLength)
    {
        var trimmed = (value ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw DomainException.For(field, $"Enter {what}.");
        }

        var label = char.ToUpperInvariant(what[0]) + what[1..];
        if (trimmed.Length > maxLength)
        {
            throw DomainException.For(field, TextRules.TooLong(label, maxLength, trimmed.Length));
        }

        return TextRules.Problem(trimmed) is { } problem ? throw DomainException.For(field, TextRules.Message(label, problem)) : trimmed;
    }
}
