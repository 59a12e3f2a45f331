using System.Security.Claims;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Web.Security;

/// <summary>
/// Who may read a post: News Affairs and ISD department-wide (they oversee and retain every transmission),
/// everyone else only their own district's. A post of another district answers 404, as if it did not exist.
/// </summary>
public static class PostAccess
{
    public static bool CanRead(ClaimsPrincipal user, Post post)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(post);
        return user.IsInRole(Roles.NewsAffairs) || user.IsInRole(Roles.IsdAdministrator) || user.DistrictOf() == post.District;
    }

    /// <summary>The member as an approver: News Affairs department-wide, a sergeant or commander for their own district.</summary>
    public static PostApprover? ApproverOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }

        var newsAffairs = user.IsInRole(Roles.NewsAffairs);
        var supervises = user.IsInRole(Roles.CommunityPolicingSergeant) || user.IsInRole(Roles.Commander) ? user.DistrictOf() : null;
        return newsAffairs || supervises is not null ? new PostApprover(id, user.DisplayNameOf(), newsAffairs, supervises) : null;
    }

    public static Infrastructure.Posts.Actor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Signed-in members have an id."), user.DisplayNameOf());
    }
}
