using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>
/// An HttpClient used the way a person uses the site: open a page, fill in its form (with the antiforgery
/// token the page carries), submit, follow redirects, read what is shown.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public HttpResponseMessage? LastResponse { get; private set; }

    public async Task<IDocument> GetAsync(string url)
    {
        LastResponse = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(LastResponse);
    }

    /// <summary>
    /// Submits the form on <paramref name="url"/>: the first, or the one whose action carries the handler
    /// and any further route values given as <c>"Replace&amp;slot=1"</c>.
    /// </summary>
    public async Task<IDocument> SubmitAsync(string url, IDictionary<string, string> fields, string? handler = null)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page, fields, handler);
    }

    public async Task<IDocument> SubmitAsync(IDocument page, IDictionary<string, string> fields, string? handler = null)
    {
        bool Matches(string? action) => action is not null && handler is not null
            && ("handler=" + handler).Split('&').All(part => action.Contains(part, StringComparison.OrdinalIgnoreCase));

        // A form whose action names the handler, or a submit button that does (formaction).
        var button = handler is null ? null : page.QuerySelectorAll<IHtmlButtonElement>("button[formaction]").FirstOrDefault(b => Matches(b.GetAttribute("formaction")));
        var form = button?.Closest("form") as IHtmlFormElement ?? page.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => handler is null
                ? !f.Action.Contains("SignOut", StringComparison.OrdinalIgnoreCase)
                : Matches(f.Action))
            ?? throw new InvalidOperationException($"No form{(handler is null ? string.Empty : " for " + handler)} on {page.Url}");
        if (string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase)
            && form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value is not { Length: > 0 })
        {
            Assert.Fail($"The form{(handler is null ? string.Empty : " for " + handler)} on {page.Url} carries no antiforgery token");
        }

        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            if (!fields.ContainsKey(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        values.AddRange(fields.Where(f => !f.Key.EndsWith("[]", StringComparison.Ordinal)));
        var action = (button?.GetAttribute("formaction") ?? form.GetAttribute("action")) is { Length: > 0 } raw ? System.Net.WebUtility.HtmlDecode(raw) : new Uri(page.Url).PathAndQuery;
        return await PostAsync(action, values);
    }

    public async Task<IDocument> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        LastResponse = await Client.PostAsync(new Uri(url, UriKind.Relative), content);
        return await ParseAsync(LastResponse);
    }

    public HttpStatusCode Status => LastResponse?.StatusCode ?? 0;

    public string? Path => LastResponse?.RequestMessage?.RequestUri?.AbsolutePath;

    public async Task<IDocument> SignInAsync(string logOnId, string password = CpdTwitterFactory.Password) =>
        await SubmitAsync("/Account/SignIn", new Dictionary<string, string> { ["Input.LogOnId"] = logOnId, ["Input.Password"] = password });

    public async Task SignOutAsync()
    {
        var page = await GetAsync("/");
        var token = page.AntiforgeryToken("form[action='/Account/SignOut']");
        await PostAsync("/Account/SignOut", [new("__RequestVerificationToken", token)]);
    }

    /// <summary>
    /// Signs in on a client that neither keeps cookies nor follows redirects, and returns the raw answer to
    /// the sign-in POST, so tests can read the Set-Cookie headers themselves.
    /// </summary>
    public static async Task<HttpResponseMessage> RawSignInAsync(HttpClient client, string logOnId, string password = CpdTwitterFactory.Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var page = await ParseAsync(form);
        var token = page.AntiforgeryToken();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.LogOnId"] = logOnId,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        return await client.SendAsync(request);
    }

    public static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CpdTwitter.Session=", StringComparison.Ordinal));

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => Client.Dispose();
}

public static class DocumentExtensions
{
    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    /// <summary>The message shown next to a field, as a person reads it.</summary>
    public static string FieldError(this IDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    /// <summary>
    /// The antiforgery token of the page (or of the part <paramref name="scope"/> selects); a page without one fails the
    /// test here, instead of an empty token turning the next request into a 400 that looks like a refusal.
    /// </summary>
    public static string AntiforgeryToken(this IDocument document, string scope = "")
    {
        ArgumentNullException.ThrowIfNull(document);
        var selector = (scope + " input[name=__RequestVerificationToken]").Trim();
        var token = document.QuerySelector<IHtmlInputElement>(selector)?.Value;
        if (string.IsNullOrEmpty(token))
        {
            Assert.Fail($"No antiforgery token ({selector}) on {document.Url}");
        }

        return token;
    }

    public static string Errors(this IDocument document) =>
        string.Join(" | ", document.QuerySelectorAll("#input-refused li, .validation-summary-errors li, .field-validation-error, .text-danger")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
}
