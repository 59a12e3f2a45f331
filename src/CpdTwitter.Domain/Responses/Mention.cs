namespace CpdTwitter.Domain.Responses;

/// <summary>
/// A post on X that mentions a district account (directive IV.A, IV.D "entries/responses"), read by the mentions poll
/// and kept as a record like a posting: its X ids, author, text and time exactly as X gave them. People handle it in
/// the district's inbox; nothing here deletes, and nothing answers it automatically.
/// </summary>
public sealed partial class Mention : Districts.IDistrictOwned
{
    /// <summary>X's post and user ids are decimal numbers (snowflakes) of at most 19 digits.</summary>
    public const int XIdMaxLength = Posts.Post.XPostIdMaxLength;

    /// <summary>X handles are at most 15 characters; kept longer in case X widens them.</summary>
    public const int HandleMaxLength = 50;

    public const int AuthorNameMaxLength = 100;

    /// <summary>Long posts of paying X accounts run to 25,000 characters; nothing is cut.</summary>
    public const int TextMaxLength = 25_000;

    public const int ReasonMaxLength = 1000;

    public const int FlagReasonMaxLength = 200;

    private Mention()
    {
        XPostId = AuthorHandle = AuthorName = Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public int District { get; private set; }

    public string XPostId { get; private set; }

    public string? AuthorXId { get; private set; }

    /// <summary>The author's handle without the @.</summary>
    public string AuthorHandle { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    /// <summary>When X says the mention was posted.</summary>
    public DateTime PostedAt { get; private set; }

    public string? ConversationId { get; private set; }

    /// <summary>The X post this mention replies to, if it is a reply.</summary>
    public string? InReplyToXPostId { get; private set; }

    /// <summary>
    /// Whether the post names the district account (an @mention in its entities) or quotes one of its posts: since
    /// February 2026 X's self-serve plans accept a reply only to such a post.
    /// </summary>
    public bool AddressesAccount { get; private set; }

    /// <summary>When the poll read it.</summary>
    public DateTime ReceivedAt { get; private set; }

    public MentionState State { get; private set; }

    /// <summary>Possibly a media inquiry (press-list author, or asks for comment or a statement): only News Affairs answers it.</summary>
    public bool FlaggedAsMedia { get; private set; }

    /// <summary>Why it was flagged, in words for the inbox.</summary>
    public string? FlagReason { get; private set; }

    public DateTime? HandledAt { get; private set; }

    public string? HandledById { get; private set; }

    public string? HandledByName { get; private set; }

    /// <summary>Why no response was needed.</summary>
    public string? NoResponseReason { get; private set; }

    /// <summary>The media inquiry it became.</summary>
    public Guid? MediaInquiryId { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: two people handling one mention at once cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>A mention as the poll read it from X.</summary>
    public static Mention Received(int district, XMentionFacts facts, DateTime receivedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (district <= 0)
        {
            throw new DomainException("A mention belongs to a district.");
        }

        XId(facts.XPostId, "post");
        if (facts.AuthorXId is not null)
        {
            XId(facts.AuthorXId, "user");
        }

        if (facts.ConversationId is not null)
        {
            XId(facts.ConversationId, "conversation");
        }

        if (facts.InReplyToXPostId is not null)
        {
            XId(facts.InReplyToXPostId, "post");
        }

        ArgumentNullException.ThrowIfNull(facts.Text);
        if (facts.Text.Length > TextMaxLength)
        {
            throw new DomainException($"X post {facts.XPostId} is longer than a mention can be stored ({TextMaxLength} characters).");
        }

        if (facts.PostedAtUtc.Kind != DateTimeKind.Utc || receivedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Times are UTC.");
        }

        if (facts.PostedAtUtc > receivedAtUtc + Posts.Post.XClockSkew)
        {
            throw new DomainException($"X post {facts.XPostId} says it was made after it was read.");
        }

        var handle = (facts.AuthorHandle ?? string.Empty).Trim().TrimStart('@');
        var name = (facts.AuthorName ?? string.Empty).Trim();
        return new Mention
        {
            Id = Guid.NewGuid(),
            District = district,
            XPostId = facts.XPostId,
            AuthorXId = facts.AuthorXId,
            AuthorHandle = handle.Length > HandleMaxLength ? handle[..HandleMaxLength] : handle,
            AuthorName = name.Length > AuthorNameMaxLength ? name[..AuthorNameMaxLength] : name,
            Text = facts.Text,
            PostedAt = facts.PostedAtUtc,
            ConversationId = facts.ConversationId,
            InReplyToXPostId = facts.InReplyToXPostId,
            AddressesAccount = facts.AddressesAccount,
            ReceivedAt = receivedAtUtc,
            UpdatedAt = receivedAtUtc,
            State = MentionState.New,
        };
    }

    /// <summary>The link to the mention on X.</summary>
    public string XUrl => AuthorHandle.Length > 0 ? $"https://x.com/{AuthorHandle}/status/{XPostId}" : $"https://x.com/i/web/status/{XPostId}";

    private static void XId(string? id, string what)
    {
        if (!Posts.Post.IsXId(id))
        {
            throw new DomainException($"“{id}” is not an X {what} id.");
        }
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }
}

/// <summary>What X says about a mention (GET /2/users/:id/mentions with the author expansion).</summary>
public sealed record XMentionFacts(
    string XPostId,
    string? AuthorXId,
    string? AuthorHandle,
    string? AuthorName,
    string Text,
    DateTime PostedAtUtc,
    string? ConversationId,
    string? InReplyToXPostId,
    bool AddressesAccount);
