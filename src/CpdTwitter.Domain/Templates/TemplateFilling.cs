using System.Globalization;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Templates;

/// <summary>
/// A template filled in: the post's text, X's count of it, and what is wrong, each message with the field it belongs next
/// to (a field's name; empty for the text as a whole). A value is required, on one line, at most
/// <see cref="ValueMaxLength"/> characters and free of what no text may contain (<see cref="TextRules"/>); the filled
/// text must fit X's limit.
/// </summary>
public sealed record TemplateFilling(string Text, TweetMeasurement Measure, IReadOnlyList<(string Field, string Message)> Problems)
{
    public const int ValueMaxLength = 200;

    public bool Succeeded => Problems.Count == 0;

    public static TemplateFilling Of(IReadOnlyList<TemplatePart> parts, IReadOnlyList<TemplateField> fields, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<(string, string)>();
        var clean = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            values.TryGetValue(field.Name, out var given);
            var value = (given ?? string.Empty).Trim();
            if (value.Length == 0)
            {
                problems.Add((field.Name, $"Enter the {LowerFirst(field.Label)}."));
            }
            else if (value.Length > ValueMaxLength)
            {
                problems.Add((field.Name, TextRules.TooLong(field.Label, ValueMaxLength, value.Length)));
            }
            else if (TextRules.Problem(value) is { } problem)
            {
                problems.Add((field.Name, TextRules.Message(field.Label, problem)));
            }
            else if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal))
            {
                problems.Add((field.Name, $"Keep the {LowerFirst(field.Label)} on one line."));
            }

            clean[field.Name] = value;
        }

        var text = TemplateBody.Fill(parts, name => clean.TryGetValue(name, out var v) ? v : string.Empty);
        var measure = TweetText.Measure(text);
        if (problems.Count == 0 && measure.WeightedLength > TweetText.MaxWeightedLength)
        {
            problems.Add((string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"Filled in, the post would be {measure.WeightedLength} characters as X counts them; the limit is {TweetText.MaxWeightedLength}. Shorten {Names(fields)} by {measure.WeightedLength - TweetText.MaxWeightedLength}.")));
        }

        return new TemplateFilling(text, measure, problems);
    }

    private static string Names(IReadOnlyList<TemplateField> fields) => fields.Count switch
    {
        0 => "the text",
        1 => $"the {LowerFirst(fields[0].Label)}",
        _ => "the " + string.Join(", ", fields.SkipLast(1).Select(f => LowerFirst(f.Label))) + " or " + LowerFirst(fields[^1].Label),
    };

    // "Enter the beat", but an acronym keeps its capitals ("Enter the CAPS number").
    private static string LowerFirst(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
