namespace CpdTwitter.Domain.Posts;

/// <summary>Where a post stands (ARCHITECTURE.md, post lifecycle).</summary>
public enum PostState
{
    /// <summary>Being written by its author; every save is a revision.</summary>
    Draft = 0,

    /// <summary>Routed to the Office of News Affairs (notable incident, link or advertising policy) before it may go out.</summary>
    AwaitingNewsAffairs = 1,

    /// <summary>The district requires its sergeant's approval for every post.</summary>
    AwaitingSergeant = 2,

    /// <summary>Refused by the approver with a reason; kept, never sent.</summary>
    Rejected = 3,

    /// <summary>Released for publishing: waits for its scheduled time, a pause or a rate limit, then goes to X.</summary>
    Queued = 4,

    /// <summary>On X (or in the sandbox) with its post id.</summary>
    Published = 5,

    /// <summary>X refused it; the author can edit and resubmit.</summary>
    Failed = 6,

    /// <summary>The request reached X but no answer came back: reconciled, never resent blindly.</summary>
    OutcomeUnknown = 7,

    /// <summary>Published and reviewed by the district's sergeant (V.B).</summary>
    Reviewed = 8,

    /// <summary>Discontinued: the deletion on X is on its way.</summary>
    Discontinuing = 9,

    /// <summary>Deleted from X; the record and its snapshot are kept forever.</summary>
    Discontinued = 10,

    /// <summary>Stopped before it went out; kept with the reason.</summary>
    Cancelled = 11,
}

public static class PostStates
{
    /// <summary>
    /// Nothing is left for the author to do: the post is out (published, reviewed), refused (rejected), or stopped
    /// (discontinued or cancelled). Everything else is still in the author's or an approver's or the publisher's hands.
    /// </summary>
    public static IReadOnlyList<PostState> Finished { get; } =
        [PostState.Published, PostState.Reviewed, PostState.Rejected, PostState.Discontinuing, PostState.Discontinued, PostState.Cancelled];

    /// <summary>Every state that is not <see cref="Finished"/>, listed so a query can seek them in an index (a NOT IN cannot).</summary>
    public static IReadOnlyList<PostState> InProgress { get; } = [.. Enum.GetValues<PostState>().Where(s => !Finished.Contains(s))];

    public static bool IsFinished(this PostState state) => Finished.Contains(state);

    public static string DisplayName(this PostState state) => state switch
    {
        PostState.Draft => "Draft",
        PostState.AwaitingNewsAffairs => "Awaiting News Affairs",
        PostState.AwaitingSergeant => "Awaiting sergeant",
        PostState.Rejected => "Rejected",
        PostState.Queued => "Queued",
        PostState.Published => "Published",
        PostState.Failed => "Failed",
        PostState.OutcomeUnknown => "Outcome unknown",
        PostState.Reviewed => "Reviewed",
        PostState.Discontinuing => "Being discontinued",
        PostState.Discontinued => "Discontinued",
        PostState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    public static bool IsAwaitingApproval(this PostState state) => state is PostState.AwaitingNewsAffairs or PostState.AwaitingSergeant;

    /// <summary>On X now (or in the sandbox): published, and possibly reviewed.</summary>
    public static bool IsLive(this PostState state) => state is PostState.Published or PostState.Reviewed;

    /// <summary>The author may change the text: before submitting, after a return, or after X refused it.</summary>
    public static bool IsEditable(this PostState state) => state is PostState.Draft or PostState.Failed;
}
