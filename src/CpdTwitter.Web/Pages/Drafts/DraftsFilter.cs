using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Web.Pages.Drafts;

/// <summary>The lists the representative's home links to: <c>/Drafts?show=drafts|returned|corrections</c>.</summary>
public enum DraftsFilter
{
    Drafts,
    Returned,
    Corrections,
}

public static class DraftsFilters
{
    public static DraftsFilter? Parse(string? value) => value?.ToUpperInvariant() switch
    {
        "DRAFTS" => DraftsFilter.Drafts,
        "RETURNED" => DraftsFilter.Returned,
        "CORRECTIONS" => DraftsFilter.Corrections,
        _ => null,
    };

    public static string Title(this DraftsFilter filter) => filter switch
    {
        DraftsFilter.Drafts => "Drafts",
        DraftsFilter.Returned => "Returned to the author",
        _ => "Corrections asked by the sergeant's review",
    };

    /// <summary>The same conditions the home page counts (Layout.WhatNeedsYou), on the district's posts.</summary>
    public static IQueryable<Post> Apply(this DraftsFilter filter, IQueryable<Post> posts, IQueryable<Post> all) => filter switch
    {
        DraftsFilter.Drafts => posts.Where(p => p.State == PostState.Draft && p.DecisionComment == null),
        DraftsFilter.Returned => posts.Where(p => p.State == PostState.Draft && p.DecisionComment != null),
        _ => posts.Where(p => p.LastReviewOutcome == ReviewOutcome.NeedsCorrection && p.State == PostState.Reviewed && !all.Any(x => x.CorrectsPostId == p.Id)),
    };
}
