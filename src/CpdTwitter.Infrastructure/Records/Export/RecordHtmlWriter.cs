using System.Net;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// data/record.html: the printable record, one posting per printed page (record.css breaks the page after each), with
/// its summary fields and its history as a table. No script and no inline style: the stylesheet is a file of the bag.
/// </summary>
public sealed class RecordHtmlWriter(TextWriter writer)
{
    public const string StylesheetPath = "data/record.css";

    public const string Stylesheet = """
        body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; color: #000; margin: 2em; }
        h1 { font-size: 16pt; }
        h2 { font-size: 13pt; border-bottom: 1px solid #000; }
        .posting { break-after: page; page-break-after: always; }
        .posting:last-of-type { break-after: auto; page-break-after: auto; }
        dl { display: grid; grid-template-columns: 14em 1fr; gap: 0.2em 1em; }
        dt { font-weight: bold; }
        dd { margin: 0; white-space: pre-wrap; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #555; padding: 0.25em; text-align: left; vertical-align: top; white-space: pre-wrap; }
        img { max-width: 12cm; max-height: 9cm; }
        """;

    public async Task StartAsync(string title, IEnumerable<string> description)
    {
        ArgumentNullException.ThrowIfNull(description);
        await writer.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{E(title)}</title>
            <link rel="stylesheet" href="record.css">
            </head>
            <body>
            <header class="posting">
            <h1>{E(title)}</h1>

            """);
        foreach (var line in description)
        {
            await writer.WriteAsync($"<p>{E(line)}</p>\n");
        }

        await writer.WriteAsync("</header>\n");
    }

    public async Task WriteAsync(PostingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        await writer.WriteAsync($"<section class=\"posting\">\n<h2>Posting {E(record.Post.Id.ToString())}</h2>\n<dl>\n");
        foreach (var column in PostingColumns.Posting.Where(c => !c.Name.StartsWith("in_reply_to_", StringComparison.Ordinal)))
        {
            var value = column.Value(record);
            if (!string.IsNullOrEmpty(value))
            {
                await writer.WriteAsync($"<dt>{E(column.Label)}</dt><dd>{E(value)}</dd>\n");
            }
        }

        if (record.InReplyTo is { } mention)
        {
            var author = "@" + mention.AuthorHandle + (mention.AuthorName.Length > 0 ? $" ({mention.AuthorName})" : string.Empty);
            await writer.WriteAsync($"<dt>In reply to</dt><dd>{E(author)}, X post {E(mention.XPostId)}:\n{E(mention.Text)}</dd>\n");
        }

        await writer.WriteAsync($"<dt>Text</dt><dd>{E(record.Text)}</dd>\n</dl>\n");
        foreach (var image in record.Images)
        {
            if (image.PackagePath is { } path)
            {
                await writer.WriteAsync($"<p><img src=\"{E(path["data/".Length..])}\" alt=\"{E(image.AltText)}\"></p>\n");
            }
        }

        await writer.WriteAsync("<table>\n<thead><tr>");
        foreach (var column in PostingColumns.Event)
        {
            await writer.WriteAsync($"<th scope=\"col\">{E(column.Label)}</th>");
        }

        await writer.WriteAsync("</tr></thead>\n<tbody>\n");
        foreach (var item in record.Events)
        {
            await writer.WriteAsync("<tr>");
            foreach (var column in PostingColumns.Event)
            {
                await writer.WriteAsync($"<td>{E(column.Value(item))}</td>");
            }

            await writer.WriteAsync("</tr>\n");
        }

        await writer.WriteAsync("</tbody>\n</table>\n</section>\n");
    }

    public Task EndAsync() => writer.WriteAsync("</body>\n</html>\n");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
