using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Posts;

/// <summary>One entry of a list News Affairs maintains: a notable-incident term, an allowed link domain, or a promotional term.</summary>
public sealed class PolicyTerm
{
    public const int ValueMaxLength = 100;

    /// <summary>Who added the default entries, as id and name both: no account did.</summary>
    public const string DefaultsAddedBy = "News Affairs defaults";

    private PolicyTerm()
    {
        Value = AddedById = AddedByName = string.Empty;
    }

    public PolicyTerm(PolicyListKind kind, string value, Actor addedBy, DateTime addedAtUtc)
        : this()
    {
        RequireKeeper(addedBy);

        var text = value?.Trim().ToLowerInvariant() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new DomainException("Enter a word, phrase or domain.");
        }

        if (text.Length > ValueMaxLength)
        {
            throw new DomainException($"Keep it under {ValueMaxLength} characters.");
        }

        if (kind == PolicyListKind.AllowedDomain)
        {
            text = text.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal).TrimEnd('/');
            if (text.Contains('/', StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal) || !text.Contains('.', StringComparison.Ordinal))
            {
                throw new DomainException("Enter a domain such as chicago.gov (no path); its subdomains are allowed too.");
            }
        }

        Kind = kind;
        Value = text;
        AddedById = addedBy.UserId;
        AddedByName = addedBy.Name;
        AddedAt = addedAtUtc;
    }

    public int Id { get; private set; }

    public PolicyListKind Kind { get; private set; }

    public string Value { get; private set; }

    /// <summary>The account id of who added the entry (<see cref="DefaultsAddedBy"/> for the lists the product ships with).</summary>
    public string AddedById { get; private set; }

    public string AddedByName { get; private set; }

    public DateTime AddedAt { get; private set; }

    /// <summary>News Affairs keeps the lists (IV.A, V.C): only they add or remove an entry.</summary>
    public static void RequireKeeper(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.NewsAffairs))
        {
            throw new DomainException("Only the Office of News Affairs keeps the policy lists.");
        }
    }

    public static PolicyLists ToLists(IEnumerable<PolicyTerm> terms)
    {
        var all = terms.ToList();
        return new PolicyLists(
            all.Where(t => t.Kind == PolicyListKind.NotableTerm).Select(t => t.Value).ToList(),
            all.Where(t => t.Kind == PolicyListKind.AllowedDomain).Select(t => t.Value).ToList(),
            all.Where(t => t.Kind == PolicyListKind.PromotionalTerm).Select(t => t.Value).ToList());
    }
}
