namespace CpdTwitter.Domain.Posts;

/// <summary>What the sergeant's review of a posting found (V.B).</summary>
public enum ReviewOutcome
{
    Reviewed = 0,
    NeedsCorrection = 1,
}
