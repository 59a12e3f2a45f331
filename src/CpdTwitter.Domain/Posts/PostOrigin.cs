namespace CpdTwitter.Domain.Posts;

/// <summary>Where a posting was made: through the app's workflow, or directly on X (captured afterwards; directive V.D.2).</summary>
public enum PostOrigin
{
    App = 0,

    /// <summary>Made directly on the district's X account and captured from its timeline: a record, never approved here.</summary>
    OutsideApp = 1,
}

public static class PostOrigins
{
    public static string DisplayName(this PostOrigin origin) => origin switch
    {
        PostOrigin.App => "Made in the app",
        PostOrigin.OutsideApp => "Made outside the app",
        _ => origin.ToString(),
    };
}
