namespace CpdTwitter.Web.Security;

/// <summary>What the sign-in puts into the member's principal besides Identity's own claims; read by <see cref="CurrentMember"/> only.</summary>
public static class CpdClaims
{
    public const string District = "cpd:district";
    public const string DisplayName = "cpd:display_name";
}
