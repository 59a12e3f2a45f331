namespace CpdTwitter.Domain.Notifications;

/// <summary>A message for one person in the in-app notification list ("your post was returned", "approval waiting").</summary>
public sealed class Notification
{
    public const int TextMaxLength = 500;

    private Notification()
    {
        UserId = Text = Link = string.Empty;
    }

    public Notification(string userId, string text, string link, DateTime createdAtUtc)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Id = Guid.NewGuid();
        UserId = userId;
        Text = text.Length > TextMaxLength ? text[..(TextMaxLength - 1)] + "…" : text;
        Link = link;
        CreatedAt = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string Text { get; private set; }

    /// <summary>A local path in the app, e.g. /Drafts/Post?id=…</summary>
    public string Link { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    /// <summary>When the e-mail copy was handed to the mail server (or pickup folder); null until then.</summary>
    public DateTime? EmailedAt { get; private set; }

    public int EmailAttempts { get; private set; }

    /// <summary>Not before this time is the next e-mail attempt made (backoff after a failure).</summary>
    public DateTime? EmailRetryAt { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAt ??= nowUtc;

    public void Emailed(DateTime nowUtc)
    {
        EmailedAt = nowUtc;
        EmailAttempts++;
        EmailRetryAt = null;
    }

    /// <summary>A failed send: try again later, at most <paramref name="maxAttempts"/> times in all.</summary>
    public void EmailFailed(DateTime nowUtc, int maxAttempts)
    {
        EmailAttempts++;
        EmailRetryAt = EmailAttempts >= maxAttempts ? DateTime.MaxValue : nowUtc.AddMinutes(Math.Min(60, Math.Pow(2, EmailAttempts)));
    }
}
