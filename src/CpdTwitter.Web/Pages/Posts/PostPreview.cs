namespace CpdTwitter.Web.Pages.Posts;

/// <summary>How a post will look on X: the district account, the text (<see cref="PostTextHtml"/>), its images and when it goes.</summary>
public sealed record PostPreview(string AccountName, string Handle, string Text, DateTime? WhenUtc, bool Sandbox)
{
    /// <summary>X shows at most four images (or one GIF) with a post.</summary>
    public const int MaxImages = 4;

    /// <summary>The post's images in order; the preview lays out the first four as X does (see site.css, .post-preview-media).</summary>
    public IReadOnlyList<PreviewImage> Images { get; init; } = [];
}

/// <summary>An image shown with a post: where the browser gets it, and its alt text.</summary>
public sealed record PreviewImage(string Url, string AltText);
