namespace CpdTwitter.Domain.Districts;

/// <summary>A Chicago police district: the unit that owns one authorized X account (directive III.D).</summary>
public sealed class District
{
    public const int NameMaxLength = 64;

    public District(int number, string name)
    {
        if (number is < 1 or > 99)
        {
            throw new DomainException("A district number is between 1 and 99.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException($"A district name is required and at most {NameMaxLength} characters.");
        }

        Number = number;
        Name = name.Trim();
    }

    public int Number { get; private set; }

    public string Name { get; private set; }

    /// <summary>"012 — Near West": how the department writes a district.</summary>
    public string DisplayName => $"{Number:000} {Name}";
}
