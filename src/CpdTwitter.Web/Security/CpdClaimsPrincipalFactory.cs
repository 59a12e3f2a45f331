using System.Globalization;
using System.Security.Claims;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Security;

/// <summary>Adds the member's district and display name to the sign-in, so every handler can scope by district without a query.</summary>
public sealed class CpdClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CpdClaims.DisplayName, user.DisplayName));
        if (user.DistrictNumber is { } district)
        {
            identity.AddClaim(new Claim(CpdClaims.District, district.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
