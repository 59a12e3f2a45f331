using System.Diagnostics;
using System.Globalization;
using CpdTwitter.Web.InputRules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Pages;

/// <summary>The friendly page for every error status: no stack trace, a reference for the help desk.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IOptions<RequestLimitsOptions> limits) : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = string.Empty;

    public string? RequestId { get; private set; }

    // From the query only: a re-executed POST still carries its form, whose "Code" (an authenticator code) is no status.
    public void OnGet([FromQuery] int? code) => Describe(code);

    public void OnPost([FromQuery] int? code) => Describe(code);

    private string TooManyAttempts()
    {
        var wait = HttpContext.Items[Security.SignInRateLimit.RetryAfterKey] is int seconds
            ? Domain.Plural.Count((int)Math.Ceiling(seconds / 60.0), "minute")
            : "a minute";
        return $"There have been too many sign-in attempts from this computer or for this log-on ID. This attempt was not checked. Wait {wait} and try again; if you still cannot sign in, call the ISD help desk.";
    }

    private void Describe(int? code)
    {
        var status = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            400 => ("The request could not be used", "The form may have expired. Go back, reload the page and try again."),
            403 => ("You do not have access to this page", "Your role or district does not include this page. If you think it should, ask your commander or the ISD help desk."),
            404 => ("Page not found", "The page or record you asked for does not exist, or is not part of your district."),
            429 => ("Too many sign-in attempts", TooManyAttempts()),
            413 => ("What you sent is too large", string.Create(CultureInfo.InvariantCulture,
                $"A form may carry at most {limits.Value.MaxRequestBodyBytes / 1024:N0} KB, and one field at most {limits.Value.MaxFormValueLength:N0} characters. Nothing was saved: go back, shorten the text and try again.")),
            _ => ("Something went wrong", "The application could not complete the request. Nothing you submitted was half-saved: try again, and call the ISD help desk if it keeps happening."),
        };
        if (status == StatusCodes.Status429TooManyRequests && HttpContext.Items[Security.SignInRateLimit.RetryAfterKey] is int seconds)
        {
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (HttpContext.Items[Security.DepartmentDeviceFilter.RefusalKey] is string refusal)
        {
            Explanation = refusal;
        }

        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
