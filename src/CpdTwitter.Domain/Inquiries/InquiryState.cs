namespace CpdTwitter.Domain.Inquiries;

/// <summary>Where a media inquiry stands: logged by the district (New), given to a News Affairs member (Assigned), answered, closed.</summary>
public enum InquiryState
{
    New = 1,
    Assigned = 2,
    Answered = 3,
    Closed = 4,
}

public static class InquiryStates
{
    public static string Label(this InquiryState state) => state switch
    {
        InquiryState.New => "New",
        InquiryState.Assigned => "Assigned",
        InquiryState.Answered => "Answered",
        InquiryState.Closed => "Closed",
        _ => state.ToString(),
    };

    /// <summary>Still waiting for News Affairs' answer: the response target runs.</summary>
    public static bool AwaitsResponse(this InquiryState state) => state is InquiryState.New or InquiryState.Assigned;
}
