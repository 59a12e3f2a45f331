using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Guidance;

/// <summary>
/// One published version of the Office of News Affairs' social media guidance (directive V.C.1). Versions are never
/// changed: a change is a new version, so the text each representative acknowledged stays readable, and the difference
/// between a version and the one before it can always be shown from the two texts.
/// </summary>
public sealed class GuidanceVersion
{
    public const int TextMaxLength = 40_000;
    public const int SummaryMaxLength = 500;

    private GuidanceVersion()
    {
        Markdown = Summary = PublishedById = PublishedByName = string.Empty;
    }

    internal GuidanceVersion(int number, string markdown, string summary, Actor by, DateTime publishedAtUtc)
        : this()
    {
        Id = Guid.NewGuid();
        Number = number;
        Markdown = markdown;
        Summary = summary;
        PublishedById = by.UserId;
        PublishedByName = by.Name;
        PublishedAt = publishedAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first version, then one more for each.</summary>
    public int Number { get; private set; }

    /// <summary>The guidance as written, in Markdown, with LF line breaks.</summary>
    public string Markdown { get; private set; }

    /// <summary>What changed from the previous version, in the author's words.</summary>
    public string Summary { get; private set; }

    public string PublishedById { get; private set; }

    public string PublishedByName { get; private set; }

    public DateTime PublishedAt { get; private set; }

    /// <summary>"version 3, published Nov 25, 2026 10:30 AM" — how refusals name it.</summary>
    public string Describe() => $"version {Number}, published {ChicagoTime.Format(PublishedAt)}";

    /// <summary>A representative confirms they have read this version (directive V.C.1, IV.B).</summary>
    public GuidanceAcknowledgement Acknowledge(Actor by, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.Representative) || by.District is not { } district)
        {
            throw new DomainException("Only a district's Twitter representatives acknowledge the guidance.");
        }

        return new GuidanceAcknowledgement(Number, by, district, atUtc);
    }
}
