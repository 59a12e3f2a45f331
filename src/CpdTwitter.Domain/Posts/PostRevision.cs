namespace CpdTwitter.Domain.Posts;

public enum RevisionKind
{
    /// <summary>Saved by the author.</summary>
    Saved = 0,

    /// <summary>Edited by the approver while approving.</summary>
    ApproverEdit = 1,
}

/// <summary>One saved version of a post. Revisions are never changed or removed.</summary>
public sealed class PostRevision
{
    private PostRevision()
    {
        Text = EditedBy = EditedByName = string.Empty;
    }

    internal PostRevision(Guid postId, int number, PostContent content, RevisionKind kind, string editedBy, string editedByName, DateTime atUtc)
        : this()
    {
        Id = Guid.NewGuid();
        PostId = postId;
        Number = number;
        Category = content.Category;
        Text = content.Text;
        ScheduledFor = content.ScheduledForUtc;
        MarkedNotable = content.MarkedNotable;
        Justification = content.Justification;
        Images = content.ImageList;
        Kind = kind;
        EditedBy = editedBy;
        EditedByName = editedByName;
        CreatedAt = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public int Number { get; private set; }

    public PostCategory Category { get; private set; }

    public string Text { get; private set; }

    public DateTime? ScheduledFor { get; private set; }

    public bool MarkedNotable { get; private set; }

    public string? Justification { get; private set; }

    /// <summary>The revision's images with their alt text, in order.</summary>
    public IReadOnlyList<Media.PostImage> Images { get; private set; } = [];

    public RevisionKind Kind { get; private set; }

    public string EditedBy { get; private set; }

    public string EditedByName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Disposition only (<see cref="Post.Purge"/>): the content goes, the fact of the revision stays.</summary>
    internal void Purge(string marker)
    {
        Text = marker;
        Justification = null;
        Images = [];
    }
}
