using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Calendar;

/// <summary>
/// Which postings a calendar shows and where: those that were or are to be sent to X — queued (at the time they go out,
/// <see cref="Post.DueAt"/>), sent (at their publication time), discontinued after publication, and cancelled before
/// it (at the time they were to go out). Drafts and posts awaiting approval have no time on X yet.
/// </summary>
public static class CalendarEntries
{
    /// <summary>A day cell of the grid shows this many postings and "N more" for the rest.</summary>
    public const int PerDayInGrid = 3;

    /// <summary>A day of a week's or month's list shows this many, and links to the day's own list for the rest.</summary>
    public const int PerDayInList = 10;

    public static IReadOnlyList<PostState> States { get; } =
    [
        PostState.Queued, PostState.OutcomeUnknown, PostState.Published, PostState.Reviewed,
        PostState.Discontinuing, PostState.Discontinued, PostState.Cancelled,
    ];

    /// <summary>The time a posting sits at on the calendar: when it was published, else when it is (or was) due to go out.</summary>
    public static DateTime TimeOf(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.PublishedAt ?? post.DueAt;
    }

    /// <summary>The state as the calendar names it.</summary>
    public static string Label(PostState state) => state switch
    {
        PostState.Queued => "Scheduled",
        PostState.OutcomeUnknown => "Sending (outcome unknown)",
        PostState.Published or PostState.Reviewed => "Published",
        PostState.Discontinuing or PostState.Discontinued => "Discontinued",
        PostState.Cancelled => "Cancelled",
        _ => state.DisplayName(),
    };

    /// <summary>The start of the text, on one line, for a calendar entry.</summary>
    public static string Excerpt(string text, int length = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = char.IsHighSurrogate(flat[length - 2]) ? length - 2 : length - 1;
        return flat[..cut].TrimEnd() + "…";
    }
}
