using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Templates;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Templates;

/// <summary>News Affairs keeps post templates; a representative starts a draft from one, which records the template and version.</summary>
public sealed class PostTemplateTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private const string BeatMeeting = "Beat {beat} community meeting: {date} at {time}, {place}. Bring your questions.";

    private Task<Browser> NewsAffairsAsync() => app.Factory.SignedInAsync("news.templates", null, Roles.NewsAffairs);

    private async Task<Browser> RepresentativeAsync(string logOnId, int slot, string star)
    {
        if (await app.Factory.FindUserAsync(logOnId) is null)
        {
            await app.RepresentativeAsync(logOnId, 12, slot, star);
        }

        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    private Task<PostTemplate> TemplateAsync(string name) =>
        app.Factory.WithServiceAsync<PostTemplate, CpdTwitterDbContext>(db => db.PostTemplates.AsNoTracking().SingleAsync(t => t.Name == name));

    private static async Task<AngleSharp.Dom.IDocument> SaveAsync(Browser news, string url, string name, PostCategory category, string body, Dictionary<string, string>? labels = null)
    {
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Category"] = category.ToString(), ["Body"] = body };
        foreach (var (field, label) in labels ?? [])
        {
            fields[$"Labels[{field}]"] = label;
        }

        return await news.SubmitAsync(url, fields, handler: "Save");
    }

    [Fact]
    public async Task News_Affairs_creates_previews_changes_retires_and_restores_a_template_each_audited()
    {
        using var news = await NewsAffairsAsync();

        var preview = await news.SubmitAsync("/NewsAffairs/Templates/Edit", new Dictionary<string, string>
        {
            ["Name"] = "Beat meeting A", ["Category"] = nameof(PostCategory.BeatMeeting), ["Body"] = BeatMeeting,
        }, handler: "Preview");
        preview.Text("#template-sample").ShouldBe("Beat [Beat] community meeting: [Date] at [Time], [Place]. Bring your questions.");
        preview.QuerySelectorAll("#labels input").Select(i => i.GetAttribute("name")).ShouldBe(["Labels[beat]", "Labels[date]", "Labels[time]", "Labels[place]"]);

        var list = await SaveAsync(news, "/NewsAffairs/Templates/Edit", "Beat meeting A", PostCategory.BeatMeeting, BeatMeeting, new() { ["beat"] = "Beat number" });
        news.Path.ShouldBe("/NewsAffairs/Templates", list.Errors());
        list.Text("#active").ShouldContain("Beat meeting A");
        var template = await TemplateAsync("Beat meeting A");
        template.Version.ShouldBe(1);
        template.Fields[0].ShouldBe(new TemplateField("beat", "Beat number"));

        var edited = await SaveAsync(news, $"/NewsAffairs/Templates/Edit/{template.Id}", "Beat meeting A", PostCategory.BeatMeeting, BeatMeeting + " All welcome.");
        news.Path.ShouldBe("/NewsAffairs/Templates", edited.Errors());
        (await TemplateAsync("Beat meeting A")).Version.ShouldBe(2);

        var retired = await news.SubmitAsync(list, new Dictionary<string, string>(), handler: $"Retire&id={template.Id}");
        retired.Text("#retired").ShouldContain("Beat meeting A");
        retired.Text("#active").ShouldNotContain("Beat meeting A");
        (await TemplateAsync("Beat meeting A")).Retired.ShouldBeTrue();

        var restored = await news.SubmitAsync(retired, new Dictionary<string, string>(), handler: $"Restore&id={template.Id}");
        restored.Text("#active").ShouldContain("Beat meeting A");

        (await app.Factory.AuditTrailAsync(AuditSubjects.PostTemplate, template.Id.ToString()))
            .ShouldBe([AuditActions.Template.Created, AuditActions.Template.Changed, AuditActions.Template.Retired, AuditActions.Template.Restored]);
    }

    [Fact]
    public async Task A_template_refused_says_why_next_to_the_field_at_fault()
    {
        using var news = await NewsAffairsAsync();

        var braces = await SaveAsync(news, "/NewsAffairs/Templates/Edit", "Broken braces", PostCategory.CommunityEvent, "Meet us at {place");
        braces.FieldError("Body").ShouldStartWith("The text has a “{” that is never closed.");

        var advertising = await SaveAsync(news, "/NewsAffairs/Templates/Edit", "Advertising", PostCategory.CommunityEvent, "Big sale at {place}!");
        advertising.FieldError("Body").ShouldContain("promotional wording “sale”");

        var unnamed = await SaveAsync(news, "/NewsAffairs/Templates/Edit", " ", PostCategory.CommunityEvent, "Meet us at {place}.");
        unnamed.FieldError("Name").ShouldStartWith("Give the template a name");

        var label = await SaveAsync(news, "/NewsAffairs/Templates/Edit", "Long label", PostCategory.CommunityEvent, "Meet us at {place}.", new() { ["place"] = new string('L', PostTemplate.LabelMaxLength + 1) });
        label.FieldError("Labels[place]").ShouldStartWith("The label of {place} is too long");

        var stale = await news.SubmitAsync("/NewsAffairs/Templates/Edit", new Dictionary<string, string>
        {
            ["Name"] = "Stale form", ["Category"] = nameof(PostCategory.CommunityEvent), ["Body"] = "Meet us at {place}.",
        }, handler: "Save");
        var template = await TemplateAsync("Stale form");
        await SaveAsync(news, $"/NewsAffairs/Templates/Edit/{template.Id}", "Stale form", PostCategory.CommunityEvent, "Meet us at {place} today.");
        var old = await news.PostAsync($"/NewsAffairs/Templates/Edit/{template.Id}?handler=Save", [
            new("Name", "Stale form"), new("Category", nameof(PostCategory.CommunityEvent)), new("Body", "Meet us at {place} tonight."), new("EditedVersion", "1"),
            new("__RequestVerificationToken", stale.AntiforgeryToken())]);
        old.Errors().ShouldContain("Someone changed this template while you were editing it (it is now version 2).");
        (await TemplateAsync("Stale form")).Body.ShouldBe("Meet us at {place} today.");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.PostTemplates.CountAsync(t => t.Name == "Advertising" || t.Name == "Broken braces"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_representative_starts_a_post_from_a_template_and_the_record_names_the_template_and_version()
    {
        using var news = await NewsAffairsAsync();
        await SaveAsync(news, "/NewsAffairs/Templates/Edit", "Beat meeting B", PostCategory.BeatMeeting, BeatMeeting, new() { ["beat"] = "Beat number" });
        var template = await TemplateAsync("Beat meeting B");
        await SaveAsync(news, $"/NewsAffairs/Templates/Edit/{template.Id}", "Beat meeting B", PostCategory.BeatMeeting, BeatMeeting, new() { ["beat"] = "Beat no." });
        using var representative = await RepresentativeAsync("po.template", 1, "31012");

        var drafts = await representative.GetAsync("/Drafts");
        drafts.QuerySelector("#from-template")!.GetAttribute("href").ShouldBe("/Drafts/FromTemplate");
        var list = await representative.GetAsync("/Drafts/FromTemplate");
        var link = list.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Beat meeting B");
        var form = await representative.GetAsync(link.GetAttribute("href")!);
        form.QuerySelector("label[for=value-beat]")!.TextContent.Trim().ShouldBe("Beat no.");

        var missing = await representative.SubmitAsync(form, new Dictionary<string, string> { ["Values[beat]"] = "1231", ["Values[date]"] = "Tuesday, December 8", ["Values[time]"] = "" , ["Values[place]"] = "Union Park" });
        missing.FieldError("Values[time]").ShouldBe("Enter the time.");
        missing.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#value-place")!.Value.ShouldBe("Union Park");

        var composer = await representative.SubmitAsync(missing, new Dictionary<string, string> { ["Values[beat]"] = "1231", ["Values[date]"] = "Tuesday, December 8", ["Values[time]"] = "6:30 pm", ["Values[place]"] = "Union Park fieldhouse" });
        representative.Path!.ShouldStartWith("/Drafts/Compose/", customMessage: composer.Errors());
        const string filled = "Beat 1231 community meeting: Tuesday, December 8 at 6:30 pm, Union Park fieldhouse. Bring your questions.";
        composer.QuerySelector("textarea[name='Input.Text']")!.TextContent.ShouldBe(filled);
        var postId = Guid.Parse(representative.Path!["/Drafts/Compose/".Length..]);
        var post = await app.PostAsync(postId);
        (post.State, post.Text, post.Category, post.TemplateId, post.TemplateVersion).ShouldBe((PostState.Draft, filled, PostCategory.BeatMeeting, template.Id, 2));

        var record = await representative.GetAsync($"/Posts/{postId}");
        record.Text("#started-from-template").ShouldBe("Started from template “Beat meeting B” (version 2).");
        (await app.Factory.AuditTrailAsync(AuditSubjects.Post, postId.ToString())).ShouldBe([AuditActions.Post.Drafted]);
    }

    [Fact]
    public async Task A_retired_template_is_not_offered_and_a_form_sent_for_it_starts_nothing()
    {
        using var news = await NewsAffairsAsync();
        await SaveAsync(news, "/NewsAffairs/Templates/Edit", "Retired tip", PostCategory.CrimePreventionTip, "Tip: {tip}");
        var template = await TemplateAsync("Retired tip");
        using var representative = await RepresentativeAsync("po.retired", 2, "31013");
        var form = await representative.GetAsync($"/Drafts/FromTemplate/{template.Id}");
        (await representative.GetAsync("/Drafts/FromTemplate")).Text("main").ShouldContain("Retired tip");

        var list = await news.GetAsync("/NewsAffairs/Templates");
        await news.SubmitAsync(list, new Dictionary<string, string>(), handler: $"Retire&id={template.Id}");

        (await representative.GetAsync("/Drafts/FromTemplate")).Text("main").ShouldNotContain("Retired tip");
        await representative.GetAsync($"/Drafts/FromTemplate/{template.Id}");
        representative.Status.ShouldBe(HttpStatusCode.NotFound);
        var before = await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.CountAsync());
        var refused = await representative.SubmitAsync(form, new Dictionary<string, string> { ["Values[tip]"] = "Lock your car." });
        refused.Errors().ShouldContain("The template “Retired tip” has been retired by News Affairs; choose another one.");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Only_representatives_start_from_a_template_and_only_News_Affairs_keeps_them()
    {
        using var sergeant = await app.Factory.SignedInAsync("sgt.templates", 12, Roles.CommunityPolicingSergeant);
        using var commander = await app.Factory.SignedInAsync("cmdr.templates", 12, Roles.Commander);
        using var news = await NewsAffairsAsync();
        using var representative = await app.Factory.SignedInAsync("po.roles", 12, Roles.Representative);

        await sergeant.GetAsync("/Drafts/FromTemplate");
        sergeant.Status.ShouldBe(HttpStatusCode.Forbidden);
        await news.GetAsync("/Drafts/FromTemplate");
        news.Status.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var member in new[] { representative, sergeant, commander })
        {
            await member.GetAsync("/NewsAffairs/Templates");
            member.Status.ShouldBe(HttpStatusCode.Forbidden);
            await member.GetAsync("/NewsAffairs/Templates/Edit");
            member.Status.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await news.GetAsync("/")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ShouldContain("/NewsAffairs/Templates");
    }
}
