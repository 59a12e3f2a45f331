using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Guidance;

/// <summary>
/// The rules for publishing guidance: only News Affairs publishes (directive V.C.1); each publish of changed text is the
/// next version, with a summary of what changed; the same text again is refused.
/// </summary>
public static class GuidanceDocument
{
    /// <summary>Guidance text as stored: LF line breaks, no trailing white space at the end.</summary>
    public static string Normalize(string? markdown) =>
        (markdown ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();

    /// <summary>The next version after <paramref name="current"/> (null before the first), or a refusal naming the field.</summary>
    public static GuidanceVersion Publish(GuidanceVersion? current, string? markdown, string? summary, Actor by, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.NewsAffairs))
        {
            throw new DomainException("Only the Office of News Affairs publishes guidance.");
        }

        var text = Normalize(markdown);
        if (text.Length == 0)
        {
            throw DomainException.For("Markdown", "Write the guidance before publishing it.");
        }

        if (text.Length > GuidanceVersion.TextMaxLength)
        {
            throw DomainException.For("Markdown", $"The guidance is {text.Length:N0} characters; the most is {GuidanceVersion.TextMaxLength:N0}.");
        }

        if (current is not null && string.Equals(current.Markdown, text, StringComparison.Ordinal))
        {
            throw DomainException.For("Markdown", $"This is the text of version {current.Number} already: change the guidance before publishing a new version.");
        }

        var said = (summary ?? string.Empty).Trim();
        if (said.Length == 0)
        {
            throw DomainException.For("Summary", current is null
                ? "Say in a sentence what this guidance covers; readers see it with the first version."
                : "Say in a sentence what changed; representatives see it before they read the difference.");
        }

        if (said.Length > GuidanceVersion.SummaryMaxLength)
        {
            throw DomainException.For("Summary", $"Keep the summary to {GuidanceVersion.SummaryMaxLength} characters.");
        }

        return new GuidanceVersion((current?.Number ?? 0) + 1, text, said, by, atUtc);
    }
}
