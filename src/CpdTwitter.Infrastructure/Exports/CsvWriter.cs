using System.Globalization;
using System.Text;

namespace CpdTwitter.Infrastructure.Exports;

/// <summary>
/// Writes RFC 4180 CSV a row at a time: a cell with a comma, quote or line break is quoted (quotes doubled). A cell that
/// starts with = + - @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
/// running it as a formula (OWASP "CSV injection").
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public async Task WriteRowAsync(IEnumerable<string?> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var line = new StringBuilder();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            line.Append(Cell(cell));
        }

        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken);
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Time(DateTime? utc) =>
        utc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;
}
