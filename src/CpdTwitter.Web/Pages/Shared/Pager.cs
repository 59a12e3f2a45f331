using System.Globalization;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Web.Pages;

/// <summary>
/// What the shared pager shows under a list: "Showing 51–100 of 1,234 postings" and the links to the neighbouring pages.
/// <see cref="Param"/> is the query-string name of this list's page token, so two lists on one page page separately.
/// </summary>
public sealed record Pager(string Label, string Singular, string Plural, int Total, int First, int Last, string? Previous, string? Next, bool Rejected, string Param, bool TotalIsMore = false, bool FirstIsMore = false)
{
    public const string DefaultParam = "page";

    public static Pager For<T>(KeysetPage<T> page, string label, string singular, string? plural = null, string param = DefaultParam)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Pager(label, singular, plural ?? singular + "s", page.Total, page.First, page.Last, page.Previous, page.Next, page.Rejected, param, page.TotalIsMore, page.FirstIsMore);
    }

    public bool IsFirst => Previous is null;

    /// <summary>With a capped count: "Showing 51–100 of more than 10,000 postings", or past the cap "Showing 50 postings after the first 10,000 of more than 10,000".</summary>
    public string Summary => Total == 0
        ? $"No {Plural}"
        : FirstIsMore
            ? string.Create(CultureInfo.InvariantCulture, $"Showing {Last - First + 1:N0} {(Last == First ? Singular : Plural)} after the first {Total:N0} of more than {Total:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"Showing {First:N0}–{Last:N0} of {(TotalIsMore ? "more than " : null)}{Total:N0} {(Total == 1 && !TotalIsMore ? Singular : Plural)}");
}
