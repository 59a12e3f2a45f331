using CpdTwitter.Domain.Media;
using Microsoft.AspNetCore.Mvc;

namespace CpdTwitter.Web.Pages.Posts;

/// <summary>A post's stored images as its preview lays them out, each from the image route that checks the district.</summary>
public static class PreviewImages
{
    public static IReadOnlyList<PreviewImage> Of(IUrlHelper url, IEnumerable<PostImage> images)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(images);
        return images.Select(i => new PreviewImage(url.Page("/Media/Image", new { sha256 = i.Sha256 }) ?? string.Empty, i.AltText)).ToList();
    }
}
