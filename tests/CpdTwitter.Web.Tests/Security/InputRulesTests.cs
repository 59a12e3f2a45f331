using AngleSharp.Dom;
using System.Globalization;
using System.Net;
using System.Text;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>
/// Issue #11, finding 4 (and the dates of finding 10), replayed: each bad value the attacker sent now gets a message by
/// its field and changes nothing; a record stored with such characters before the rules still shows.
/// </summary>
public sealed class InputRulesTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    private const string Compose = "/Drafts/Compose";

    private Task<int> CountAsync<T>(Func<Infrastructure.Data.CpdTwitterDbContext, IQueryable<T>> set) =>
        app.WithDbAsync(db => set(db).CountAsync());

    private Task<int> AuditCountAsync() => CountAsync(db => db.AuditEvents);

    private static Dictionary<string, string> Draft(string text) => new()
    {
        ["Input.Category"] = nameof(PostCategory.CommunityAlert),
        ["Input.Text"] = text,
    };

    [Fact]
    public async Task A_draft_with_U_FFFE_is_refused_next_to_its_text_and_nothing_is_saved()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var (posts, audit) = (await CountAsync(db => db.Posts), await AuditCountAsync());

        var page = await rep.Browser.SubmitAsync(Compose, Draft("Beat meeting tonight\uFFFE at 6 pm."), "Save");

        rep.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Input.Text").ShouldBe("Post contains a Unicode noncharacter (U+FFFE), which cannot be accepted. Remove it and try again.");
        page.Text("#input-refused li").ShouldBe("Post contains a Unicode noncharacter (U+FFFE), which cannot be accepted. Remove it and try again.");
        page.QuerySelector("#Input_Text")!.TextContent.ShouldBe("Beat meeting tonight\uFFFE at 6 pm.", "what was typed is shown again to be corrected");
        (await CountAsync(db => db.Posts)).ShouldBe(posts);
        (await AuditCountAsync()).ShouldBe(audit);
    }

    [Theory]
    [InlineData("NUL", "Lock your car\0 tonight.", "Post contains a control character (U+0000), which cannot be accepted. Remove it and try again.")]
    [InlineData("right-to-left override", "Call 911 \u202E11-1119 llac", "Post contains a bidirectional control character (U+202E) that can disguise the order of the text, which cannot be accepted. Remove it and try again.")]
    public async Task Control_bidi_and_broken_characters_in_a_draft_are_refused_by_the_field(string _, string text, string message)
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var posts = await CountAsync(db => db.Posts);

        var page = await rep.Browser.SubmitAsync(Compose, Draft(text), "Submit");

        rep.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Input.Text").ShouldBe(message);
        (await CountAsync(db => db.Posts)).ShouldBe(posts);
    }

    [Fact]
    public async Task A_lone_surrogate_as_a_browser_sends_it_is_refused_by_the_field()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var posts = await CountAsync(db => db.Posts);

        // A browser turns a lone surrogate into U+FFFD when it encodes the form (WHATWG Encoding standard).
        var page = await rep.Browser.SubmitAsync(Compose, Draft("Broken \uFFFD text"), "Save");

        rep.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Input.Text").ShouldBe("Post contains a character that did not arrive intact (U+FFFD, the replacement character), which cannot be accepted. Remove it and try again.");
        (await CountAsync(db => db.Posts)).ShouldBe(posts);
    }

    [Fact]
    public async Task A_lone_surrogate_sent_as_raw_UTF_8_bytes_is_not_decoded_and_stays_literal_text()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var form = await rep.Browser.GetAsync(Compose);
        var formToken = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#compose-form input[name=FormToken]")!.Value;
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(form.AntiforgeryToken("#compose-form")) + "&FormToken=" + formToken
            + "&Input.Category=CommunityAlert&Input.Text=Raw+bytes%ED%A0%80here";
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await rep.Browser.Client.PostAsync(new Uri(Compose + "?handler=Save", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        (await app.WithDbAsync(db => db.Posts.AnyAsync(p => p.Text == "Raw bytes%ED%A0%80here"))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_draft_longer_than_its_column_is_refused_by_the_field()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var posts = await CountAsync(db => db.Posts);

        var page = await rep.Browser.SubmitAsync(Compose, Draft(new string('a', PostContent.TextMaxLength + 1)), "Save");

        rep.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Input.Text").ShouldBe("Post is too long: at most 4,000 characters (4,001 entered).");
        (await CountAsync(db => db.Posts)).ShouldBe(posts);
    }

    [Fact]
    public async Task A_5_MB_field_gets_the_friendly_413_page_and_nothing_is_saved()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var audit = await AuditCountAsync();
        var form = await rep.Browser.GetAsync(Compose);
        var action = System.Net.WebUtility.HtmlDecode(form.QuerySelector("button[formaction*='handler=Save']")!.GetAttribute("formaction")!);

        var page = await rep.Browser.PostAsync(action, [
            new("__RequestVerificationToken", form.AntiforgeryToken()),
            new("Input.Category", nameof(PostCategory.CommunityAlert)),
            new("Input.Text", new string('a', 5 * 1024 * 1024))]);

        rep.Browser.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        page.Text("h1").ShouldBe("What you sent is too large");
        page.Text("main p").ShouldBe("A form may carry at most 1,024 KB, and one field at most 65,536 characters. Nothing was saved: go back, shorten the text and try again.");
        (await AuditCountAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task A_field_over_64K_characters_in_a_form_under_1_MB_gets_the_413_page_too()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var form = await rep.Browser.GetAsync(Compose);

        var page = await rep.Browser.PostAsync(Compose + "?handler=Save", [
            new("__RequestVerificationToken", form.AntiforgeryToken()),
            new("Input.Category", nameof(PostCategory.CommunityAlert)),
            new("Input.Text", new string('a', (64 * 1024) + 1))]);

        rep.Browser.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        page.Text("h1").ShouldBe("What you sent is too large");
    }

    [Fact]
    public async Task A_form_over_1_MB_made_of_fields_under_64K_gets_the_413_page()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var form = await rep.Browser.GetAsync(Compose);
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(form.AntiforgeryToken()) + "&Input.Category=CommunityAlert"
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"&Input.Text{i}=" + new string('a', 30_000)));
        using var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        content.Headers.ContentLength.ShouldNotBeNull(); // a stream of known length: the test server passes it on
        using var response = await rep.Browser.Client.PostAsync(new Uri(Compose + "?handler=Save", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("What you sent is too large");
    }

    [Fact]
    public async Task A_representative_name_over_128_characters_is_refused_with_a_message()
    {
        var commander = await app.SessionAsync(Caller.Commander);
        await app.Factory.CreateUserAsync("mx.rep.a2", MatrixApp.DistrictA, Domain.People.Roles.Representative);
        var appointments = await CountAsync(db => db.Appointments);
        var audit = await AuditCountAsync();

        var page = await commander.Browser.SubmitAsync("/Commander/Representatives", new Dictionary<string, string>
        {
            ["Input.LogOnId"] = "mx.rep.a2",
            ["Input.Name"] = new string('N', 129),
            ["Input.Rank"] = "Police Officer",
            ["Input.StarNumber"] = "12345",
            ["Input.EmployeeNumber"] = "123456",
            ["Input.Email"] = "mx.rep.a2@chicagopolice.org",
        }, "Appoint&slot=2");

        commander.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#input-refused li").ShouldBe("Name is too long: at most 128 characters (129 entered).");
        (await CountAsync(db => db.Appointments)).ShouldBe(appointments);
        (await AuditCountAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task A_NUL_in_a_rank_is_refused_next_to_the_field()
    {
        var isd = await app.SessionAsync(Caller.Isd);
        var ranks = await CountAsync(db => db.Ranks);

        var page = await isd.Browser.SubmitAsync("/Admin/Ranks", new Dictionary<string, string> { ["Name"] = "Sergeant\0", ["SortOrder"] = "5" });

        isd.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#rank-error").ShouldBe("Rank contains a control character (U+0000), which cannot be accepted. Remove it and try again.");
        (await CountAsync(db => db.Ranks)).ShouldBe(ranks);
    }

    [Fact]
    public async Task Text_in_a_number_field_is_refused_with_a_message_and_the_setting_is_unchanged()
    {
        var isd = await app.SessionAsync(Caller.Isd);
        var ranks = await CountAsync(db => db.Ranks);

        var page = await isd.Browser.SubmitAsync("/Admin/Ranks", new Dictionary<string, string> { ["Name"] = "Detective", ["SortOrder"] = "five" });

        isd.Browser.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("#input-refused li").ShouldBe("The value 'five' is not valid for Position in the list.");
        (await CountAsync(db => db.Ranks)).ShouldBe(ranks);
    }

    [Theory]
    [InlineData("Override", "0001-01-01T08:00", "0001-01-01T12:00", "From")]
    [InlineData("ConfirmShift", "2026-12-01T08:00", "9999-12-31T16:00", "Until")]
    public async Task A_duty_date_far_in_the_past_or_future_is_refused_with_a_message(string handler, string from, string until, string field)
    {
        var commander = await app.SessionAsync(Caller.Commander);
        var grants = await CountAsync(db => db.DutyGrants);

        var page = await commander.Browser.SubmitAsync("/Commander/Duty", new Dictionary<string, string>
        {
            ["from"] = from,
            ["until"] = until,
            ["reason"] = "Community event coverage",
        }, handler);

        commander.Browser.Status.ShouldBe(HttpStatusCode.OK);
        var latest = DateTime.UtcNow.Date.AddYears(2).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        page.Text("#input-refused li").ShouldBe($"{field} must be between 1 January 2000 and {latest}.");
        (await CountAsync(db => db.DutyGrants)).ShouldBe(grants);
    }

    [Fact]
    public async Task A_post_scheduled_for_year_9999_is_refused_by_the_field()
    {
        var rep = await app.SessionAsync(Caller.Representative);
        var posts = await CountAsync(db => db.Posts);
        var fields = Draft("Beat meeting next month.");
        fields["Input.ScheduledFor"] = "9999-01-01T09:00";

        var page = await rep.Browser.SubmitAsync(Compose, fields, "Save");

        var latest = DateTime.UtcNow.Date.AddYears(2).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        page.FieldError("Input.ScheduledFor").ShouldBe($"Publish at (Chicago time, optional) must be between 1 January 2000 and {latest}.");
        (await CountAsync(db => db.Posts)).ShouldBe(posts);
    }

    [Fact]
    public async Task The_record_of_a_post_stored_with_U_FFFE_NUL_and_a_lone_surrogate_still_shows()
    {
        var id = await app.PostAsync(MatrixApp.DistrictA, PostState.AwaitingNewsAffairs);
        const string stored = "Stored before the rules:\uFFFE NUL\0 lone\uD800 override\u202E end https://www.chicago.gov/\uFFFF";
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Posts SET Text = {stored} WHERE Id = {id}"));
        var news = await app.SessionAsync(Caller.NewsAffairs);

        var record = await news.Browser.GetAsync($"/Posts/{id}");
        news.Browser.Status.ShouldBe(HttpStatusCode.OK);
        record.Body!.TextContent.ShouldContain("Stored before the rules:");

        await news.Browser.GetAsync("/NewsAffairs/Approvals");
        news.Browser.Status.ShouldBe(HttpStatusCode.OK);
    }
}
