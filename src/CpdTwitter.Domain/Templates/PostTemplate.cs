using System.Globalization;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Templates;

/// <summary>A field of a template: its name in the text (<c>{beat}</c>) and the label a representative sees (“Beat”).</summary>
public sealed record TemplateField(string Name, string Label);

/// <summary>What a template says when saved: its fields, and what the post checks would make of every post started from it.</summary>
public sealed record TemplateContent(string Name, PostCategory Category, string Body, IReadOnlyDictionary<string, string?>? Labels = null);

/// <summary>
/// A starting text News Affairs keeps for one kind of posting (IV.A.2: guidance for the districts), such as a beat-meeting
/// announcement with its beat, date and place. A representative fills in the fields and finishes the post in the composer;
/// the post records the template and the version it came from. Every change raises the version; a template is retired
/// (no longer offered) and may be restored, never deleted, as posts refer to it.
/// </summary>
public sealed class PostTemplate
{
    public const int NameMaxLength = 100;
    public const int BodyMaxLength = 2000;
    public const int LabelMaxLength = 60;
    public const int MaxFields = 12;

    private PostTemplate()
    {
        Name = Body = CreatedById = CreatedByName = ChangedById = ChangedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public PostCategory Category { get; private set; }

    /// <summary>The text with its fields, braces meant as themselves written twice (<see cref="TemplateBody"/>).</summary>
    public string Body { get; private set; }

    /// <summary>The fields in the order they first appear in the text, each with its label.</summary>
    public IReadOnlyList<TemplateField> Fields { get; private set; } = [];

    /// <summary>1 when made; one more with every change of name, kind, text or labels. Posts keep the version they started from.</summary>
    public int Version { get; private set; }

    public bool Retired { get; private set; }

    public DateTime? RetiredAt { get; private set; }

    public string? RetiredByName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedById { get; private set; }

    public string ChangedByName { get; private set; }

    /// <summary>Optimistic concurrency for every change, retiring and restoring included.</summary>
    public int Stamp { get; private set; }

    public static PostTemplate Create(TemplateContent content, PolicyLists lists, Actor by, DateTime nowUtc)
    {
        RequireKeeper(by);
        var template = new PostTemplate
        {
            Id = Guid.NewGuid(),
            CreatedAt = nowUtc,
            CreatedById = by.UserId,
            CreatedByName = by.Name,
        };
        template.Apply(Checked(content, lists), by, nowUtc);
        return template;
    }

    /// <summary>
    /// Changes the template as News Affairs edited it from version <paramref name="editedVersion"/>; a form made from an
    /// older version is refused rather than overwriting a colleague's change. Unchanged content keeps the version.
    /// </summary>
    public bool Change(TemplateContent content, int editedVersion, PolicyLists lists, Actor by, DateTime nowUtc)
    {
        RequireKeeper(by);
        if (editedVersion != Version)
        {
            throw new DomainException($"Someone changed this template while you were editing it (it is now version {Version}). Reload it and make your change again.");
        }

        var checkedContent = Checked(content, lists);
        if (checkedContent.Name == Name && checkedContent.Category == Category && checkedContent.Body == Body && checkedContent.Fields.SequenceEqual(Fields))
        {
            return false;
        }

        Apply(checkedContent, by, nowUtc);
        return true;
    }

    public void Retire(Actor by, DateTime nowUtc)
    {
        RequireKeeper(by);
        if (Retired)
        {
            throw new DomainException($"“{Name}” is already retired.");
        }

        Retired = true;
        RetiredAt = nowUtc;
        RetiredByName = by.Name;
        Stamp++;
    }

    public void Restore(Actor by, DateTime nowUtc)
    {
        RequireKeeper(by);
        if (!Retired)
        {
            throw new DomainException($"“{Name}” is not retired.");
        }

        Retired = false;
        RetiredAt = null;
        RetiredByName = null;
        ChangedAt = nowUtc;
        Stamp++;
    }

    /// <summary>The text filled in with a representative's values, measured as X counts it.</summary>
    public TemplateFilling Fill(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Retired)
        {
            throw new DomainException($"The template “{Name}” has been retired by News Affairs; choose another one.");
        }

        return TemplateFilling.Of(TemplateBody.Parse(Body), Fields, values);
    }

    /// <summary>The text as a preview shows it: each field as its label in square brackets (“[Beat]”).</summary>
    public string Sample() => SampleOf(TemplateBody.Parse(Body), Fields);

    public static string SampleOf(IReadOnlyList<TemplatePart> parts, IReadOnlyList<TemplateField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return TemplateBody.Fill(parts, name => $"[{fields.FirstOrDefault(f => f.Name == name)?.Label ?? TemplateBody.LabelFor(name)}]");
    }

    /// <summary>News Affairs gives the districts guidance (IV.A.2): only they keep the templates.</summary>
    public static void RequireKeeper(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Is(Roles.NewsAffairs))
        {
            throw new DomainException("Only the Office of News Affairs keeps the post templates.");
        }
    }

    /// <summary>
    /// The checks a template passes when saved, each refusal naming its field: a name; a known kind of posting; a text with
    /// well-formed fields (at most <see cref="MaxFields"/>) and nothing any text may not contain; a label per field; fixed text
    /// that leaves room for the fields within X's count; and nothing the link and advertising rules stop (IV.E) — every post
    /// started from it would carry it. What the notable-incident check finds is not refused: such posts go to News Affairs.
    /// </summary>
    public static CheckedTemplate Checked(TemplateContent content, PolicyLists lists)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(lists);
        var name = (content.Name ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            throw DomainException.For(nameof(Name), "Give the template a name, such as “Beat meeting announcement”.");
        }

        if (name.Length > NameMaxLength)
        {
            throw DomainException.For(nameof(Name), TextRules.TooLong("The name", NameMaxLength, name.Length));
        }

        if ((TextRules.Problem(name) ?? (name.Contains('\n', StringComparison.Ordinal) ? "a line break" : null)) is { } nameProblem)
        {
            throw DomainException.For(nameof(Name), TextRules.Message("The name", nameProblem));
        }

        if (!PostCategories.IsDefined(content.Category))
        {
            throw DomainException.For(nameof(Category), "Choose the kind of posting the template is for.");
        }

        var body = PostContent.NormalizeText(content.Body).Trim();
        if (body.Length == 0)
        {
            throw DomainException.For(nameof(Body), "Write the template's text, with fields such as {place} where the representative fills in.");
        }

        if (body.Length > BodyMaxLength)
        {
            throw DomainException.For(nameof(Body), TextRules.TooLong("The text", BodyMaxLength, body.Length));
        }

        if (TextRules.Problem(body) is { } bodyProblem)
        {
            throw DomainException.For(nameof(Body), TextRules.Message("The text", bodyProblem));
        }

        var parts = TemplateBody.Parse(body);
        var names = parts.Where(p => p.IsField).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > MaxFields)
        {
            throw DomainException.For(nameof(Body), $"The text has {names.Count} fields; keep it to {MaxFields}.");
        }

        var fields = new List<TemplateField>();
        foreach (var field in names)
        {
            string? given = null;
            content.Labels?.TryGetValue(field, out given);
            var label = string.IsNullOrWhiteSpace(given) ? TemplateBody.LabelFor(field) : given.Trim();
            var key = LabelKey(field);
            if (label.Length > LabelMaxLength)
            {
                throw DomainException.For(key, TextRules.TooLong($"The label of {{{field}}}", LabelMaxLength, label.Length));
            }

            if ((TextRules.Problem(label) ?? (label.Contains('\n', StringComparison.Ordinal) ? "a line break" : null)) is { } labelProblem)
            {
                throw DomainException.For(key, TextRules.Message($"The label of {{{field}}}", labelProblem));
            }

            fields.Add(new TemplateField(field, label));
        }

        var fixedText = TemplateBody.Fill(parts, _ => string.Empty);
        var measure = Posts.TweetText.Measure(fixedText);
        if (measure.WeightedLength >= Posts.TweetText.MaxWeightedLength)
        {
            throw DomainException.For(nameof(Body), string.Create(CultureInfo.InvariantCulture,
                $"Without its fields the text is already {measure.WeightedLength} characters as X counts them; a post may have {Posts.TweetText.MaxWeightedLength}. Shorten it to leave room for what the representative fills in."));
        }

        // The fields are checked apart from the text around them (a line break each), so a value can never be part of a finding.
        var review = PostPolicy.Review(TemplateBody.Fill(parts, _ => "\n"), markedNotable: false, district: 0, lists);
        if (review.AdvertisingReasons.Count > 0)
        {
            throw DomainException.For(nameof(Body), "Every post started from this template would be stopped by the link and advertising rules (IV.E): "
                + string.Join(" ", review.AdvertisingReasons) + " Take it out of the template.");
        }

        return new CheckedTemplate(name, content.Category, body, fields, review.NotableReasons, measure.WeightedLength);
    }

    /// <summary>The form field a label's message belongs next to.</summary>
    public static string LabelKey(string field) => $"Labels[{field}]";

    private void Apply(CheckedTemplate content, Actor by, DateTime nowUtc)
    {
        Name = content.Name;
        Category = content.Category;
        Body = content.Body;
        Fields = content.Fields;
        Version++;
        Stamp++;
        ChangedAt = nowUtc;
        ChangedById = by.UserId;
        ChangedByName = by.Name;
    }
}

/// <summary>
/// A template as it would be saved. <see cref="NotableReasons"/>: what sends every post made from it to News Affairs
/// (allowed, shown to whoever edits it); <see cref="FixedLength"/>: X's count of the text without its fields.
/// </summary>
public sealed record CheckedTemplate(string Name, PostCategory Category, string Body, IReadOnlyList<TemplateField> Fields, IReadOnlyList<string> NotableReasons, int FixedLength)
{
    public int RoomForFields => Posts.TweetText.MaxWeightedLength - FixedLength;

    public string Sample => PostTemplate.SampleOf(TemplateBody.Parse(Body), Fields);
}
