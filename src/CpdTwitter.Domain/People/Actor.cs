namespace CpdTwitter.Domain.People;

/// <summary>
/// Who acts, as every record keeps it: the account id (stable across renames) and the name shown to people, with the
/// roles and district that decide what they may do. Rules in the domain ask it, never a page.
/// </summary>
public sealed record Actor
{
    public Actor(string userId, string name, IEnumerable<string> roles, int? district)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(roles);
        UserId = userId;
        Name = string.IsNullOrWhiteSpace(name) ? userId : name.Trim();
        Roles = roles.Where(People.Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        District = Roles.Any(People.Roles.IsDistrictScoped) ? district : null;
    }

    public string UserId { get; }

    public string Name { get; }

    public IReadOnlySet<string> Roles { get; }

    /// <summary>The district of a district-scoped member (representative, sergeant, commander); null for department-wide roles.</summary>
    public int? District { get; }

    /// <summary>The districts whose data this member may see.</summary>
    public DistrictScope Scope => IsDepartmentWide ? DistrictScope.Department : District is { } d ? DistrictScope.Of(d) : DistrictScope.None;

    /// <summary>News Affairs and ISD oversee and retain every district's postings (IV.A, V.C, V.D).</summary>
    public bool IsDepartmentWide => Is(People.Roles.NewsAffairs) || Is(People.Roles.IsdAdministrator);

    public bool Is(string role) => Roles.Contains(role);

    /// <summary>The district's commander or community policing sergeant.</summary>
    public bool SupervisesDistrict(int district) =>
        District == district && (Is(People.Roles.Commander) || Is(People.Roles.CommunityPolicingSergeant));

    public bool IsCommanderOf(int district) => District == district && Is(People.Roles.Commander);
}
