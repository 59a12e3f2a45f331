namespace CpdTwitter.Domain.Posts;

public enum DecisionKind
{
    Approved = 0,
    Returned = 1,
    Rejected = 2,
}

/// <summary>An approver's decision on a submitted post (IV.A.1), kept with the post forever.</summary>
public sealed class PostDecision
{
    public const int CommentMaxLength = 1000;

    private PostDecision()
    {
        DecidedBy = DecidedByName = Role = string.Empty;
    }

    internal PostDecision(Guid postId, DecisionKind kind, PostApprover approver, int revision, string? comment, DateTime atUtc)
        : this()
    {
        Id = Guid.NewGuid();
        PostId = postId;
        Kind = kind;
        DecidedBy = approver.UserId;
        DecidedByName = approver.Name;
        Role = approver.Role;
        Revision = revision;
        Comment = comment;
        DecidedAt = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public DecisionKind Kind { get; private set; }

    public string DecidedBy { get; private set; }

    public string DecidedByName { get; private set; }

    public string Role { get; private set; }

    /// <summary>The revision the decision was taken on.</summary>
    public int Revision { get; private set; }

    public string? Comment { get; private set; }

    public DateTime DecidedAt { get; private set; }
}
