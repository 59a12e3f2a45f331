namespace CpdTwitter.Domain.Inquiries;

/// <summary>How a media inquiry reached the district, or how News Affairs answered it.</summary>
public enum InquiryChannel
{
    Phone = 1,
    Email = 2,
    InPerson = 3,
    Social = 4,
}

public static class InquiryChannels
{
    public static string Label(this InquiryChannel channel) => channel switch
    {
        InquiryChannel.Phone => "Phone",
        InquiryChannel.Email => "E-mail",
        InquiryChannel.InPerson => "In person",
        InquiryChannel.Social => "Social media",
        _ => channel.ToString(),
    };
}
