using System.Globalization;
using System.Text;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Posts;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// Every Razor page handler × every caller → the answer it must get. The endpoints come from the app's endpoint data
/// source, so a page or handler missing from the table (or a row naming one that no longer exists) fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixApp app, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    /// <summary>
    /// Callers: anonymous; a representative, sergeant and commander of district A; News Affairs; ISD.
    /// ids: "-" the endpoint names no record; "district" it names a district's record: own/other = district A's / district B's
    /// (anonymous, News Affairs and ISD get one answer, the latter two for A's and for B's record); "member" it names a
    /// member's record: own/other = the caller's / another member's.
    /// Outcomes: 200 page (a POST with empty or refused input re-renders its form with the message: ISD's Enable on an
    /// enabled account, a duty change for another district's representative or watch), 302 redirect after
    /// the work is done (or, for the sign-in steps, back to the sign-in page), signin = 302 challenge to
    /// /Account/SignIn?ReturnUrl=…, 403 = the friendly 403 page (the app answers 403 itself, never redirecting to
    /// /Account/AccessDenied), 404 = as if the record did not exist.
    /// </summary>
    public const string Table = """
        # page                        method handler           ids       anon    rep      sgt      cmdr     news     isd
        /Index                        GET    -                 -         signin  200      200      200      200      200
        /Error                        GET    -                 -         404     404      404      404      404      404
        /Error                        POST   -                 -         404     404      404      404      404      404
        /Account/AccessDenied         GET    -                 -         signin  403      403      403      403      403
        /Account/Enroll               GET    -                 -         302     302      302      302      302      302
        /Account/Enroll               POST   -                 -         302     302      302      302      302      302
        /Account/Mfa                  GET    -                 -         302     302      302      302      302      302
        /Account/Mfa                  POST   -                 -         200     200      200      200      200      200
        /Account/Recovery             GET    -                 -         302     302      302      302      302      302
        /Account/Recovery             POST   -                 -         200     200      200      200      200      200
        /Account/SignIn               GET    -                 -         200     200      200      200      200      200
        /Account/SignIn               POST   -                 -         200     200      200      200      200      200
        /Account/SignOut              GET    -                 -         200     200      200      200      200      200
        /Account/SignOut              POST   -                 -         302     302      302      302      302      302
        /Admin/Accounts/Index         GET    -                 -         signin  403      403      403      403      200
        /Admin/Accounts/Index         POST   Connect           -         signin  403      403      403      403      200
        /Admin/Accounts/Index         POST   Test              -         signin  403      403      403      403      200
        /Admin/Audit/Index            GET    -                 -         signin  403      403      403      403      200
        /Admin/Audit/Index            POST   -                 -         signin  403      403      403      403      302
        /Admin/Devices/Index          GET    -                 -         signin  403      403      403      403      200
        /Admin/Devices/Index          POST   Enroll            -         signin  403      403      403      403      200
        /Admin/Devices/Index          POST   Revoke            -         signin  403      403      403      403      200
        /Admin/Records/Dispositions   GET    -                 -         signin  403      403      403      403      200
        /Admin/Records/Dispositions   POST   Propose           -         signin  403      403      403      403      200
        /Admin/Records/Dispositions   POST   Approve           -         signin  403      403      403      403      200
        /Admin/Records/Dispositions   POST   Withdraw          -         signin  403      403      403      403      200
        /Admin/Records/Eligible       GET    -                 -         signin  403      403      403      403      200
        /Admin/Records/Holds          GET    -                 -         signin  403      403      403      403      200
        /Admin/Records/Holds          POST   Place             -         signin  403      403      403      403      200
        /Admin/Records/Holds          POST   Release           -         signin  403      403      403      403      200
        /Admin/Records/Index          GET    -                 -         signin  403      403      403      403      200
        /Admin/Records/Index          POST   -                 -         signin  403      403      403      403      200
        /Admin/Ranks/Index            GET    -                 -         signin  403      403      403      403      200
        /Admin/Ranks/Index            POST   -                 -         signin  403      403      403      403      200
        /Admin/Users/Index            GET    -                 -         signin  403      403      403      403      200
        /Admin/Users/Create           GET    -                 -         signin  403      403      403      403      200
        /Admin/Users/Create           POST   -                 -         signin  403      403      403      403      200
        /Admin/Users/Edit             GET    -                 -         signin  403      403      403      403      200
        /Admin/Users/Edit             POST   Assignment        -         signin  403      403      403      403      200
        /Admin/Users/Edit             POST   Disable           -         signin  403      403      403      403      200
        /Admin/Users/Edit             POST   Enable            -         signin  403      403      403      403      200
        /Admin/Users/Edit             POST   Unlock            -         signin  403      403      403      403      302
        /Admin/Users/Edit             POST   ResetMfa          -         signin  403      403      403      403      302
        /Admin/Users/Edit             POST   ResetPassword     -         signin  403      403      403      403      200
        /Calendar/Index               GET    -                 district  signin  200/403  200/403  200/403  200      200
        /Commander/Duty               GET    -                 -         signin  403      200      200      403      403
        /Commander/Duty               POST   AddWatch          district  signin  403/403  302/404  302/404  403      403
        /Commander/Duty               POST   RemoveWatch       district  signin  403/403  302/404  302/404  403      403
        /Commander/Duty               POST   ConfirmShift      district  signin  403/403  302/404  302/404  403      403
        /Commander/Duty               POST   Override          district  signin  403/403  403/403  302/404  403      403
        /Commander/Guidance           GET    -                 -         signin  403      403      200      403      403
        /Commander/Publishing         GET    -                 -         signin  403      403      200      403      403
        /Commander/Publishing         POST   Pause             -         signin  403      403      302      403      403
        /Commander/Publishing         POST   Resume            -         signin  403      403      302      403      403
        /Commander/Publishing         POST   SergeantApproval  -         signin  403      403      302      403      403
        /Commander/Publishing         POST   ReviewPeriod      -         signin  403      403      302      403      403
        /Commander/Representatives    GET    -                 -         signin  403      403      200      403      403
        /Commander/Representatives    POST   Appoint           -         signin  403      403      200      403      403
        /Commander/Representatives    POST   Replace           -         signin  403      403      200      403      403
        /Drafts/Index                 GET    -                 -         signin  200      403      403      403      403
        /Drafts/Compose               GET    -                 district  signin  200/404  403/403  403/403  403      403
        /Drafts/Compose               POST   Save              district  signin  302/404  403/403  403/403  403      403
        /Drafts/Compose               POST   Submit            district  signin  302/404  403/403  403/403  403      403
        /Drafts/Compose               POST   Attach            district  signin  200/404  403/403  403/403  403      403
        /Drafts/FromTemplate          GET    -                 -         signin  200      403      403      403      403
        /Drafts/FromTemplate          POST   -                 -         signin  302      403      403      403      403
        /Inquiries/Index              GET    -                 -         signin  200      200      200      403      403
        /Inquiries/New                GET    -                 district  signin  200/404  200/404  200/404  403      403
        /Inquiries/New                POST   -                 district  signin  302/200  302/200  302/200  403      403
        /Inquiries/View               GET    -                 district  signin  200/404  200/404  200/404  403      403
        /Inbox/Index                  GET    -                 -         signin  200      200      200      200      200
        /Inbox/View                   GET    -                 district  signin  200/404  200/404  200/404  200      200
        /Inbox/View                   POST   NoResponse        district  signin  302/404  302/404  302/404  302      403
        /Inbox/View                   POST   Reopen            district  signin  302/404  302/404  302/404  302      403
        /Inbox/View                   POST   Escalate          district  signin  302/404  302/404  302/404  302      403
        /Guidance/Index               GET    -                 -         signin  200      200      200      200      200
        /Guidance/Index               POST   Acknowledge       -         signin  302      403      403      403      403
        /Media/Image                  GET    -                 district  signin  200/404  200/404  200/404  200      200
        /NewsAffairs/Approvals        GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Approvals        POST   Approve           district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/Approvals        POST   Return            district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/Approvals        POST   Reject            district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/Dashboard        GET    -                 -         signin  403      403      403      200      200
        /NewsAffairs/Inquiries/Index  GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Inquiries/Detail GET    -                 district  signin  403/403  403/403  403/403  200      403
        /NewsAffairs/Inquiries/Detail POST   Assign            district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/Inquiries/Detail POST   Respond           district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/Inquiries/Detail POST   Close             district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/Guidance         GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Guidance         POST   Preview           -         signin  403      403      403      200      403
        /NewsAffairs/Guidance         POST   Publish           -         signin  403      403      403      200      403
        /NewsAffairs/Policy           GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Policy           POST   Add               -         signin  403      403      403      200      403
        /NewsAffairs/Policy           POST   Remove            -         signin  403      403      403      200      403
        /NewsAffairs/Postings         GET    -                 -         signin  403      403      403      200      200
        /NewsAffairs/Postings         GET    Csv               -         signin  403      403      403      200      200
        /NewsAffairs/Postings         POST   Discontinue       district  signin  403/403  403/403  403/403  302      403
        /NewsAffairs/PressList        GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/PressList        POST   Add               -         signin  403      403      403      200      403
        /NewsAffairs/PressList        POST   Remove            -         signin  403      403      403      200      403
        /NewsAffairs/Representatives  GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Representatives  POST   Acknowledge       -         signin  403      403      403      200      403
        /NewsAffairs/Roster           GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Templates/Edit   GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Templates/Edit   POST   Preview           -         signin  403      403      403      200      403
        /NewsAffairs/Templates/Edit   POST   Save              -         signin  403      403      403      302      403
        /NewsAffairs/Templates/Index  GET    -                 -         signin  403      403      403      200      403
        /NewsAffairs/Templates/Index  POST   Retire            -         signin  403      403      403      302      403
        /NewsAffairs/Templates/Index  POST   Restore           -         signin  403      403      403      302      403
        /NewsAffairs/Roster           GET    Csv               -         signin  403      403      403      200      403
        /Notifications/Index          GET    -                 -         signin  200      200      200      200      200
        /Notifications/Index          POST   Open              member    signin  302/404  302/404  302/404  302/404  302/404
        /Notifications/Index          POST   ReadAll           -         signin  302      302      302      302      302
        /Posts/Change                 GET    -                 district  signin  200/404  200/404  200/404  403      403
        /Posts/Change                 POST   Save              district  signin  302/404  302/404  302/404  403      403
        /Posts/Change                 POST   Cancel            district  signin  302/404  302/404  302/404  403      403
        /Posts/View                   GET    -                 district  signin  200/404  200/404  200/404  200      200
        /Posts/View                   POST   Discontinue       district  signin  403/404  302/404  302/404  302      403
        /Publishing/Index             GET    -                 -         signin  403      403      403      200      200
        /Publishing/Index             POST   Pause             -         signin  403      403      403      302      302
        /Publishing/Index             POST   Resume            -         signin  403      403      403      302      302
        /Publishing/Index             POST   ResolvePublished  district  signin  403/403  403/403  403/403  403      302
        /Publishing/Index             POST   Requeue           district  signin  403/403  403/403  403/403  403      302
        /Records/Exports/Detail       GET    -                 -         signin  403      403      403      200      200
        /Records/Exports/Detail       GET    Progress          -         signin  403      403      403      200      200
        /Records/Exports/Detail       GET    Download          -         signin  403      403      403      302      302
        /Records/Exports/Index        GET    -                 -         signin  403      403      403      200      200
        /Records/Exports/Index        POST   -                 -         signin  403      403      403      200      200
        /Records/Requests/Detail      GET    -                 -         signin  403      403      403      200      200
        /Records/Requests/Detail      POST   Extend            -         signin  403      403      403      200      200
        /Records/Requests/Detail      POST   Close             -         signin  403      403      403      200      200
        /Records/Requests/Index       GET    -                 -         signin  403      403      403      200      200
        /Records/Requests/Index       POST   -                 -         signin  403      403      403      200      200
        /Review/Approvals             GET    -                 -         signin  403      200      200      403      403
        /Review/Approvals             POST   Approve           district  signin  403/403  302/404  302/404  403      403
        /Review/Approvals             POST   Return            district  signin  403/403  302/404  302/404  403      403
        /Review/Approvals             POST   Reject            district  signin  403/403  302/404  302/404  403      403
        /Review/Index                 GET    -                 -         signin  403      200      200      403      403
        /Review/Index                 POST   Review            district  signin  403/403  302/404  302/404  403      403
        /Review/Index                 POST   Correction        district  signin  403/403  302/404  302/404  403      403
        /Review/Index                 POST   Discontinue       district  signin  403/403  302/404  302/404  403      403
        /Review/Index                 POST   ReviewSelected    district  signin  403/403  302/404  302/404  403      403
        """;

    private static readonly IReadOnlyList<MatrixRow> Rows = MatrixTable.Parse(Table);

    [Fact]
    public async Task Every_page_handler_of_the_app_has_a_row_in_the_matrix_and_every_row_a_handler()
    {
        var discovered = await PageEndpoints.DiscoverAsync(app.Factory.Services);

        output.WriteLine($"The app maps {discovered.Count} page handlers; the matrix lists {Rows.Count}.");
        ShouldCoverExactly(discovered);
    }

    private static void ShouldCoverExactly(IReadOnlyList<MatrixEndpoint> discovered)
    {
        var listed = Rows.Select(r => r.Endpoint).ToHashSet();
        var missing = discovered.Where(e => !listed.Contains(e)).Select(e => e.ToString()).ToList();
        var stale = listed.Where(e => !discovered.Contains(e)).Select(e => e.ToString()).ToList();
        missing.ShouldBeEmpty("Page handlers with no row in the authorization matrix (add one to AuthorizationMatrixTests.Table): " + string.Join("; ", missing));
        stale.ShouldBeEmpty("Matrix rows naming a page handler the app no longer has: " + string.Join("; ", stale));
    }

    [Fact]
    public async Task Every_page_handler_answers_every_caller_as_the_matrix_says()
    {
        var discovered = await PageEndpoints.DiscoverAsync(app.Factory.Services);
        ShouldCoverExactly(discovered);

        var cells = Rows.SelectMany(MatrixTable.Cells).ToList();
        var failures = new List<string>();
        var report = new StringBuilder();
        foreach (var row in Rows)
        {
            report.Append(CultureInfo.InvariantCulture, $"{row.Endpoint,-55}");
            foreach (var cell in MatrixTable.Cells(row))
            {
                var (actual, detail) = await RunAsync(cell);
                report.Append(CultureInfo.InvariantCulture, $" {Short(cell)}={actual}");
                if (actual != cell.Expected)
                {
                    failures.Add($"{cell}: expected {cell.Expected}, got {actual}{detail}");
                }
            }

            report.AppendLine();
        }

        var summary = $"Authorization matrix: {Rows.Count} endpoints × {MatrixTable.Callers.Length} callers ({string.Join(", ", MatrixTable.Callers)}) = {cells.Count} checks, own and other district included.";
        output.WriteLine(summary);
        output.WriteLine(report.ToString());
        failures.ShouldBeEmpty($"{summary}\n{failures.Count} answers differ from the matrix:\n" + string.Join("\n", failures));
        cells.Count.ShouldBe(Rows.Sum(r => r.Scope switch
        {
            Scope.None => MatrixTable.Callers.Length,
            _ => 1 + ((MatrixTable.Callers.Length - 1) * 2),
        }));
    }

    [Fact]
    public async Task Every_POST_handler_a_caller_may_reach_refuses_a_request_without_an_antiforgery_token()
    {
        var failures = new List<string>();
        var posts = Rows.Where(r => r.Endpoint.Method == "POST").ToList();
        foreach (var row in posts)
        {
            // The first caller the matrix lets past authorization: without a token the answer must be 400, not the handler's.
            // The error page ignores tokens (it re-executes failed POSTs) and answers the status it is asked to describe.
            var cell = row.Endpoint.Page == "/Error" ? MatrixTable.Cells(row).First()
                : MatrixTable.Cells(row).First(c => c.Expected is not ("signin" or "denied-redirect" or "403" or "404"));
            var expected = row.Endpoint.Page == "/Error" ? cell.Expected : "400";
            var (actual, detail) = await RunAsync(cell, withToken: false);
            if (actual != expected)
            {
                failures.Add($"{cell} without a token: expected {expected}, got {actual}{detail}");
            }
        }

        output.WriteLine($"{posts.Count} POST handlers sent without an antiforgery token by a caller allowed to use them.");
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private static string Short(MatrixCell cell) => cell.Caller switch
    {
        Caller.Anonymous => "anon",
        Caller.Representative => "rep",
        Caller.Sergeant => "sgt",
        Caller.Commander => "cmdr",
        Caller.NewsAffairs => "news",
        _ => "isd",
    } + (cell.Target == Target.None || cell.Caller == Caller.Anonymous ? string.Empty : cell.Target == Target.Own ? (cell.Row.Scope == Scope.Member ? ".own" : ".A") : (cell.Row.Scope == Scope.Member ? ".other" : ".B"));

    private async Task<(string Actual, string Detail)> RunAsync(MatrixCell cell, bool withToken = true)
    {
        var request = await RequestAsync(cell);
        var fresh = request.FreshSession ? await app.SignInAsync(cell.Caller) : null;
        var session = fresh ?? await app.SessionAsync(cell.Caller);
        try
        {
            var before = cell.MustNotTouchOthers ? await app.OthersFingerprintAsync() : null;
            var url = new Uri(request.Url, UriKind.Relative);
            using var response = cell.Row.Endpoint.Method == "GET"
                ? await session.Browser.Client.GetAsync(url)
                : await session.Browser.Client.PostAsync(url, new FormUrlEncodedContent(withToken ? [.. request.Form, new("__RequestVerificationToken", session.Token)] : request.Form));
            var actual = MatrixTable.Classify(response);
            var detail = response.Headers.Location is { } location ? $" (Location {location})" : string.Empty;
            if (before is not null && await app.OthersFingerprintAsync() != before)
            {
                return ("changed-another-district's-records", detail);
            }

            return (actual, detail);
        }
        finally
        {
            fresh?.Dispose();
            if (fresh is not null)
            {
                app.ForgetSession(cell.Caller);
            }
        }
    }

    /// <summary>How each endpoint is called: its URL and a form that gets past model binding to the authorization decision.</summary>
    private async Task<MatrixRequest> RequestAsync(MatrixCell cell)
    {
        var e = cell.Row.Endpoint;
        var url = (e.Page.EndsWith("/Index", StringComparison.Ordinal) ? e.Page[..^"/Index".Length] : e.Page) is { Length: > 0 } path ? path : "/";
        var handler = e.Handler.Length == 0 ? string.Empty : "?handler=" + e.Handler;
        var district = cell.District;
        static List<KeyValuePair<string, string>> Form(params (string Key, string Value)[] fields) => [.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))];
        string Id(Guid id) => id.ToString();
        var tomorrow = DateTime.UtcNow.Date.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        switch (e.Page, e.Method, e.Handler)
        {
            case ("/Error", _, _):
                return new("/Error?code=404", []);
            case ("/Account/SignOut", "POST", _):
                return new(url, []) { FreshSession = true };
            case ("/Admin/Accounts/Index", "POST", _):
                return new(url + handler, Form(("district", MatrixApp.DistrictB.ToString(CultureInfo.InvariantCulture)), ("accessToken", string.Empty), ("accessTokenSecret", string.Empty)));
            case ("/Admin/Devices/Index", "POST", "Revoke"):
                return new(url + handler, Form(("id", Id(app.Device)), ("RevokeReason", string.Empty)));
            case ("/Admin/Users/Edit", _, _):
                return new($"/Admin/Users/Edit/{app.Administered.Id}{handler}", []);
            case ("/Calendar/Index", "GET", _):
                return new($"/Calendar?district={district.ToString(CultureInfo.InvariantCulture)}", []);
            case ("/Commander/Duty", "POST", "AddWatch"):
                var (day, start, end) = app.FreeWatch();
                return new(url + handler, Form(("userId", app.RepresentativeOf(district).Id), ("day", day.ToString()), ("start", start.ToString("HH:mm", CultureInfo.InvariantCulture)), ("end", end.ToString("HH:mm", CultureInfo.InvariantCulture))));
            case ("/Commander/Duty", "POST", "RemoveWatch"):
                return new(url + handler, Form(("id", Id(await app.WatchAsync(district)))));
            case ("/Commander/Duty", "POST", "ConfirmShift"):
                return new(url + handler, Form(("userId", app.RepresentativeOf(district).Id), ("from", tomorrow + "T08:00"), ("until", tomorrow + "T16:00")));
            case ("/Commander/Duty", "POST", "Override"):
                return new(url + handler, Form(("userId", app.RepresentativeOf(district).Id), ("from", tomorrow + "T08:00"), ("until", tomorrow + "T12:00"), ("reason", "Matrix: community event coverage")));
            case ("/Commander/Publishing", "POST", "Pause"):
                await SwitchAsync(MatrixApp.DistrictA, paused: false);
                return new(url + handler, Form(("reason", "Matrix pause")));
            case ("/Commander/Publishing", "POST", "Resume"):
                await SwitchAsync(MatrixApp.DistrictA, paused: true);
                return new(url + handler, []);
            case ("/Commander/Publishing", "POST", "SergeantApproval"):
                return new(url + handler, Form(("required", "false")));
            case ("/Commander/Publishing", "POST", "ReviewPeriod"):
                return new(url + handler, Form(("hours", "24")));
            case ("/Commander/Representatives", "POST", _):
                return new(url + handler, Form(("slot", "1")));
            case ("/Drafts/Compose", "GET", _):
                return new($"{url}/{await app.PostAsync(district, PostState.Draft)}", []);
            case ("/Drafts/Compose", "POST", _):
                return new($"{url}/{await app.PostAsync(district, PostState.Draft)}{handler}", Form(
                    ("Input.Category", nameof(PostCategory.CommunityAlert)),
                    ("Input.Text", $"Matrix edit {app.Next()}: beat meeting at the district station."),
                    ("Input.MarkedNotable", "false"),
                    ("FormToken", Infrastructure.Data.FormToken.Issue())));
            case ("/Drafts/FromTemplate", "POST", _):
                return new($"{url}/{await TemplateAsync(retired: false)}", Form(("Values[place]", "the district station"), ("FormToken", Infrastructure.Data.FormToken.Issue())));
            case ("/NewsAffairs/Templates/Edit", "POST", _):
                return new(url + handler, Form(("Name", $"Matrix template {app.Next()}"), ("Category", nameof(PostCategory.CommunityEvent)), ("Body", "Meet us at {place}.")));
            case ("/NewsAffairs/Templates/Index", "POST", _):
                return new($"{url}?id={await TemplateAsync(retired: e.Handler == "Restore")}&handler={e.Handler}", []);
            case ("/Inquiries/New", "GET", _):
                return new($"/Inquiries/New?post={await app.PostAsync(district, PostState.Published)}", []);
            case ("/Inquiries/New", "POST", _):
                return new(url, Form(
                    ("Input.Outlet", "Matrix Tribune"), ("Input.Reporter", "Matrix Reporter"), ("Input.Contact", "312-555-0100"), ("Input.Channel", "Phone"),
                    ("Input.ReceivedAt", Domain.ChicagoTime.ToLocal(DateTime.UtcNow.AddMinutes(-10)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
                    ("Input.Question", "Matrix: is the posting accurate?"), ("Input.RelatedPostId", Id(await app.PostAsync(district, PostState.Published)))));
            case ("/Inbox/View", "GET", _):
                return new($"/Inbox/{await MentionAsync(district, closed: false)}", []);
            case ("/Inbox/View", "POST", _):
                return new($"/Inbox/{await MentionAsync(district, closed: e.Handler == "Reopen")}{handler}", Form(("Reason", "Matrix: thanks only")));
            case ("/Inquiries/View", "GET", _):
                return new($"/Inquiries/{await InquiryAsync(district)}", []);
            case ("/NewsAffairs/Inquiries/Detail", "GET", _):
                return new($"/NewsAffairs/Inquiries/{await InquiryAsync(district)}", []);
            case ("/NewsAffairs/Inquiries/Detail", "POST", _):
                return new($"/NewsAffairs/Inquiries/{await InquiryAsync(district)}{handler}", Form(
                    ("AssigneeId", app.Members[Caller.NewsAffairs].Id), ("ResponseText", "Matrix: answered by phone."), ("ResponseChannel", "Phone"),
                    ("RespondedAt", Domain.ChicagoTime.ToLocal(DateTime.UtcNow).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)), ("CloseNote", "Matrix: no response needed.")));
            case ("/Records/Exports/Detail", _, _):
                return new($"/Records/Exports/{await ExportJobAsync()}{handler}", []);
            case ("/Records/Requests/Detail", _, _):
                return new($"/Records/Requests/{await FoiaRequestAsync()}{handler}", []);
            case ("/Media/Image", "GET", _):
                return new($"/Media/Images/{await app.ImageAsync(district)}", []);
            case ("/NewsAffairs/Approvals", "POST", _):
                return new(url + handler, Form(("id", Id(await app.PostAsync(district, PostState.AwaitingNewsAffairs))), ("comment", "Matrix: a decision with its reason.")));
            case ("/NewsAffairs/Postings", "POST", "Discontinue"):
                return new($"/NewsAffairs/Postings?handler=Discontinue&id={await app.PostAsync(district, PostState.Published)}", Form(("reason", nameof(DiscontinueReason.Inappropriate)), ("note", "Matrix"), ("confirmed", "true")));
            case ("/NewsAffairs/Policy", "POST", "Remove"):
                return new(url + handler, Form(("id", "0")));
            case ("/NewsAffairs/Representatives", "POST", _):
                return new(url + handler, Form(("id", Id(Guid.Empty))));
            case ("/Notifications/Index", "POST", "Open"):
                var owner = cell.Target == Target.Other || cell.Caller == Caller.Anonymous ? app.RepresentativeB.Id : app.Members[cell.Caller].Id;
                return new(url + handler, Form(("id", Id(await app.NotificationAsync(owner)))));
            case ("/Posts/Change", "GET", _):
                return new($"/Posts/{await app.PostAsync(district, PostState.Queued)}/Change", []);
            case ("/Posts/Change", "POST", "Save"):
                return new($"/Posts/{await app.PostAsync(district, PostState.Queued)}/Change{handler}", Form(("Text", $"Matrix change {app.Next()}: lock your car and take your keys."), ("ScheduledFor", string.Empty)));
            case ("/Posts/Change", "POST", "Cancel"):
                return new($"/Posts/{await app.PostAsync(district, PostState.Queued)}/Change{handler}", Form(("reason", nameof(DiscontinueReason.Outdated)), ("note", "Matrix")));
            case ("/Posts/View", "GET", _):
                return new($"/Posts/{await app.PostAsync(district, PostState.AwaitingNewsAffairs)}", []);
            case ("/Posts/View", "POST", "Discontinue"):
                return new($"/Posts/{await app.PostAsync(district, PostState.Published)}{handler}", Form(("reason", nameof(DiscontinueReason.Inappropriate)), ("note", "Matrix"), ("confirmed", "true")));
            case ("/Publishing/Index", "POST", "Pause"):
                await SwitchAsync(PublishingSwitch.DepartmentScope, paused: false);
                return new(url + handler, Form(("reason", "Matrix pause")));
            case ("/Publishing/Index", "POST", "Resume"):
                await SwitchAsync(PublishingSwitch.DepartmentScope, paused: true);
                return new(url + handler, []);
            case ("/Publishing/Index", "POST", _):
                return new(url + handler, Form(("id", Id(await app.PostAsync(district, PostState.OutcomeUnknown))), ("xPostId", "1234567890")));
            case ("/Review/Approvals", "POST", _):
                return new(url + handler, Form(("id", Id(await app.PostAsync(district, PostState.AwaitingSergeant))), ("comment", "Matrix: a decision with its reason.")));
            case ("/Review/Index", "POST", "ReviewSelected"):
                return new(url + handler, Form(("ids", Id(await app.PostAsync(district, PostState.Published)))));
            case ("/Review/Index", "POST", _):
                return new(url + handler, Form(
                    ("id", Id(await app.PostAsync(district, PostState.Published))),
                    ("category", "true"), ("current", "true"), ("correct", "true"), ("valid", "true"), ("appropriate", "true"),
                    ("reason", nameof(DiscontinueReason.Outdated)), ("confirmed", "true"),
                    ("note", e.Handler == "Review" ? string.Empty : "Matrix: the event date changed.")));
            default:
                cell.Row.Scope.ShouldBe(Scope.None, $"{e} names a record: give it a request in RequestAsync");
                return new(url + handler, []);
        }
    }

    /// <summary>A News Affairs template to start from, retire or restore (department-wide: no district).</summary>
    private Task<Guid> TemplateAsync(bool retired) => app.WithDbAsync(async db =>
    {
        var template = Domain.Templates.PostTemplate.Create(new Domain.Templates.TemplateContent($"Matrix template {app.Next()}", PostCategory.CommunityEvent, "Meet us at {place}.", null),
            PolicyLists.Defaults, Support.TestActors.NewsAffairs, DateTime.UtcNow);
        if (retired)
        {
            template.Retire(Support.TestActors.NewsAffairs, DateTime.UtcNow);
        }

        db.PostTemplates.Add(template);
        await db.SaveChangesAsync();
        return template.Id;
    });

    /// <summary>A new mention in the district's inbox (or one closed without a response), stored directly.</summary>
    private async Task<Guid> MentionAsync(int district, bool closed)
    {
        var n = app.Next();
        var mention = Domain.Responses.Mention.Received(district, new Domain.Responses.XMentionFacts((1870000000000000000L + n).ToString(CultureInfo.InvariantCulture), "1234", "matrix_resident", "Matrix Resident",
            $"@district Matrix question {n}", DateTime.UtcNow.AddMinutes(-5), null, null, AddressesAccount: true), DateTime.UtcNow);
        if (closed)
        {
            mention.CloseWithoutResponse(Support.TestActors.NewsAffairs, "Matrix: thanks only", DateTime.UtcNow);
        }

        await app.WithDbAsync(db =>
        {
            db.Mentions.Add(mention);
            return db.SaveChangesAsync();
        });
        return mention.Id;
    }

    /// <summary>A new media inquiry of the district, logged directly in the store.</summary>
    private async Task<Guid> InquiryAsync(int district)
    {
        var logger = new Domain.People.Actor($"matrix-logger-{district}", "Matrix Logger", [Domain.People.Roles.Representative], district);
        var inquiry = Domain.Inquiries.MediaInquiry.Log(logger, new Domain.Inquiries.InquiryDetails("Matrix Tribune", "Matrix Reporter", "312-555-0100",
            Domain.Inquiries.InquiryChannel.Email, DateTime.UtcNow.AddMinutes(-30), $"Matrix question {app.Next()}"), null, null, DateTime.UtcNow);
        await app.WithDbAsync(db =>
        {
            db.MediaInquiries.Add(inquiry);
            return db.SaveChangesAsync();
        });
        return inquiry.Id;
    }

    /// <summary>An open public-records request, logged directly in the store (department-wide: no district scoping).</summary>
    /// <summary>A queued records export (not run: its download sends the caller back to its page).</summary>
    private async Task<Guid> ExportJobAsync()
    {
        var job = new Infrastructure.Records.Export.RecordsExportJob(
            new Infrastructure.Records.Export.RecordsExportRequest(null, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), null, Support.TestActors.NewsAffairs, DateTime.UtcNow);
        await app.WithDbAsync(db =>
        {
            db.RecordsExportJobs.Add(job);
            return db.SaveChangesAsync();
        });
        return job.Id;
    }

    private async Task<Guid> FoiaRequestAsync()
    {
        var request = Domain.Records.FoiaRequest.Log($"Matrix requester {app.Next()}", Domain.ChicagoTime.DateOf(DateTime.UtcNow), "Matrix: all postings", null, null, null, null,
            Support.TestActors.NewsAffairs, DateTime.UtcNow);
        await app.WithDbAsync(db =>
        {
            db.FoiaRequests.Add(request);
            return db.SaveChangesAsync();
        });
        return request.Id;
    }

    private Task<Infrastructure.Outcome> SwitchAsync(int scope, bool paused) =>
        app.Factory.WithServiceAsync<Infrastructure.Outcome, PostWorkflow>(workflow => paused
            ? workflow.PauseAsync(scope, Switcher(scope), "Matrix: paused before the test")
            : workflow.ResumeAsync(scope, Switcher(scope)));

    private static Domain.People.Actor Switcher(int scope) =>
        scope == Domain.Publishing.PublishingSwitch.DepartmentScope ? Support.TestActors.Isd : Support.TestActors.Commander(scope);
}
