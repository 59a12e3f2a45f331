namespace CpdTwitter.Domain.People;

/// <summary>The program's roles. District-scoped roles act only for the user's own district.</summary>
public static class Roles
{
    public const string Representative = nameof(Representative);
    public const string CommunityPolicingSergeant = nameof(CommunityPolicingSergeant);
    public const string Commander = nameof(Commander);
    public const string NewsAffairs = nameof(NewsAffairs);
    public const string IsdAdministrator = nameof(IsdAdministrator);

    public static IReadOnlyList<string> All { get; } =
        [Representative, CommunityPolicingSergeant, Commander, NewsAffairs, IsdAdministrator];

    public static IReadOnlyList<string> DistrictScoped { get; } =
        [Representative, CommunityPolicingSergeant, Commander];

    /// <summary>Roles that approve, review or discontinue a representative's postings (S02-03-10 V.B, V.C; issue 11 finding 5).</summary>
    public static IReadOnlyList<string> Supervising { get; } =
        [CommunityPolicingSergeant, Commander, NewsAffairs];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static bool IsDistrictScoped(string role) => DistrictScoped.Contains(role, StringComparer.Ordinal);

    public static string Title(string role) => role switch
    {
        Representative => "District Twitter representative",
        CommunityPolicingSergeant => "Community policing sergeant",
        Commander => "District commander",
        NewsAffairs => "Office of News Affairs",
        IsdAdministrator => "ISD administrator",
        _ => role,
    };

    private static string Article(string title) => title switch
    {
        "Office of News Affairs" => "in the Office of News Affairs",
        _ => $"a {title.ToLowerInvariant()}",
    };

    /// <summary>
    /// A district-scoped role without a district, or a district given to someone without one, is refused:
    /// the directive ties representatives, sergeants and commanders to one district (IV.C, V.A, V.B).
    /// </summary>
    public static string? ValidateAssignment(IReadOnlyCollection<string> roles, int? district)
    {
        if (roles.Count == 0)
        {
            return "Choose at least one role.";
        }

        var unknown = roles.FirstOrDefault(r => !IsKnown(r));
        if (unknown is not null)
        {
            return $"'{unknown}' is not a role of this program.";
        }

        // Separation of duties: whoever writes postings must not also hold a role that approves or reviews them.
        if (roles.Contains(Representative, StringComparer.Ordinal) && roles.FirstOrDefault(r => Supervising.Contains(r, StringComparer.Ordinal)) is { } supervising)
        {
            return $"A representative cannot also be {Article(Title(supervising))}: the people who write postings are not the people who approve or review them.";
        }

        var scoped = roles.Any(IsDistrictScoped);
        if (scoped && district is null)
        {
            return "Representatives, sergeants and commanders belong to a district: choose one.";
        }

        if (district is not null && !Districts.ChicagoDistricts.Exists(district.Value))
        {
            return $"There is no district {district}.";
        }

        return null;
    }
}
