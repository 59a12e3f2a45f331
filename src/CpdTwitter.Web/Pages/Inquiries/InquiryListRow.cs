using CpdTwitter.Domain.Inquiries;

namespace CpdTwitter.Web.Pages.Inquiries;

/// <summary>One inquiry as the lists show it, with its overdue flag worked out against the response target.</summary>
public sealed record InquiryListRow(MediaInquiry Inquiry, bool Overdue, DateTime DueAt)
{
    public static InquiryListRow Of(MediaInquiry inquiry, DateTime nowUtc, int responseHours) =>
        new(inquiry, inquiry.IsOverdue(nowUtc, responseHours), inquiry.DueAt(responseHours));

    public string Status => Inquiry.State switch
    {
        InquiryState.Assigned => $"Assigned to {Inquiry.AssignedToName}",
        InquiryState.Answered => $"Answered by {Inquiry.RespondedByName}",
        InquiryState.Closed => "Closed",
        _ => "New: waiting for News Affairs",
    };
}
