using CpdTwitter.Domain.Inquiries;

namespace CpdTwitter.Infrastructure.Inquiries;

/// <summary>Section <c>NewsAffairs</c>: how soon News Affairs aims to answer a media inquiry.</summary>
public sealed class InquiryOptions
{
    public const string Section = "NewsAffairs";

    /// <summary>Hours from receipt after which an unanswered inquiry is overdue (<c>NewsAffairs:InquiryResponseHours</c>, default 4).</summary>
    public int InquiryResponseHours { get; set; } = MediaInquiry.DefaultResponseHours;
}
