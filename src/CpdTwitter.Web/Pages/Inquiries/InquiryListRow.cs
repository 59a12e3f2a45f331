using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Web.Pages.Inquiries;

/// <summary>
/// One inquiry as the lists show it, with its overdue flag worked out against the response target; on a single
/// inquiry's page, with the mention of the district account it came from (the lists only mark that it did).
/// </summary>
public sealed record InquiryListRow(MediaInquiry Inquiry, bool Overdue, DateTime DueAt, Mention? FromMention = null)
{
    public static InquiryListRow Of(MediaInquiry inquiry, DateTime nowUtc, int responseHours, Mention? fromMention = null) =>
        new(inquiry, inquiry.IsOverdue(nowUtc, responseHours), inquiry.DueAt(responseHours), fromMention);

    public string Status => Inquiry.State switch
    {
        InquiryState.Assigned => $"Assigned to {Inquiry.AssignedToName}",
        InquiryState.Answered => $"Answered by {Inquiry.RespondedByName}",
        InquiryState.Closed => "Closed",
        _ => "New: waiting for News Affairs",
    };
}
