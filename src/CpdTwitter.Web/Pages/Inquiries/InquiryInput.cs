using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Duty;
using CpdTwitter.Domain.Inquiries;

namespace CpdTwitter.Web.Pages.Inquiries;

/// <summary>The form a district member fills in when the media ask about the district's postings. The domain checks every rule.</summary>
public sealed class InquiryInput
{
    [Display(Name = "News outlet")]
    public string? Outlet { get; set; }

    [Display(Name = "Reporter")]
    public string? Reporter { get; set; }

    [Display(Name = "How to reach the reporter (phone, e-mail or handle)")]
    public string? Contact { get; set; }

    [Display(Name = "How the inquiry came in")]
    public InquiryChannel? Channel { get; set; }

    [Display(Name = "Received (Chicago time)")]
    public DateTime? ReceivedAt { get; set; }

    [Display(Name = "The question asked")]
    public string? Question { get; set; }

    /// <summary>The district's posting the question is about, if any.</summary>
    public Guid? RelatedPostId { get; set; }

    public InquiryDetails ToDetails() => new(
        Outlet ?? string.Empty,
        Reporter ?? string.Empty,
        Contact ?? string.Empty,
        Channel ?? 0,
        ReceivedAt is { } local ? WallClock.StartToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Domain.ChicagoTime.Zone) : DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
        Question ?? string.Empty);
}
