using System.Net.Mail;

namespace CpdTwitter.Domain.Representatives;

/// <summary>A member's star (badge) number: 1–6 digits (directive V.A.2).</summary>
public sealed record StarNumber
{
    public const int MaxLength = 6;

    private StarNumber(string value) => Value = value;

    public string Value { get; }

    public static StarNumber Create(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxLength || !trimmed.All(char.IsAsciiDigit))
        {
            throw new DomainException($"A star number is 1 to {MaxLength} digits.");
        }

        return new StarNumber(trimmed);
    }

    public override string ToString() => Value;
}

/// <summary>A member's employee number: digits, of the department's fixed length (configurable, 6 by default).</summary>
public sealed record EmployeeNumber
{
    public const int MaxLength = 12;
    public const int DefaultLength = 6;

    private EmployeeNumber(string value) => Value = value;

    public string Value { get; }

    public static EmployeeNumber Create(string? value, int requiredLength = DefaultLength)
    {
        if (requiredLength is < 1 or > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(requiredLength));
        }

        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length != requiredLength || !trimmed.All(char.IsAsciiDigit))
        {
            throw new DomainException($"An employee number is exactly {requiredLength} digits.");
        }

        return new EmployeeNumber(trimmed);
    }

    public override string ToString() => Value;
}

/// <summary>A Department e-mail address: a valid address in the department's own domain.</summary>
public sealed record DepartmentEmail
{
    public const int MaxLength = 256;
    public const string DefaultDomain = "chicagopolice.org";

    private DepartmentEmail(string value) => Value = value;

    public string Value { get; }

    public static DepartmentEmail Create(string? value, string domain = DefaultDomain)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxLength
            || !MailAddress.TryCreate(trimmed, out var address)
            || !string.Equals(address.Address, trimmed, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("Enter a valid e-mail address.");
        }

        if (!string.Equals(address.Host, domain, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"Use the member's Department e-mail address (…@{domain}).");
        }

        return new DepartmentEmail(trimmed.ToLowerInvariant());
    }

    public override string ToString() => Value;
}
