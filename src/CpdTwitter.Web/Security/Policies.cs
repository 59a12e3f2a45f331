using Microsoft.AspNetCore.Authorization;

namespace CpdTwitter.Web.Security;

public static class Policies
{
    public const string Isd = nameof(Isd);

    /// <summary>Every page needs a signed-in member unless it says otherwise.</summary>
    public static AuthorizationPolicy SignedIn { get; } = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}
