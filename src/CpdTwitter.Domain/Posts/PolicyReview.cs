namespace CpdTwitter.Domain.Posts;

/// <summary>
/// What the pre-publishing checks found. Routing reasons send the post to News Affairs (IV.A.1, IV.E);
/// link and advertising findings also need the author's justification; warnings are for the author only.
/// </summary>
public sealed record PolicyReview(
    IReadOnlyList<string> NotableReasons,
    IReadOnlyList<string> AdvertisingReasons,
    IReadOnlyList<string> Warnings)
{
    public IReadOnlyList<string> RoutingReasons => [.. NotableReasons, .. AdvertisingReasons];

    public bool RoutesToNewsAffairs => NotableReasons.Count > 0 || AdvertisingReasons.Count > 0;

    public bool NeedsJustification => AdvertisingReasons.Count > 0;

    public static PolicyReview Clear { get; } = new([], [], []);
}

/// <summary>The lists News Affairs maintains for the checks.</summary>
public sealed record PolicyLists(IReadOnlyList<string> NotableTerms, IReadOnlyList<string> AllowedDomains, IReadOnlyList<string> PromotionalTerms)
{
    public static PolicyLists Defaults { get; } = new(
        ["arrest", "charged", "in custody", "homicide", "murder", "shooting", "shot", "stabbing", "stabbed", "missing juvenile",
            "missing child", "officer-involved", "officer involved", "carjacking", "kidnapping", "sexual assault", "fatal", "death"],
        ["chicagopolice.org", "cityofchicago.org", "chicago.gov", "911.gov"],
        ["sale", "discount", "coupon", "promo code", "sponsored", "buy now", "special offer", "% off", "free trial", "giveaway", "shop at"]);
}

public enum PolicyListKind
{
    NotableTerm = 0,
    AllowedDomain = 1,
    PromotionalTerm = 2,
}
