using System.Globalization;

namespace CpdTwitter.Domain;

/// <summary>"1 posting", "3 postings": counts in messages people read.</summary>
public static class Plural
{
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
