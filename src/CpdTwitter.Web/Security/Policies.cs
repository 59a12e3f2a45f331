using Microsoft.AspNetCore.Authorization;

namespace CpdTwitter.Web.Security;

public static class Policies
{
    public const string Isd = nameof(Isd);
    public const string NewsAffairs = nameof(NewsAffairs);

    /// <summary>Department-wide oversight pages News Affairs shares with ISD (<see cref="OversightPages"/>).</summary>
    public const string Oversight = nameof(Oversight);

    /// <summary>The pages under /NewsAffairs that ISD sees too (issue 14: "ISD sees the same feed", and the dashboard); the rest are News Affairs' alone.</summary>
    public static IReadOnlySet<string> OversightPages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/NewsAffairs/Postings", "/NewsAffairs/Dashboard" };

    /// <summary>A commander acts for the district on their account, never one named in the request.</summary>
    public const string Commander = nameof(Commander);

    /// <summary>The district's commander or community policing sergeant (duty schedules).</summary>
    public const string DistrictSupervisor = nameof(DistrictSupervisor);

    /// <summary>A district's Twitter representative, acting for the district on their account.</summary>
    public const string Representative = nameof(Representative);

    /// <summary>Any member of a district (representative, sergeant or commander), acting for the district on their account.</summary>
    public const string DistrictMember = nameof(DistrictMember);

    /// <summary>
    /// The mentions inbox: a district's members (their own district's, on their account) and News Affairs and ISD (every
    /// district's; ISD only sees).
    /// </summary>
    public const string Inbox = nameof(Inbox);

    /// <summary>Every page needs a signed-in member unless it says otherwise.</summary>
    public static AuthorizationPolicy SignedIn { get; } = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}
