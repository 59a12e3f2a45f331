using System.Globalization;
using System.Security.Claims;
using CpdTwitter.Domain.People;

namespace CpdTwitter.Web.Security;

/// <summary>Reads what the sign-in put into the member's principal.</summary>
public static class CpdClaims
{
    public const string District = "cpd:district";
    public const string DisplayName = "cpd:display_name";

    public static int? DistrictOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(District), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static IReadOnlyList<string> RolesOf(this ClaimsPrincipal user) =>
        Roles.All.Where(user.IsInRole).ToList();
}
