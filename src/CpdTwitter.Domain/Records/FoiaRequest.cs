using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Records;

/// <summary>
/// A public-records request under the Freedom of Information Act (5 ILCS 140). It is due 5 business days after it was
/// received (3(d)); once, and only with written notice given within those 5 days, it can be extended by up to 5 more
/// for a reason of 3(e). An unanswered request past its due date counts as a denial, so it is flagged and notified.
/// While it is open it holds the records it covers (PAC opinion 19-013): its scope is district and/or date range; the
/// search words narrow the export, never the hold (a word search cannot see images or what the requester meant).
/// </summary>
public sealed class FoiaRequest
{
    public const int ResponseBusinessDays = 5;
    public const int MaxExtensionBusinessDays = 5;
    public const int RequesterMaxLength = 200;
    public const int AskedMaxLength = 4000;
    public const int WordsMaxLength = 200;
    public const int NoteMaxLength = 1000;

    /// <summary>Older than this when logged is a typing slip (the year, usually).</summary>
    public const int OldestReceivedDays = 60;

    private FoiaRequest()
    {
        Requester = Asked = LoggedBy = LoggedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Requester { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string Asked { get; private set; }

    public int? District { get; private set; }

    public DateOnly? FromDate { get; private set; }

    public DateOnly? ToDate { get; private set; }

    public string? SearchWords { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? ExtendedDueOn { get; private set; }

    public FoiaExtensionReason? ExtensionReason { get; private set; }

    public DateOnly? ExtensionNoticeOn { get; private set; }

    public string? ExtendedByName { get; private set; }

    public string LoggedBy { get; private set; }

    public string LoggedByName { get; private set; }

    public DateTime LoggedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public FoiaOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public string? ClosedByName { get; private set; }

    /// <summary>When ISD and News Affairs were told the request is overdue (once).</summary>
    public DateTime? OverdueNotifiedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public DateOnly EffectiveDueOn => ExtendedDueOn ?? DueOn;

    public HoldScope HoldScope => new(District, FromDate, ToDate, null, null);

    public bool IsOverdue(DateOnly today) => IsOpen && today > EffectiveDueOn;

    public bool MayBeExtendedOn(DateOnly today) => IsOpen && ExtendedDueOn is null && today <= DueOn;

    public static FoiaRequest Log(string? requester, DateOnly receivedOn, string? asked, int? district, DateOnly? from, DateOnly? to, string? words, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireMayHandle(by);
        var today = ChicagoTime.DateOf(nowUtc);
        if (receivedOn > today)
        {
            throw DomainException.For(nameof(ReceivedOn), "The date received cannot be in the future.");
        }

        if (receivedOn < today.AddDays(-OldestReceivedDays))
        {
            throw DomainException.For(nameof(ReceivedOn), $"The date received is more than {OldestReceivedDays} days ago; check the year.");
        }

        HoldScope.RequireRange(from, to, nameof(ToDate));
        return new FoiaRequest
        {
            Id = Guid.NewGuid(),
            Requester = Required(requester, RequesterMaxLength, nameof(Requester), "Enter who made the request."),
            ReceivedOn = receivedOn,
            Asked = Required(asked, AskedMaxLength, nameof(Asked), "Enter what was asked for."),
            District = district,
            FromDate = from,
            ToDate = to,
            SearchWords = Optional(words, WordsMaxLength, nameof(SearchWords)),
            DueOn = IllinoisHolidays.AddBusinessDays(receivedOn, ResponseBusinessDays),
            LoggedBy = by.UserId,
            LoggedByName = by.Name,
            LoggedAt = nowUtc,
        };
    }

    /// <summary>
    /// The one extension 3(e) allows: up to 5 business days more, for a listed reason, with the written notice given
    /// within the first 5 business days (on or before the original due date) and recorded before that date has passed.
    /// </summary>
    public void Extend(FoiaExtensionReason? reason, int businessDays, DateOnly? noticeSentOn, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireMayHandle(by);
        var today = ChicagoTime.DateOf(nowUtc);
        if (!IsOpen)
        {
            throw new DomainException("The request is closed.");
        }

        if (ExtendedDueOn is not null)
        {
            throw new DomainException("The request was already extended; the Act allows one extension.");
        }

        if (today > DueOn)
        {
            throw new DomainException("The first 5 business days have passed: the time to respond can no longer be extended.");
        }

        if (reason is not { } why || !Enum.IsDefined(why))
        {
            throw DomainException.For(nameof(ExtensionReason), "Choose the reason for the extension listed in Section 3(e).");
        }

        if (businessDays is < 1 or > MaxExtensionBusinessDays)
        {
            throw DomainException.For(nameof(ExtendedDueOn), $"An extension is 1 to {MaxExtensionBusinessDays} business days.");
        }

        if (noticeSentOn is not { } notice)
        {
            throw DomainException.For(nameof(ExtensionNoticeOn), "Enter the date the written notice was sent to the requester.");
        }

        if (notice < ReceivedOn || notice > DueOn || notice > today)
        {
            throw DomainException.For(nameof(ExtensionNoticeOn), "The written notice must have been sent within 5 business days of receipt, and not in the future.");
        }

        ExtensionReason = why;
        ExtensionNoticeOn = notice;
        ExtendedDueOn = IllinoisHolidays.AddBusinessDays(DueOn, businessDays);
        ExtendedByName = by.Name;
        Version++;
    }

    public void Close(FoiaOutcome? outcome, string? note, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireMayHandle(by);
        if (!IsOpen)
        {
            throw new DomainException("The request is already closed.");
        }

        if (outcome is not { } result || !Enum.IsDefined(result))
        {
            throw DomainException.For(nameof(Outcome), "Choose the outcome.");
        }

        var text = Optional(note, NoteMaxLength, nameof(OutcomeNote));
        if (result is FoiaOutcome.Denied or FoiaOutcome.GrantedInPart && text is null)
        {
            throw DomainException.For(nameof(OutcomeNote), "Say which exemption was applied: a denial must give its reasons (5 ILCS 140/9).");
        }

        Outcome = result;
        OutcomeNote = text;
        ClosedAt = nowUtc;
        ClosedByName = by.Name;
        Version++;
    }

    public static bool MayHandle(Actor by) =>
        by is not null && (by.Is(Roles.IsdAdministrator) || by.Is(Roles.NewsAffairs));

    private static void RequireMayHandle(Actor by)
    {
        if (!MayHandle(by))
        {
            throw new DomainException("Only ISD and the Office of News Affairs handle public-records requests.");
        }
    }

    private static string Required(string? value, int max, string field, string missing) =>
        Optional(value, max, field) ?? throw DomainException.For(field, missing);

    private static string? Optional(string? value, int max, string field)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= max ? text : throw DomainException.For(field, $"At most {max} characters.");
    }
}
