using System.Globalization;
using System.Text;

namespace CpdTwitter.Domain.Templates;

/// <summary>One piece of a template's text: fixed text, or a named field to fill in.</summary>
public sealed record TemplatePart(string Text, bool IsField);

/// <summary>
/// A template's text with named fields written <c>{beat}</c>, <c>{date}</c>, <c>{place}</c>. A field name is a letter
/// followed by letters, digits or underscores. A brace meant as itself is written twice (<c>{{</c>, <c>}}</c>); any other
/// brace that does not make a field is refused with where it is, so a typing slip never becomes a field nobody can fill.
/// </summary>
public static class TemplateBody
{
    public const int FieldNameMaxLength = 40;

    /// <summary>The text split into fixed text and fields, in order.</summary>
    public static IReadOnlyList<TemplatePart> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var parts = new List<TemplatePart>();
        var text = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '}')
            {
                if (i + 1 < body.Length && body[i + 1] == '}')
                {
                    text.Append('}');
                    i++;
                    continue;
                }

                throw Refusal(body, i, "a “}” that closes no field. Write “}}” for a brace in the post itself");
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            if (i + 1 < body.Length && body[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }

            var close = body.IndexOf('}', i + 1);
            var nextOpen = body.IndexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                throw Refusal(body, i, "a “{” that is never closed. Close the field with “}”, or write “{{” for a brace in the post itself");
            }

            var name = body[(i + 1)..close];
            if (!IsFieldName(name))
            {
                throw Refusal(body, i, $"“{{{name}}}”, which is not a field name. A field name is a letter followed by letters, digits or underscores (at most {FieldNameMaxLength}), such as {{place}} or {{start_time}}");
            }

            if (text.Length > 0)
            {
                parts.Add(new TemplatePart(text.ToString(), IsField: false));
                text.Clear();
            }

            parts.Add(new TemplatePart(name, IsField: true));
            i = close;
        }

        if (text.Length > 0)
        {
            parts.Add(new TemplatePart(text.ToString(), IsField: false));
        }

        return parts;
    }

    /// <summary>The field names in the order they first appear, each once (a field may appear more than once in the text).</summary>
    public static IReadOnlyList<string> FieldNames(string body) =>
        Parse(body).Where(p => p.IsField).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();

    public static bool IsFieldName(string? name) =>
        name is { Length: > 0 and <= FieldNameMaxLength } && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>A label made from a field's name: <c>start_time</c> and <c>startTime</c> both read “Start time”.</summary>
    public static string LabelFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        var label = string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return label.Length == 0 ? name : char.ToUpperInvariant(label[0]) + label[1..];
    }

    /// <summary>The text with each field replaced by <paramref name="value"/>'s answer for it.</summary>
    public static string Fill(IEnumerable<TemplatePart> parts, Func<string, string> value)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.IsField ? value(part.Text) : part.Text);
        }

        return text.ToString();
    }

    private static DomainException Refusal(string body, int index, string what)
    {
        var line = 1 + body.AsSpan(0, index).Count('\n');
        var column = index - (body.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return DomainException.For(nameof(PostTemplate.Body), string.Create(CultureInfo.InvariantCulture, $"The text has {what} (line {line}, character {column})."));
    }
}
