namespace CpdTwitter.Domain.Posts;

/// <summary>
/// What happens to a district account outside the app (directive V.D.2: every posting is retained, including one made
/// or deleted directly on X). A post made on X is captured as a published posting of its district; an app posting
/// found gone from X keeps its content and state and is marked deleted outside the app.
/// </summary>
public sealed partial class Post
{
    /// <summary>The author of every captured post: a disabled account that cannot sign in (the posts table requires an author).</summary>
    public const string OutsideAppAuthorId = "outside-app";

    public const string OutsideAppAuthorName = "Made outside the app";

    /// <summary>X's post ids are decimal numbers (snowflakes) of at most 19 digits.</summary>
    public const int XPostIdMaxLength = 19;

    /// <summary>How far X's clock may be ahead of ours when the time X gives a post is checked.</summary>
    internal static readonly TimeSpan XClockSkew = TimeSpan.FromMinutes(5);

    public PostOrigin Origin { get; private set; }

    /// <summary>Whether <paramref name="id"/> has the shape of an X id (post or user): decimal digits, at most <see cref="XPostIdMaxLength"/>.</summary>
    public static bool IsXId(string? id) => !string.IsNullOrEmpty(id) && id.Length <= XPostIdMaxLength && id.All(char.IsAsciiDigit);

    /// <summary>When the capture found that this app posting is no longer on X, though nobody discontinued it here.</summary>
    public DateTime? DeletedOutsideAppAt { get; private set; }

    public bool MadeOutsideApp => Origin == PostOrigin.OutsideApp;

    /// <summary>
    /// A post found on the district's X timeline that the app did not make. It is recorded as published at the time X
    /// gives (submitted then too, so the feed orders it among the others), with the text X returned, and is open to the
    /// sergeant's review like any posting.
    /// </summary>
    public static Post CapturedFromX(int district, string xPostId, string text, string? handle, DateTime postedAtUtc, DateTime capturedAtUtc)
    {
        if (district <= 0)
        {
            throw new DomainException("A captured post belongs to a district.");
        }

        if (!IsXId(xPostId))
        {
            throw new DomainException($"“{xPostId}” is not an X post id.");
        }

        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > PostContent.TextMaxLength)
        {
            throw new DomainException($"X post {xPostId} is longer than a posting can be stored ({PostContent.TextMaxLength} characters).");
        }

        if (postedAtUtc.Kind != DateTimeKind.Utc || capturedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Times are UTC.");
        }

        if (postedAtUtc > capturedAtUtc + XClockSkew)
        {
            throw new DomainException($"X post {xPostId} says it was made after it was captured.");
        }

        var post = new Post(district, OutsideAppAuthorId, OutsideAppAuthorName, capturedAtUtc)
        {
            Origin = PostOrigin.OutsideApp,
            Category = PostCategory.NotClassified,
            Text = text,
            SentText = text,
            SubmittedAt = postedAtUtc,
            ReleasedAt = postedAtUtc,
            PublishedAt = postedAtUtc,
            XPostId = xPostId,
            AccountHandle = handle,
            XPostUrl = handle is null ? $"https://x.com/i/web/status/{xPostId}" : $"https://x.com/{handle}/status/{xPostId}",
            State = PostState.Published,
        };
        post.Touch(capturedAtUtc);
        return post;
    }

    /// <summary>
    /// Whether the capture may look for this posting on X: it was made by the app and really sent (not the sandbox), is
    /// live here (published or reviewed; a discontinued one was deleted by the app) and not already found gone.
    /// </summary>
    public bool ExpectedOnX => Origin == PostOrigin.App && !Sandbox && XPostId is not null && State.IsLive() && DeletedOutsideAppAt is null;

    /// <summary>
    /// The timeline read covered this posting's time and did not return it: someone deleted it on X. The record keeps its
    /// content and state; only the finding is added, once.
    /// </summary>
    public bool MarkDeletedOutsideApp(DateTime nowUtc)
    {
        if (!ExpectedOnX)
        {
            return false;
        }

        DeletedOutsideAppAt = nowUtc;
        Touch(nowUtc);
        return true;
    }
}
