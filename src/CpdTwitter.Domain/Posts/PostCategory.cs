namespace CpdTwitter.Domain.Posts;

/// <summary>The kinds of posting the directive allows on a district account (S02-03-10 IV.A).</summary>
public enum PostCategory
{
    /// <summary>A post made outside the app (captured from X): nobody chose its kind. Never offered when writing.</summary>
    NotClassified = 0,

    CommunityAlert = 1,
    CrimePreventionTip = 2,
    SuccessStory = 3,
    CommunityEvent = 4,
    DistrictCrimeAlert = 5,
    BeatMeeting = 6,
    SpecialEvent = 7,

    /// <summary>
    /// A response to a mention of the district account (IV.D "entries/responses", III.D "engage members of the
    /// community"). Every response has this kind and nothing else does: it is never offered in the kind list (ADR 0010).
    /// </summary>
    CommunityResponse = 8,
}

public static class PostCategories
{
    /// <summary>
    /// The kinds a representative chooses from (<see cref="PostCategory.NotClassified"/> is not one, nor
    /// <see cref="PostCategory.CommunityResponse"/>, which a response takes by itself).
    /// </summary>
    public static IReadOnlyList<PostCategory> All { get; } = [.. Enum.GetValues<PostCategory>().Where(c => c is not (PostCategory.NotClassified or PostCategory.CommunityResponse))];

    /// <summary>The kinds a posting written in the app may have in the records: the chosen kinds and responses (for filters).</summary>
    public static IReadOnlyList<PostCategory> Written { get; } = [.. All, PostCategory.CommunityResponse];

    public static string DisplayName(this PostCategory category) => category switch
    {
        PostCategory.NotClassified => "Not classified",
        PostCategory.CommunityAlert => "Community alert",
        PostCategory.CrimePreventionTip => "Crime prevention tip",
        PostCategory.SuccessStory => "Success story",
        PostCategory.CommunityEvent => "Community event",
        PostCategory.DistrictCrimeAlert => "District crime alert",
        PostCategory.BeatMeeting => "Beat meeting",
        PostCategory.SpecialEvent => "Special event",
        PostCategory.CommunityResponse => "Response to the community",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>Postings about a dated event; they go stale once the event has passed.</summary>
    public static bool IsEvent(this PostCategory category) =>
        category is PostCategory.CommunityEvent or PostCategory.BeatMeeting or PostCategory.SpecialEvent;

    /// <summary>Whether <paramref name="category"/> is one a writer may choose (<see cref="All"/>).</summary>
    public static bool IsDefined(PostCategory category) => All.Contains(category);
}
