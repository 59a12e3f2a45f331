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
