using System.Globalization;
using System.Security.Claims;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Representatives;

namespace CpdTwitter.Web.Security;

/// <summary>
/// The signed-in member of this request, resolved once from the sign-in cookie: who they are, their roles and
/// district, the district scope every query uses (<c>db.Posts.Within(member.Scope)</c>, ADR 0006), and whether
/// they may act for their district right now. Pages use this, never the raw claims.
/// </summary>
public sealed class CurrentMember
{
    private readonly IHttpContextAccessor _accessor;
    private readonly ActingForDistrict _acting;
    private readonly Dictionary<ActingPurpose, ActingDecision> _acts = [];

    public CurrentMember(IHttpContextAccessor accessor, ActingForDistrict acting)
    {
        _accessor = accessor;
        _acting = acting;
        var user = accessor.HttpContext?.User ?? new ClaimsPrincipal();
        LogOnId = user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        Actor = LogOnId is null || id is null ? null
            : new Actor(id, user.FindFirstValue(CpdClaims.DisplayName) ?? LogOnId, Domain.People.Roles.All.Where(user.IsInRole), DistrictOf(user));
    }

    public bool IsSignedIn => Actor is not null;

    /// <summary>The member as records keep them (id and display name) with their roles; null when nobody is signed in.</summary>
    public Actor? Actor { get; }

    public string? LogOnId { get; }

    public string? UserId => Actor?.UserId;

    public string DisplayName => Actor?.Name ?? string.Empty;

    public IReadOnlySet<string> Roles => Actor?.Roles ?? new HashSet<string>();

    public int? District => Actor?.District;

    public DistrictScope Scope => Actor?.Scope ?? DistrictScope.None;

    public bool IsDepartmentWide => Actor?.IsDepartmentWide ?? false;

    public bool Is(string role) => Actor?.Is(role) ?? false;

    /// <summary>
    /// The member's own district, for pages whose policy admits only district members (representatives, sergeants,
    /// commanders): they act for the district on their account, never one named in the request.
    /// </summary>
    public int OwnDistrict => District ?? throw new InvalidOperationException("This page's policy admits only members of a district.");

    /// <summary>The signed-in actor, for handlers behind the sign-in policy.</summary>
    public Actor SignedIn => Actor ?? throw new InvalidOperationException("Every page but sign-in and errors needs a signed-in member.");

    /// <summary>The member as an approver: News Affairs department-wide, a sergeant or commander for their own district.</summary>
    public PostApprover? Approver => Actor is null ? null : PostApprover.From(Actor);

    public bool CanSee(int district) => Scope.Includes(district);

    private static int? DistrictOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(CpdClaims.District), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>May the member draft or publish for their district now (appointment, duty, device)? Checked once per request and purpose.</summary>
    public async Task<ActingDecision> ActingAsync(ActingPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (_acts.TryGetValue(purpose, out var known))
        {
            return known;
        }

        var context = _accessor.HttpContext ?? throw new InvalidOperationException("Acting for a district needs a request.");
        var decision = Actor is null
            ? ActingDecision.No("Only a district's registered Twitter representatives post for it.")
            : await _acting.CheckAsync(Actor, context, purpose, cancellationToken);
        _acts[purpose] = decision;
        return decision;
    }
}
