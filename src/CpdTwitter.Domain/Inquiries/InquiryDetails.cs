namespace CpdTwitter.Domain.Inquiries;

/// <summary>What the district member took down when the media asked: who asked, how, when, and what.</summary>
public sealed record InquiryDetails(
    string Outlet,
    string Reporter,
    string Contact,
    InquiryChannel Channel,
    DateTime ReceivedAtUtc,
    string Question);
