using System.Globalization;
using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Inquiries;

/// <summary>Media inquiries (S02-03-10 IV.F): the district logs, News Affairs assigns, answers and closes; other districts see nothing.</summary>
public sealed class InquiryFlowTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    internal static Dictionary<string, string> Form(string question, DateTime? receivedChicago = null, string channel = nameof(InquiryChannel.Phone)) => new()
    {
        ["Input.Outlet"] = "Chicago Tribune",
        ["Input.Reporter"] = "Jo Reporter",
        ["Input.Contact"] = "312-555-0100",
        ["Input.Channel"] = channel,
        ["Input.ReceivedAt"] = (receivedChicago ?? FixedClockFactory.ChicagoNow(TimeSpan.FromMinutes(-20))).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        ["Input.Question"] = question,
    };

    internal static async Task<Guid> LogAsync(Browser member, string question, Guid? post = null, DateTime? receivedChicago = null)
    {
        var page = await member.SubmitAsync(post is null ? "/Inquiries/New" : $"/Inquiries/New?post={post}", Form(question, receivedChicago));
        member.Path.ShouldStartWith("/Inquiries/", customMessage: page.Errors());
        return Guid.Parse(member.Path!["/Inquiries/".Length..]);
    }

    internal static async Task<Guid> DraftAsync(CpdTwitterFactory app, int district, string authorLogOnId)
    {
        var author = await app.FindUserAsync(authorLogOnId);
        var post = Post.Draft(district, author.Id, author.DisplayName, new PostContent(PostCategory.CommunityAlert, "Street closure on Ogden Ave until 6 pm.", null, false, null), FixedClockFactory.Now.UtcDateTime.AddDays(-1));
        await app.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Posts.Add(post);
            return db.SaveChangesAsync();
        });
        return post.Id;
    }

    private Task<MediaInquiry> InquiryAsync(Guid id) =>
        factory.WithServiceAsync<MediaInquiry, CpdTwitterDbContext>(db => db.MediaInquiries.AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task A_representative_logs_an_inquiry_sees_its_status_and_News_Affairs_is_notified()
    {
        using var news = await factory.SignedInAsync("news.inq.notified", null, Roles.NewsAffairs);
        using var rep = await factory.SignedInAsync("po.inq.log", 24, Roles.Representative);

        var record = await rep.SubmitAsync("/Inquiries/New", Form("Was the beat meeting moved to Thursday?"));
        record.Text("[role=status]").ShouldContain("Office of News Affairs has been notified");
        var id = Guid.Parse(rep.Path!["/Inquiries/".Length..]);
        record.Text("#inquiry-state").ShouldContain("New: waiting for News Affairs");
        record.Text("#inquiry-question").ShouldBe("Was the beat meeting moved to Thursday?");
        (await rep.GetAsync("/Inquiries")).Text($"#inquiry-{id}").ShouldContain("Chicago Tribune");
        (await rep.GetAsync("/Inquiries")).Text("#who-answers").ShouldContain("The Office of News Affairs answers the news media");
        (await factory.AuditTrailAsync(AuditSubjects.MediaInquiry, id.ToString())).ShouldBe([AuditActions.Inquiry.Logged]);
        var inbox = await news.GetAsync("/Notifications");
        inbox.Body!.TextContent.ShouldContain("Media inquiry logged by district 024: Chicago Tribune (Jo Reporter)");
        var stored = await InquiryAsync(id);
        stored.ReceivedAt.ShouldBe(FixedClockFactory.Now.UtcDateTime.AddMinutes(-20));
        stored.LoggedByName.ShouldBe("Test po.inq.log");
    }

    [Fact]
    public async Task Bad_input_gets_a_message_next_to_each_field()
    {
        using var sergeant = await factory.SignedInAsync("sgt.inq.bad", 25, Roles.CommunityPolicingSergeant);

        var page = await sergeant.SubmitAsync("/Inquiries/New", new Dictionary<string, string>
        {
            ["Input.Outlet"] = "", ["Input.Reporter"] = "R", ["Input.Contact"] = "c", ["Input.Channel"] = "", ["Input.ReceivedAt"] = "", ["Input.Question"] = "q",
        });
        sergeant.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Input.Channel").ShouldBe("Choose how the inquiry came in: phone, e-mail, in person or social media.");
        page.FieldError("Input.ReceivedAt").ShouldBe("Enter when the inquiry came in.");

        var noOutlet = Form("q");
        noOutlet["Input.Outlet"] = " ";
        page = await sergeant.SubmitAsync("/Inquiries/New", noOutlet);
        page.FieldError("Input.Outlet").ShouldBe("Enter the news outlet.");

        page = await sergeant.SubmitAsync("/Inquiries/New", Form("q", FixedClockFactory.ChicagoNow(TimeSpan.FromHours(2))));
        page.FieldError("Input.ReceivedAt").ShouldBe("The time received is in the future. Enter when the inquiry came in.");

        page = await sergeant.SubmitAsync("/Inquiries/New", Form(new string('x', MediaInquiry.QuestionMaxLength + 1)));
        page.FieldError("Input.Question").ShouldStartWith("The question asked is too long");
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.MediaInquiries.CountAsync(i => i.LoggedByName == "Test sgt.inq.bad"))).ShouldBe(0);
    }

    [Fact]
    public async Task The_district_cannot_assign_answer_or_close_even_by_posting_directly()
    {
        using var news = await factory.SignedInAsync("news.inq.refuse", null, Roles.NewsAffairs);
        using var commander = await factory.SignedInAsync("cmdr.inq.refuse", 22, Roles.Commander);
        var id = await LogAsync(commander, "Who authorised the closure posting?");
        var token = (await commander.GetAsync("/Inquiries/New")).AntiforgeryToken();
        var newsId = (await factory.FindUserAsync("news.inq.refuse")).Id;

        foreach (var (handler, field, value) in new[] { ("Assign", "AssigneeId", newsId), ("Respond", "ResponseText", "We answered."), ("Close", "CloseNote", "Done.") })
        {
            await commander.PostAsync($"/NewsAffairs/Inquiries/{id}?handler={handler}", [new(field, value), new("ResponseChannel", "Phone"), new("RespondedAt", "2026-11-25T10:00"), new("__RequestVerificationToken", token)]);
            commander.Status.ShouldBe(HttpStatusCode.Forbidden, handler);
        }

        (await commander.GetAsync($"/NewsAffairs/Inquiries/{id}")).ShouldNotBeNull();
        commander.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await InquiryAsync(id)).State.ShouldBe(InquiryState.New);
        (await factory.AuditTrailAsync(AuditSubjects.MediaInquiry, id.ToString())).ShouldBe([AuditActions.Inquiry.Logged]);
    }

    [Fact]
    public async Task Another_district_cannot_see_an_inquiry_nor_log_one_against_its_posting()
    {
        using var rep = await factory.SignedInAsync("po.inq.own", 19, Roles.Representative);
        using var other = await factory.SignedInAsync("po.inq.other", 20, Roles.Representative);
        var post = await DraftAsync(factory, 19, "po.inq.own");
        var id = await LogAsync(rep, "Is the closure still on?", post);

        await other.GetAsync($"/Inquiries/{id}");
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/Inquiries")).QuerySelector($"#inquiry-{id}").ShouldBeNull();
        await other.GetAsync($"/Inquiries/New?post={post}");
        other.Status.ShouldBe(HttpStatusCode.NotFound);

        var form = Form("About district 19's posting");
        form["Input.RelatedPostId"] = post.ToString();
        var page = await other.SubmitAsync("/Inquiries/New", form);
        page.FieldError("Input.RelatedPostId").ShouldBe("The related posting must be one of your district's postings.");
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.MediaInquiries.CountAsync(i => i.District == 20))).ShouldBe(0);
    }

    [Fact]
    public async Task News_Affairs_assigns_answers_and_closes_and_every_step_is_audited()
    {
        using var news = await factory.SignedInAsync("news.inq.desk", null, Roles.NewsAffairs);
        await factory.CreateUserAsync("news.inq.colleague", null, Roles.NewsAffairs);
        using var rep = await factory.SignedInAsync("po.inq.desk", 17, Roles.Representative);
        var id = await LogAsync(rep, "How many arrests were made on Taylor Street?");
        var colleague = (await factory.FindUserAsync("news.inq.colleague")).Id;

        var queue = await news.GetAsync("/NewsAffairs/Inquiries?district=17");
        queue.Text($"#inquiry-{id}").ShouldContain("New: waiting for News Affairs");
        var detail = await news.GetAsync($"/NewsAffairs/Inquiries/{id}");
        detail.QuerySelectorAll("#AssigneeId option").Select(o => o.TextContent).ShouldContain("Test news.inq.colleague");

        detail = await news.SubmitAsync(detail, new Dictionary<string, string> { ["AssigneeId"] = colleague }, handler: "Assign");
        detail.Text("#inquiry-state").ShouldContain("Assigned to Test news.inq.colleague");

        detail = await news.SubmitAsync(detail, new Dictionary<string, string> { ["ResponseText"] = "", ["ResponseChannel"] = "Email", ["RespondedAt"] = "2026-11-25T10:20" }, handler: "Respond");
        detail.FieldError("ResponseText").ShouldBe("Enter the response given.");
        detail = await news.SubmitAsync(detail, new Dictionary<string, string> { ["ResponseText"] = "Two arrests; see the news release.", ["ResponseChannel"] = "Email", ["RespondedAt"] = "2026-11-25T10:20" }, handler: "Respond");
        detail.Text("#inquiry-state").ShouldContain("Answered by Test news.inq.desk");
        detail.Text("#inquiry-response").ShouldBe("Two arrests; see the news release.");

        detail = await news.SubmitAsync(detail, new Dictionary<string, string> { ["CloseNote"] = "Reporter satisfied." }, handler: "Close");
        detail.Text("#inquiry-closed").ShouldContain("Reporter satisfied.");
        var history = detail.Text("#inquiry-history");
        history.ShouldContain("Media inquiry logged (Test po.inq.desk)");
        history.ShouldContain("Media inquiry closed (Test news.inq.desk)");
        history.ShouldNotContain("(news.inq.desk)");

        (await factory.AuditTrailAsync(AuditSubjects.MediaInquiry, id.ToString())).ShouldBe(
            [AuditActions.Inquiry.Logged, AuditActions.Inquiry.Assigned, AuditActions.Inquiry.Answered, AuditActions.Inquiry.Closed]);
        var stored = await InquiryAsync(id);
        stored.State.ShouldBe(InquiryState.Closed);
        stored.RespondedAt.ShouldBe(new DateTime(2026, 11, 25, 16, 20, 0, DateTimeKind.Utc));
        (await rep.GetAsync($"/Inquiries/{id}")).Text("#inquiry-state").ShouldContain("Closed");
        (await news.GetAsync("/NewsAffairs/Inquiries?district=17")).QuerySelector($"#inquiry-{id}").ShouldBeNull();
        (await news.GetAsync("/NewsAffairs/Inquiries?district=17&show=Closed")).QuerySelector($"#inquiry-{id}").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_unanswered_inquiry_closes_only_with_a_note()
    {
        using var news = await factory.SignedInAsync("news.inq.note", null, Roles.NewsAffairs);
        using var rep = await factory.SignedInAsync("po.inq.note", 16, Roles.Representative);
        var id = await LogAsync(rep, "Can we film at the station?");

        var detail = await news.SubmitAsync($"/NewsAffairs/Inquiries/{id}", new Dictionary<string, string> { ["CloseNote"] = " " }, handler: "Close");
        detail.FieldError("CloseNote").ShouldBe("No response has been recorded: say in the note why none is needed.");
        detail = await news.SubmitAsync(detail, new Dictionary<string, string> { ["CloseNote"] = "Withdrawn by the reporter." }, handler: "Close");
        (await InquiryAsync(id)).CloseNote.ShouldBe("Withdrawn by the reporter.");
    }

    [Fact]
    public async Task The_posting_record_shows_media_interest_with_a_link()
    {
        using var news = await factory.SignedInAsync("news.inq.record", null, Roles.NewsAffairs);
        using var sergeant = await factory.SignedInAsync("sgt.inq.record", 14, Roles.CommunityPolicingSergeant);
        using var isd = await factory.SignedInAsync("isd.inq.record", null, Roles.IsdAdministrator);
        var post = await DraftAsync(factory, 14, "sgt.inq.record");

        var record = await sergeant.GetAsync($"/Posts/{post}");
        record.Text("#media-interest").ShouldNotContain("Media interest");
        record.QuerySelector("#log-media-inquiry")!.GetAttribute("href").ShouldBe($"/Inquiries/New?post={post}");

        var page = await sergeant.GetAsync($"/Inquiries/New?post={post}");
        page.Text("#related-posting").ShouldContain("Street closure on Ogden Ave");
        await sergeant.SubmitAsync(page, Form("Is Ogden open again?"));

        record = await sergeant.GetAsync($"/Posts/{post}");
        record.Text("#media-interest").ShouldContain("Media interest: 1 media inquiry about this posting");
        var link = record.QuerySelector("#media-interest a")!.GetAttribute("href")!;
        (await sergeant.GetAsync(link)).Text("#inquiries").ShouldContain("Is Ogden open again?");
        record = await news.GetAsync($"/Posts/{post}");
        record.QuerySelector("#media-interest a")!.GetAttribute("href").ShouldBe($"/NewsAffairs/Inquiries?show=all&post={post}");
        record.QuerySelector("#log-media-inquiry").ShouldBeNull();
        (await isd.GetAsync($"/Posts/{post}")).QuerySelector("#media-interest").ShouldBeNull();
    }
}
