namespace CpdTwitter.Domain.Representatives;

/// <summary>A Department rank offered when registering a representative: reference data ISD can extend.</summary>
public sealed class Rank
{
    public Rank(string name, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > RepresentativeDetails.RankMaxLength)
        {
            throw new DomainException($"A rank name is required and at most {RepresentativeDetails.RankMaxLength} characters.");
        }

        Name = name.Trim();
        SortOrder = sortOrder;
    }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    public static IReadOnlyList<Rank> Defaults { get; } =
    [
        new("Police Officer", 10),
        new("Field Training Officer", 20),
        new("Police Officer (Assigned as Detective)", 30),
        new("Sergeant", 40),
        new("Lieutenant", 50),
        new("Captain", 60),
    ];
}
