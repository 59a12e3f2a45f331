namespace CpdTwitter.Domain.Posts;

public enum DecisionKind
{
    Approved = 0,
    Returned = 1,
    Rejected = 2,

    /// <summary>A district supervisor's approval that the post policy turned into a referral: News Affairs decides.</summary>
    SentToNewsAffairs = 3,
}

public static class DecisionKinds
{
    public static string DisplayName(this DecisionKind kind) => kind switch
    {
        DecisionKind.Approved => "Approved",
        DecisionKind.Returned => "Returned",
        DecisionKind.Rejected => "Rejected",
        DecisionKind.SentToNewsAffairs => "Sent to News Affairs",
        _ => kind.ToString(),
    };
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

    /// <summary>Disposition only (<see cref="Post.Purge"/>).</summary>
    internal void Purge() => Comment = null;
}
