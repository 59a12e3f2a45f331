using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Inquiries;

/// <summary>
/// A question from the news media about a district's postings (S02-03-10 II.A, IV.F). A district member logs it for their
/// own district; only the Office of News Affairs assigns, answers and closes it. The record is kept, like a posting:
/// nothing here deletes.
/// <para>
/// Decisions: recording the response while the inquiry is still New assigns it to whoever answers (the answer is what
/// matters; the assignment step is optional). Closing normally follows the answer; an unanswered inquiry may be closed
/// only with a note saying why no response is needed (e.g. the reporter withdrew the question).
/// </para>
/// </summary>
public sealed class MediaInquiry : IDistrictOwned
{
    public const int OutletMaxLength = 200;
    public const int ReporterMaxLength = 200;
    public const int ContactMaxLength = 200;
    public const int QuestionMaxLength = 4000;
    public const int ResponseMaxLength = 4000;
    public const int NoteMaxLength = 1000;

    /// <summary>A clock a few minutes ahead on the logging device is tolerated; later than that is a typing slip.</summary>
    public static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(5);

    /// <summary>An inquiry logged more than this long after it arrived is refused as a typing slip (the year, usually).</summary>
    public static readonly TimeSpan OldestReceived = TimeSpan.FromDays(30);

    public const int DefaultResponseHours = 4;

    private MediaInquiry()
    {
        Outlet = Reporter = Contact = Question = LoggedById = LoggedByName = string.Empty;
    }

    private MediaInquiry(int district, InquiryDetails details, Guid? relatedPostId, Actor by, DateTime nowUtc)
        : this()
    {
        Id = Guid.NewGuid();
        District = district;
        Outlet = details.Outlet.Trim();
        Reporter = details.Reporter.Trim();
        Contact = details.Contact.Trim();
        Channel = details.Channel;
        ReceivedAt = details.ReceivedAtUtc;
        Question = details.Question.Trim();
        RelatedPostId = relatedPostId;
        LoggedById = by.UserId;
        LoggedByName = by.Name;
        LoggedAt = nowUtc;
        State = InquiryState.New;
        UpdatedAt = nowUtc;
    }

    public Guid Id { get; private set; }

    public int District { get; private set; }

    public string Outlet { get; private set; }

    public string Reporter { get; private set; }

    /// <summary>How to reach the reporter (phone number, e-mail address, handle).</summary>
    public string Contact { get; private set; }

    public InquiryChannel Channel { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public string Question { get; private set; }

    /// <summary>The district's posting the question is about, if any.</summary>
    public Guid? RelatedPostId { get; private set; }

    /// <summary>The mention of the district account the inquiry came from, if it arrived on X.</summary>
    public Guid? MentionId { get; private set; }

    public string LoggedById { get; private set; }

    public string LoggedByName { get; private set; }

    public DateTime LoggedAt { get; private set; }

    public InquiryState State { get; private set; }

    public string? AssignedToId { get; private set; }

    public string? AssignedToName { get; private set; }

    public DateTime? AssignedAt { get; private set; }

    public string? ResponseText { get; private set; }

    public InquiryChannel? ResponseChannel { get; private set; }

    public DateTime? RespondedAt { get; private set; }

    public string? RespondedByName { get; private set; }

    public string? CloseNote { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosedByName { get; private set; }

    /// <summary>When News Affairs was told the inquiry is overdue; set once, so they are told once.</summary>
    public DateTime? OverdueNotifiedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Counts the changes: two News Affairs members acting at once cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>Logs an inquiry for the member's own district; <paramref name="relatedPostDistrict"/> is the district of the related posting, if one is named.</summary>
    public static MediaInquiry Log(Actor by, InquiryDetails details, Guid? relatedPostId, int? relatedPostDistrict, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(details);
        if (by.District is not { } district || !Roles.DistrictScoped.Any(by.Is))
        {
            throw new DomainException("Media inquiries are logged by the members of the district whose postings they concern.");
        }

        Required(nameof(InquiryDetails.Outlet), "the news outlet", details.Outlet, OutletMaxLength);
        Required(nameof(InquiryDetails.Reporter), "the reporter's name", details.Reporter, ReporterMaxLength);
        Required(nameof(InquiryDetails.Contact), "how to reach the reporter", details.Contact, ContactMaxLength);
        Required(nameof(InquiryDetails.Question), "the question asked", details.Question, QuestionMaxLength);
        if (!Enum.IsDefined(details.Channel))
        {
            throw DomainException.For(nameof(InquiryDetails.Channel), "Choose how the inquiry came in: phone, e-mail, in person or social media.");
        }

        if (details.ReceivedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Received time must be UTC.", nameof(details));
        }

        if (details.ReceivedAtUtc > nowUtc + FutureSkew)
        {
            throw DomainException.For(nameof(InquiryDetails.ReceivedAtUtc), "The time received is in the future. Enter when the inquiry came in.");
        }

        if (details.ReceivedAtUtc < nowUtc - OldestReceived)
        {
            throw DomainException.For(nameof(InquiryDetails.ReceivedAtUtc), $"The time received is more than {OldestReceived.Days} days ago. Check the date; log inquiries as they come in.");
        }

        if (relatedPostId is not null && relatedPostDistrict != district)
        {
            throw DomainException.For("RelatedPostId", "The related posting must be one of your district's postings.");
        }

        return new MediaInquiry(district, details, relatedPostId, by, nowUtc);
    }

    /// <summary>
    /// Links the inquiry to the mention of the district account it arrived as. Set once: an inquiry comes from at most
    /// one mention, and the link is a record that is never changed.
    /// </summary>
    public void LinkMention(Guid mentionId, int mentionDistrict)
    {
        if (mentionId == Guid.Empty)
        {
            throw new ArgumentException("A mention id is required.", nameof(mentionId));
        }

        if (mentionDistrict != District)
        {
            throw new DomainException("A media inquiry comes from a mention of its own district's account.");
        }

        if (MentionId is { } linked)
        {
            if (linked == mentionId)
            {
                return;
            }

            throw new DomainException("This inquiry already came from another mention.");
        }

        MentionId = mentionId;
    }

    /// <summary>What the outlet reads when the mention's author is not on News Affairs' press list.</summary>
    public const string UnknownOutlet = "Unknown (asked on X)";

    /// <summary>
    /// The media inquiry a mention of the district account becomes when it is sent to News Affairs: in the mention's
    /// district, received when it was posted on X (the typing-slip window of a hand-logged inquiry does not apply),
    /// asked by its author, reachable at their handle. <paramref name="pressOutlet"/> is the outlet of the author's
    /// press-list entry, if they have one. The mention's district members and News Affairs may send it.
    /// </summary>
    public static MediaInquiry FromMention(Actor by, Responses.Mention mention, string? pressOutlet, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(mention);
        if (!mention.MayBeHandledBy(by))
        {
            throw new DomainException("Only the district's representatives, sergeant and commander, or News Affairs, may send a mention to News Affairs.");
        }

        var handle = mention.AuthorHandle.Length > 0 ? "@" + mention.AuthorHandle : null;
        var reporter = mention.AuthorName.Length > 0 ? mention.AuthorName : handle ?? "Unknown X user";
        var outlet = string.IsNullOrWhiteSpace(pressOutlet) ? UnknownOutlet : pressOutlet.Trim();
        var question = mention.Text.Trim();
        if (question.Length == 0)
        {
            question = "(The mention has no text; see it on X.)";
        }
        else if (question.Length > QuestionMaxLength)
        {
            const string Cut = " … [cut: the full text is in the mention]";
            question = question[..(QuestionMaxLength - Cut.Length)] + Cut;
        }

        var details = new InquiryDetails(
            Cap(outlet, OutletMaxLength), Cap(reporter, ReporterMaxLength), Cap(handle ?? mention.XUrl, ContactMaxLength),
            InquiryChannel.Social, mention.PostedAt, question);
        var inquiry = new MediaInquiry(mention.District, details, null, by, nowUtc);
        inquiry.LinkMention(mention.Id, mention.District);
        return inquiry;
    }

    /// <summary>Gives the inquiry to a News Affairs member (or to another one: reassigning) until it is answered.</summary>
    public void Assign(Actor by, string assigneeId, string assigneeName, DateTime nowUtc)
    {
        RequireNewsAffairs(by, "assign");
        ArgumentException.ThrowIfNullOrWhiteSpace(assigneeId);
        if (!State.AwaitsResponse())
        {
            throw new DomainException($"This inquiry is {State.Label().ToLowerInvariant()}; only a new or assigned inquiry can be assigned.");
        }

        if (AssignedToId == assigneeId)
        {
            throw DomainException.For("AssigneeId", $"The inquiry is already assigned to {AssignedToName}.");
        }

        AssignedToId = assigneeId;
        AssignedToName = string.IsNullOrWhiteSpace(assigneeName) ? assigneeId : assigneeName.Trim();
        AssignedAt = nowUtc;
        State = InquiryState.Assigned;
        Touch(nowUtc);
    }

    /// <summary>Records News Affairs' answer to the media. From New, whoever answers becomes the assignee.</summary>
    public void RecordResponse(Actor by, string text, InquiryChannel how, DateTime respondedAtUtc, DateTime nowUtc)
    {
        RequireNewsAffairs(by, "answer");
        if (!State.AwaitsResponse())
        {
            throw new DomainException($"This inquiry is already {State.Label().ToLowerInvariant()}; its response cannot be recorded again.");
        }

        Required("ResponseText", "the response given", text, ResponseMaxLength);
        if (!Enum.IsDefined(how))
        {
            throw DomainException.For("ResponseChannel", "Choose how the response was given: phone, e-mail, in person or social media.");
        }

        if (respondedAtUtc > nowUtc + FutureSkew)
        {
            throw DomainException.For("RespondedAt", "The time of the response is in the future. Enter when the response was given.");
        }

        if (respondedAtUtc < ReceivedAt)
        {
            throw DomainException.For("RespondedAt", "The response cannot come before the inquiry was received.");
        }

        if (State == InquiryState.New)
        {
            AssignedToId = by.UserId;
            AssignedToName = by.Name;
            AssignedAt = nowUtc;
        }

        ResponseText = text.Trim();
        ResponseChannel = how;
        RespondedAt = respondedAtUtc;
        RespondedByName = by.Name;
        State = InquiryState.Answered;
        Touch(nowUtc);
    }

    /// <summary>Closes an answered inquiry (the note is optional), or an unanswered one with a note saying why no response is needed.</summary>
    public void Close(Actor by, string? note, DateTime nowUtc)
    {
        RequireNewsAffairs(by, "close");
        if (State == InquiryState.Closed)
        {
            throw new DomainException("This inquiry is already closed.");
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is null && State != InquiryState.Answered)
        {
            throw DomainException.For("CloseNote", "No response has been recorded: say in the note why none is needed.");
        }

        if (trimmed is not null)
        {
            Text("CloseNote", "The note", trimmed, NoteMaxLength);
        }

        CloseNote = trimmed;
        ClosedAt = nowUtc;
        ClosedByName = by.Name;
        State = InquiryState.Closed;
        Touch(nowUtc);
    }

    /// <summary>The time the response is due: received plus the response target.</summary>
    public DateTime DueAt(int responseHours) => ReceivedAt.AddHours(responseHours);

    /// <summary>Still unanswered after the response target.</summary>
    public bool IsOverdue(DateTime nowUtc, int responseHours) => State.AwaitsResponse() && nowUtc > DueAt(responseHours);

    /// <summary>Records that News Affairs were told this inquiry is overdue (once; the job claims it in the database first).</summary>
    public void MarkOverdueNotified(DateTime nowUtc) => OverdueNotifiedAt ??= nowUtc;

    /// <summary>Inquiries received before this moment and still unanswered are overdue.</summary>
    public static DateTime OverdueIfReceivedBefore(DateTime nowUtc, int responseHours) => nowUtc.AddHours(-responseHours);

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }

    private static void RequireNewsAffairs(Actor by, string verb)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.NewsAffairs))
        {
            throw new DomainException($"Only the Office of News Affairs may {verb} media inquiries (S02-03-10 IV.F); the district logs them.");
        }
    }

    private static string Cap(string value, int maxLength) => value.Length > maxLength ? value[..maxLength] : value;

    private static void Required(string field, string what, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.For(field, $"Enter {what}.");
        }

        Text(field, char.ToUpperInvariant(what[0]) + what[1..], value.Trim(), maxLength);
    }

    private static void Text(string field, string name, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw DomainException.For(field, TextRules.TooLong(name, maxLength, value.Length));
        }

        if (TextRules.Problem(value) is { } problem)
        {
            throw DomainException.For(field, TextRules.Message(name, problem));
        }
    }
}
