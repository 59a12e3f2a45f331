namespace CpdTwitter.Domain.Posts;

/// <summary>Why a posting was discontinued or cancelled (V.B): kept with the record.</summary>
public enum DiscontinueReason
{
    Inappropriate = 1,
    Incorrect = 2,
    Outdated = 3,
    NotDistrictSpecific = 4,
    Advertising = 5,
    Other = 6,
}

public static class DiscontinueReasons
{
    public static IReadOnlyList<DiscontinueReason> All { get; } = Enum.GetValues<DiscontinueReason>();

    public static string DisplayName(this DiscontinueReason reason) => reason switch
    {
        DiscontinueReason.Inappropriate => "Inappropriate",
        DiscontinueReason.Incorrect => "Incorrect",
        DiscontinueReason.Outdated => "Outdated",
        DiscontinueReason.NotDistrictSpecific => "Not district-specific",
        DiscontinueReason.Advertising => "Advertising",
        DiscontinueReason.Other => "Other",
        _ => reason.ToString(),
    };
}
