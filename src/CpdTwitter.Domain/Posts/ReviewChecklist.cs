namespace CpdTwitter.Domain.Posts;

/// <summary>The sergeant's checklist from directive V.B: right category, current, correct, valid, appropriate.</summary>
public sealed record ReviewChecklist(bool Category, bool Current, bool Correct, bool Valid, bool Appropriate)
{
    public bool All => Category && Current && Correct && Valid && Appropriate;

    public static ReviewChecklist Complete { get; } = new(true, true, true, true, true);
}
