using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Web.Pages.Drafts;

/// <summary>The composer's form. The scheduled time is entered in Chicago time and stored in UTC.</summary>
public sealed class PostInput
{
    [Display(Name = "Kind of posting")]
    [Required(ErrorMessage = "Choose the kind of posting.")]
    public PostCategory? Category { get; set; }

    [Display(Name = "Post")]
    public string? Text { get; set; }

    [Display(Name = "Publish at (Chicago time, optional)")]
    public DateTime? ScheduledFor { get; set; }

    [Display(Name = "Event date (community events, beat meetings, special events)")]
    public DateOnly? EventDate { get; set; }

    [Display(Name = "This post concerns a notable incident (e.g. a newsworthy arrest)")]
    public bool MarkedNotable { get; set; }

    [Display(Name = "Why the link or promotional wording is needed")]
    [StringLength(PostContent.JustificationMaxLength, ErrorMessage = "Keep the justification under {1} characters.")]
    public string? Justification { get; set; }

    /// <summary>The attached images in order, each by its stored file's SHA-256 with the alt text written for it.</summary>
    public List<ImageInput> Images { get; set; } = [];

    public PostContent ToContent(IReadOnlyList<Domain.Media.PostImage>? images = null) => new(
        Category ?? 0,
        Text ?? string.Empty,
        ScheduledFor is { } local ? WallClock.StartToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChicagoTime.Zone) : null,
        MarkedNotable,
        Justification,
        EventDate,
        images);

    public static PostInput From(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new PostInput
        {
            Category = post.Category,
            Text = post.Text,
            ScheduledFor = post.ScheduledFor is { } at ? ChicagoTime.ToLocal(at) : null,
            MarkedNotable = post.MarkedNotable,
            Justification = post.Justification,
            EventDate = post.EventDate,
            Images = post.Images.Select(i => new ImageInput { Sha256 = i.Sha256, AltText = i.AltText }).ToList(),
        };
    }
}

/// <summary>One attached image in the composer's form.</summary>
public sealed class ImageInput
{
    public string? Sha256 { get; set; }

    [Display(Name = "Alt text")]
    [StringLength(Domain.Media.PostImages.AltTextMaxLength, ErrorMessage = "Keep the alt text to {1} characters.")]
    public string? AltText { get; set; }
}
