using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CpdTwitter.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// Issue #11, finding 4: every form of every page, found by crawling the app as each role, gets over-long, empty,
/// control-character, noncharacter, lone-surrogate, bidi-override and wrong-type values in each of its fields. Each answer
/// must be a page with a message (or a 4xx error page with one), never a 500 or a redirect after work done, and the
/// store must be exactly as before (audit trail, row counts, posts).
/// </summary>
public sealed partial class FormSweepTests(MatrixApp app, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    /// <summary>One bad value: its name, and the field's value exactly as it goes into the URL-encoded body.</summary>
    private sealed record Probe(string Name, string Encoded, bool TextFieldsToo = true, bool ChoicesOnly = false);

    private static readonly Probe[] Probes =
    [
        new("over-long", new string('x', Domain.TextRules.DefaultMaxLength + 1)),
        new("NUL", Uri.EscapeDataString("ok\0")),
        new("U+FFFE", Uri.EscapeDataString("ok\uFFFE")),
        // A browser sends a lone surrogate typed into a field as U+FFFD (the Encoding standard); its raw UTF-8 bytes
        // (%ED%A0%80) are not decoded by the form reader at all and arrive as that literal, harmless text.
        new("lone surrogate", Uri.EscapeDataString("ok\uFFFD")),
        new("U+202E", Uri.EscapeDataString("ok\u202Eevil")),
        new("wrong type", "not-a-value", TextFieldsToo: false),
        new("choice not offered", "99", TextFieldsToo: false, ChoicesOnly: true),
    ];

    private static readonly string[] TextTypes = ["text", "textarea", "password", "email", "search", "tel", "url"];

    /// <summary>A field of a form; <c>EmptyIsAChoice</c> for a list that offers "" as a real choice (e.g. "Department-wide (no district)"), not as its "Choose…" prompt.</summary>
    private sealed record Field(string Name, string Type, bool EmptyIsAChoice = false, int? MaxLength = null);

    private sealed record Form(string Caller, string Page, string Action, IReadOnlyList<KeyValuePair<string, string>> Defaults, IReadOnlyList<Field> Fields)
    {
        public string Key => Normalize(Action) + " [" + string.Join(",", Fields.Select(f => f.Name)) + "]";
    }

    [Fact]
    public async Task Every_field_of_every_form_refuses_bad_values_with_a_message_and_changes_nothing()
    {
        await SeedAsync();
        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        foreach (var caller in MatrixTable.Callers)
        {
            foreach (var form in await CrawlAsync(caller))
            {
                forms.TryAdd(form.Key, form);
            }
        }

        var failures = new List<string>();
        var report = new StringBuilder();
        var probes = 0;
        var before = await FingerprintAsync();
        foreach (var form in forms.Values.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var session = await app.SessionAsync(Enum.Parse<Caller>(form.Caller));
            report.AppendLine(CultureInfo.InvariantCulture, $"{form.Caller,-15} {form.Key}");
            foreach (var field in form.Fields)
            {
                foreach (var probe in Probes.Where(p => (p.TextFieldsToo || !TextTypes.Contains(field.Type)) && (!p.ChoicesOnly || field.Type is "select" or "radio")))
                {
                    probes++;
                    // A field that declares a longer limit than the default (e.g. guidance Markdown) is sent one character over its own.
                    var encoded = probe.Name == "over-long" && field.MaxLength is { } max ? new string('x', max + 1) : probe.Encoded;
                    var values = form.Defaults.Where(v => v.Key != field.Name).Select(v => Encode(v.Key, v.Value)).Append(Uri.EscapeDataString(field.Name) + "=" + encoded);
                    before = await CheckAsync(session, form, $"{field.Name} ← {probe.Name}", values, before, failures);
                }
            }

            // Empty: every field a person fills in left blank at once (hidden values and check boxes as the page gave them).
            var blank = form.Fields.Where(f => f.Type is not ("hidden" or "checkbox" or "radio") && !f.EmptyIsAChoice).Select(f => f.Name).ToHashSet();
            if (blank.Count > 0)
            {
                probes++;
                var values = form.Defaults.Select(v => Encode(v.Key, blank.Contains(v.Key) ? string.Empty : v.Value))
                    .Concat(blank.Where(name => form.Defaults.All(d => d.Key != name)).Select(name => Encode(name, string.Empty)));
                before = await CheckAsync(session, form, "all empty", values, before, failures);
            }
        }

        var fields = forms.Values.Sum(f => f.Fields.Count);
        var summary = $"Form sweep: {forms.Count} forms × their {fields} fields, {probes} requests ({string.Join(", ", Probes.Select(p => p.Name))}, all empty).";
        output.WriteLine(summary);
        output.WriteLine(report.ToString());
        forms.Count.ShouldBeGreaterThan(20, "the crawl found the app's forms");
        failures.ShouldBeEmpty($"{summary}\n{failures.Count} answers were not a refusal with a message:\n" + string.Join("\n", failures));
    }

    private async Task<string> CheckAsync(MatrixSession session, Form form, string what, IEnumerable<string> values, string before, List<string> failures)
    {
        var token = "__RequestVerificationToken=" + Uri.EscapeDataString(session.Token);
        using var content = new StringContent(string.Join("&", values.Where(v => !v.StartsWith("__RequestVerificationToken=", StringComparison.Ordinal)).Append(token)), Encoding.ASCII, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;
        using var response = await session.Browser.Client.PostAsync(new Uri(form.Action, UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        var status = (int)response.StatusCode;
        var label = $"{form.Caller} POST {form.Action} {what}";
        if (status >= 500)
        {
            failures.Add($"{label}: {status} (the handler crashed)");
        }
        else if (status is >= 300 and < 400)
        {
            failures.Add($"{label}: {status} to {response.Headers.Location} (the handler ran instead of refusing)");
        }
        else if (status == 200 && Message(page) is null)
        {
            failures.Add($"{label}: 200 with no message on the page");
        }
        else if (status >= 400 && string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent))
        {
            failures.Add($"{label}: {status} with no message");
        }

        var after = await FingerprintAsync();
        if (after != before)
        {
            failures.Add($"{label}: the store changed ({Difference(before, after)})");
        }

        return after;
    }

    private static string? Message(IDocument page) =>
        page.QuerySelectorAll("#input-refused li, .text-danger, .alert-danger, .field-validation-error, .validation-summary-errors li")
            .Select(e => e.TextContent.Trim()).FirstOrDefault(t => t.Length > 0);

    private static string Encode(string key, string value) => Uri.EscapeDataString(key) + "=" + Uri.EscapeDataString(value);

    /// <summary>The pages a caller reaches from the home page (one of each kind of record), and the POST forms on them.</summary>
    private async Task<List<Form>> CrawlAsync(Caller caller)
    {
        var session = await app.SessionAsync(caller);
        var start = caller == Caller.Anonymous ? "/Account/SignIn" : "/";
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Normalize(start) };
        var forms = new List<Form>();
        while (queue.Count > 0 && seen.Count < 200)
        {
            var url = queue.Dequeue();
            using var response = await session.Browser.Client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()).Address(new Uri(new Uri("https://localhost"), url)));
            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("a[href^='/']"))
            {
                var href = link.GetAttribute("href")!;
                if (!href.Contains("SignOut", StringComparison.OrdinalIgnoreCase) && seen.Add(Normalize(href)))
                {
                    queue.Enqueue(href);
                }
            }

            foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var (defaults, fields) = Read(form);
                if (fields.Count == 0)
                {
                    continue; // a button alone (sign out, mark all read, unlock): nothing to fill in
                }

                var action = WebUtility.HtmlDecode(form.GetAttribute("action") is { Length: > 0 } a ? a : url);
                var targets = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => WebUtility.HtmlDecode(b.GetAttribute("formaction")!)).Distinct().ToList();
                foreach (var target in targets.Count > 0 ? targets : [action])
                {
                    forms.Add(new Form(caller.ToString(), url, target, defaults, fields));
                }
            }
        }

        return forms;
    }

    /// <summary>The values the form would send untouched, and the fields a request can fill (the token excepted).</summary>
    private static (List<KeyValuePair<string, string>> Defaults, List<Field> Fields) Read(IHtmlFormElement form)
    {
        var defaults = new List<KeyValuePair<string, string>>();
        var fields = new List<Field>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            // The token, and the hidden "__Invariant" ASP.NET Core adds to say a number or date field is culture-invariant
            // (model binding reads it, no handler does).
            if (name is "__RequestVerificationToken" or "__Invariant")
            {
                if (name == "__Invariant")
                {
                    defaults.Add(new(name, element.GetAttribute("value") ?? string.Empty));
                }

                continue;
            }

            var type = element switch
            {
                IHtmlTextAreaElement => "textarea",
                IHtmlSelectElement => "select",
                _ => (element.GetAttribute("type") ?? "text").ToLowerInvariant(),
            };
            // A file input carries bytes, not text: the composer's images are checked by their content (ImageStoreTests,
            // ImagePublishingTests), and a form sends a file only as multipart/form-data to its own handler.
            if (type is "submit" or "button" or "reset" or "image" or "file")
            {
                continue;
            }

            switch (element)
            {
                case IHtmlTextAreaElement area:
                    defaults.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    defaults.Add(new(name, select.Value ?? string.Empty));
                    break;
                case IHtmlInputElement input when type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        defaults.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    defaults.Add(new(name, input.Value));
                    break;
            }

            // A check box comes with a hidden "false" of the same name: one field, of the check box's type.
            if (fields.FirstOrDefault(f => f.Name == name) is { } known)
            {
                if (known.Type == "hidden" && type != "hidden")
                {
                    fields[fields.IndexOf(known)] = known with { Type = type };
                }
            }
            else
            {
                fields.Add(new Field(name, type, element is IHtmlSelectElement list && list.Options.Any(o => o.Value.Length == 0 && !o.Text.StartsWith("Choose", StringComparison.Ordinal)),
                    int.TryParse(element.GetAttribute("maxlength"), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > Domain.TextRules.DefaultMaxLength ? max : null));
            }
        }

        return (defaults, fields);
    }

    /// <summary>A URL with its record ids taken out, so that one page of each kind is crawled and each form swept once.</summary>
    private static string Normalize(string url) => RecordId().Replace(url, "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=[/=])[0-9a-fA-F]{32}|(?<=[/=])\\d+(?=$|[/?&])")]
    private static partial Regex RecordId();

    /// <summary>Every table's row count, the audit trail's length and every post's state and text.</summary>
    private Task<string> FingerprintAsync() => app.WithDbAsync(async db =>
    {
        var text = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                text.Append(CultureInfo.InvariantCulture, $"{table}={await count.ExecuteScalarAsync()}\n");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        foreach (var post in await db.Posts.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.State, p.RevisionNumber, p.Text }).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"post {post.Id} {post.State} r{post.RevisionNumber} {post.Text}\n");
        }

        return text.ToString();
    });

    private static string Difference(string before, string after)
    {
        var old = before.Split('\n').ToHashSet();
        return string.Join("; ", after.Split('\n').Where(line => !old.Contains(line)).Take(3));
    }

    /// <summary>Records in every state a form appears for: district A's queue items, a watch, a notification for each member.</summary>
    private async Task SeedAsync()
    {
        foreach (var state in new[] { PostState.Draft, PostState.AwaitingSergeant, PostState.AwaitingNewsAffairs, PostState.Published, PostState.OutcomeUnknown })
        {
            await app.PostAsync(MatrixApp.DistrictA, state);
        }

        await app.WatchAsync(MatrixApp.DistrictA);
        // A new mention in the inbox: its "no response needed", "send to News Affairs" forms.
        await app.WithDbAsync(db =>
        {
            db.Mentions.Add(Domain.Responses.Mention.Received(MatrixApp.DistrictA, new Domain.Responses.XMentionFacts("1880000000000000001", "1234", "sweep_resident", "Sweep Resident",
                "@district Is the beat meeting still on?", DateTime.UtcNow.AddMinutes(-5), null, null, true), DateTime.UtcNow));
            return db.SaveChangesAsync();
        });
        foreach (var member in app.Members.Values)
        {
            await app.NotificationAsync(member.Id);
        }
    }
}
