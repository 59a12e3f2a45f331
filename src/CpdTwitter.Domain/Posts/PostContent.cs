namespace CpdTwitter.Domain.Posts;

/// <summary>What an author writes: one revision's worth of a post.</summary>
public sealed record PostContent(PostCategory Category, string Text, DateTime? ScheduledForUtc, bool MarkedNotable, string? Justification, DateOnly? EventDate = null, IReadOnlyList<Media.PostImage>? Images = null)
{
    /// <summary>The images in order; none when not given.</summary>
    public IReadOnlyList<Media.PostImage> ImageList => Images ?? [];

    public const int JustificationMaxLength = 1000;

    /// <summary>Far above anything X accepts (280 weighted characters): longer input is refused before it is stored.</summary>
    public const int TextMaxLength = 4000;

    /// <summary>
    /// Browsers submit a textarea's line breaks as CR LF, while X and the live counter see LF: the text is kept
    /// with LF so that the count the author saw is the count the server checks.
    /// </summary>
    public static string NormalizeText(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    public PostContent Normalized() => this with
    {
        Text = NormalizeText(Text),
        Justification = string.IsNullOrWhiteSpace(Justification) ? null : Justification.Trim(),
        Images = ImageList.Select(i => i.Normalized()).ToList(),
    };
}

/// <summary>Who acts on someone else's post: News Affairs, or the district's sergeant or commander.</summary>
public sealed record PostApprover(string UserId, string Name, bool IsNewsAffairs, int? SupervisesDistrict)
{
    /// <summary>The member as an approver: News Affairs department-wide, a sergeant or commander for their own district; null for anyone else.</summary>
    public static PostApprover? From(People.Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var newsAffairs = actor.Is(People.Roles.NewsAffairs);
        int? supervises = actor.District is { } district && actor.SupervisesDistrict(district) ? district : null;
        return newsAffairs || supervises is not null ? new PostApprover(actor.UserId, actor.Name, newsAffairs, supervises) : null;
    }

    public const string NewsAffairsRole = "Office of News Affairs";

    public string Role => IsNewsAffairs ? NewsAffairsRole : "District supervisor";
}
