namespace CpdTwitter.Domain.Posts;

/// <summary>One review of a published posting by the district's sergeant (V.B), kept with the post.</summary>
public sealed class PostReview : Districts.IDistrictOwned
{
    public const int NoteMaxLength = 1000;

    private PostReview()
    {
        ReviewedBy = ReviewedByName = string.Empty;
    }

    internal PostReview(Guid postId, int district, ReviewOutcome outcome, ReviewChecklist checks, string? note, PostApprover reviewer, DateTime atUtc)
        : this()
    {
        Id = Guid.NewGuid();
        PostId = postId;
        District = district;
        Outcome = outcome;
        CategoryOk = checks.Category;
        Current = checks.Current;
        Correct = checks.Correct;
        Valid = checks.Valid;
        Appropriate = checks.Appropriate;
        Note = note;
        ReviewedBy = reviewer.UserId;
        ReviewedByName = reviewer.Name;
        ReviewedAt = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public int District { get; private set; }

    public ReviewOutcome Outcome { get; private set; }

    public bool CategoryOk { get; private set; }

    public bool Current { get; private set; }

    public bool Correct { get; private set; }

    public bool Valid { get; private set; }

    public bool Appropriate { get; private set; }

    public string? Note { get; private set; }

    public string ReviewedBy { get; private set; }

    public string ReviewedByName { get; private set; }

    public DateTime ReviewedAt { get; private set; }

    /// <summary>Disposition only (<see cref="Post.Purge"/>).</summary>
    internal void Purge() => Note = null;
}
