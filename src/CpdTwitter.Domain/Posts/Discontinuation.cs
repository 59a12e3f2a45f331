namespace CpdTwitter.Domain.Posts;

/// <summary>Why a posting was discontinued or cancelled (V.B): kept with the record.</summary>
public enum PullReason
{
    Inappropriate = 1,
    Incorrect = 2,
    Outdated = 3,
    NotDistrictSpecific = 4,
    Advertising = 5,
    Other = 6,
}

public static class PullReasons
{
    public static IReadOnlyList<PullReason> All { get; } = Enum.GetValues<PullReason>();

    public static string DisplayName(this PullReason reason) => reason switch
    {
        PullReason.Inappropriate => "Inappropriate",
        PullReason.Incorrect => "Incorrect",
        PullReason.Outdated => "Outdated",
        PullReason.NotDistrictSpecific => "Not district-specific",
        PullReason.Advertising => "Advertising",
        PullReason.Other => "Other",
        _ => reason.ToString(),
    };
}

/// <summary>The sergeant's checklist from directive V.B: right category, current, correct, valid, appropriate.</summary>
public sealed record ReviewChecklist(bool Category, bool Current, bool Correct, bool Valid, bool Appropriate)
{
    public bool All => Category && Current && Correct && Valid && Appropriate;

    public static ReviewChecklist Complete { get; } = new(true, true, true, true, true);
}

public enum ReviewOutcome
{
    Reviewed = 0,
    NeedsCorrection = 1,
}
