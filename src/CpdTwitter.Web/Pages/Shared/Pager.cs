using System.Globalization;
using CpdTwitter.Infrastructure.Data;

namespace CpdTwitter.Web.Pages;

/// <summary>
/// What the shared pager shows under a list: "Showing 51–100 of 1,234 postings" and the links to the neighbouring pages.
/// <see cref="Param"/> is the query-string name of this list's page token, so two lists on one page page separately.
/// </summary>
public sealed record Pager(string Label, string Singular, string Plural, int Total, int First, int Last, string? Previous, string? Next, bool Rejected, string Param)
{
    public const string DefaultParam = "page";

    public static Pager For<T>(KeysetPage<T> page, string label, string singular, string? plural = null, string param = DefaultParam)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Pager(label, singular, plural ?? singular + "s", page.Total, page.First, page.Last, page.Previous, page.Next, page.Rejected, param);
    }

    public bool IsFirst => Previous is null;

    public string Summary => Total == 0
        ? $"No {Plural}"
        : string.Create(CultureInfo.InvariantCulture, $"Showing {First:N0}–{Last:N0} of {Total:N0} {(Total == 1 ? Singular : Plural)}");
}
