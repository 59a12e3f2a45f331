using System.Globalization;
using System.Text;
using System.Text.Json;
using CpdTwitter.Domain;

namespace CpdTwitter.Web.Pages.Admin.Audit;

/// <summary>An audit event's details (JSON) as name–value lines a reader can take in; the raw JSON stays on the page.</summary>
public static class AuditDetails
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["logOnId"] = "Log-on ID",
        ["xPostId"] = "X post ID",
        ["id"] = "ID",
        ["userId"] = "Account ID",
    };

    public static IReadOnlyList<(string Name, string Value)> Describe(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Select(p => (Name(p.Name), Value(p.Value))).ToList()
                : [("Value", Value(document.RootElement))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>"endedAt" reads "Ended at".</summary>
    public static string Name(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Names.TryGetValue(key, out var known))
        {
            return known;
        }

        var words = new StringBuilder();
        foreach (var c in key)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value.GetString() ?? string.Empty),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "none" : string.Join(", ", value.EnumerateArray().Select(Value)),
        JsonValueKind.Object => string.Join("; ", value.EnumerateObject().Select(p => $"{Name(p.Name)}: {Value(p.Value)}")),
        _ => value.GetRawText(),
    };

    /// <summary>A UTC time written by the serializer is shown in Chicago like every other time in the app.</summary>
    private static string Text(string text) =>
        text.Length >= 19 && text[10] == 'T'
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? ChicagoTime.Format(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            : text;
}
