using System.Net;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CpdTwitter.Web.Tests.Inbox.InboxData;

namespace CpdTwitter.Web.Tests.Inbox;

/// <summary>
/// The mentions inbox (issue 16): a district's members see and handle their own district's mentions only; News Affairs
/// and ISD see every district's, and ISD does not act; a possible media inquiry goes to News Affairs in one click.
/// Each test uses its own districts, so the class's tests do not see each other's mentions.
/// </summary>
public sealed class InboxTests(FixedClockFactory factory) : IClassFixture<FixedClockFactory>
{
    [Fact]
    public async Task A_district_sees_only_its_own_mentions_and_another_districts_id_is_404()
    {
        var ours = await MentionAsync(factory, 1, "@district Is the beat meeting still on Thursday?");
        var theirs = await MentionAsync(factory, 2, "@district Any road closures for the parade?");
        using var rep = await factory.SignedInAsync("po.inbox.own", 1, Roles.Representative);

        var inbox = await rep.GetAsync("/Inbox");
        inbox.QuerySelector($"#mention-{ours}").ShouldNotBeNull();
        inbox.QuerySelector($"#mention-{theirs}").ShouldBeNull();
        inbox.Text("h1").ShouldBe("Mentions inbox — District 001");
        // District members choose no district: asking for another one changes nothing.
        (await rep.GetAsync("/Inbox?district=2")).QuerySelector($"#mention-{theirs}").ShouldBeNull();

        await rep.GetAsync($"/Inbox/{theirs}");
        rep.Status.ShouldBe(HttpStatusCode.NotFound);
        var page = await rep.GetAsync($"/Inbox/{ours}");
        page.Text("#mention-text").ShouldBe("@district Is the beat meeting still on Thursday?");
        page.QuerySelector("#x-link")!.GetAttribute("href").ShouldBe($"https://x.com/resident_ann/status/{(await LoadAsync(factory, ours)).XPostId}");
        await rep.PostAsync($"/Inbox/{theirs}?handler=NoResponse", [new("Reason", "spam"), new("__RequestVerificationToken", page.AntiforgeryToken())]);
        rep.Status.ShouldBe(HttpStatusCode.NotFound);
        (await LoadAsync(factory, theirs)).State.ShouldBe(MentionState.New);
    }

    [Fact]
    public async Task News_Affairs_and_ISD_see_every_district_and_ISD_cannot_act()
    {
        var a = await MentionAsync(factory, 3);
        var b = await MentionAsync(factory, 4);
        using var news = await factory.SignedInAsync("news.inbox.all", null, Roles.NewsAffairs);
        using var isd = await factory.SignedInAsync("isd.inbox.all", null, Roles.IsdAdministrator);

        foreach (var member in new[] { news, isd })
        {
            var all = await member.GetAsync("/Inbox");
            all.QuerySelector($"#mention-{a}").ShouldNotBeNull();
            all.QuerySelector($"#mention-{b}").ShouldNotBeNull();
            var one = await member.GetAsync("/Inbox?district=3");
            one.QuerySelector($"#mention-{a}").ShouldNotBeNull();
            one.QuerySelector($"#mention-{b}").ShouldBeNull();
        }

        (await news.GetAsync($"/Inbox/{a}")).QuerySelector("#mention-actions").ShouldNotBeNull();
        var seen = await isd.GetAsync($"/Inbox/{a}");
        seen.QuerySelector("#mention-actions").ShouldBeNull();
        seen.QuerySelectorAll("form[method=post]").Where(f => !(f.GetAttribute("action") ?? string.Empty).Contains("SignOut", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();

        foreach (var handler in new[] { "NoResponse", "Escalate" })
        {
            await isd.PostAsync($"/Inbox/{a}?handler={handler}", [new("Reason", "spam"), new("__RequestVerificationToken", seen.AntiforgeryToken())]);
            isd.Status.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await LoadAsync(factory, a)).State.ShouldBe(MentionState.New);
        (await factory.AuditTrailAsync(AuditSubjects.Mention, a.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Closing_needs_a_reason_and_a_closed_mention_can_be_reopened_both_audited()
    {
        var id = await MentionAsync(factory, 5, "@district Thanks for the quick response last night!");
        using var sergeant = await factory.SignedInAsync("sgt.inbox.close", 5, Roles.CommunityPolicingSergeant);

        var refused = await sergeant.SubmitAsync($"/Inbox/{id}", new Dictionary<string, string> { ["Reason"] = "  " }, "NoResponse");
        sergeant.Status.ShouldBe(HttpStatusCode.OK);
        refused.FieldError("Reason").ShouldStartWith("Say why no response is needed");
        (await LoadAsync(factory, id)).State.ShouldBe(MentionState.New);

        var closed = await sergeant.SubmitAsync($"/Inbox/{id}", new Dictionary<string, string> { ["Reason"] = "Thanks only" }, "NoResponse");
        closed.Text("[role=status]").ShouldContain("no response needed");
        closed.Text("#mention-state").ShouldContain("No response needed — Test sgt.inbox.close");
        closed.Text("#no-response-reason").ShouldBe("Thanks only");
        (await sergeant.GetAsync("/Inbox")).QuerySelector($"#mention-{id}").ShouldBeNull();
        var listed = await sergeant.GetAsync("/Inbox?show=NoResponseNeeded");
        listed.QuerySelector($"#mention-{id}").ShouldNotBeNull();
        listed.Text("#count-NoResponseNeeded").ShouldContain("1");

        var reopened = await sergeant.SubmitAsync(closed, new Dictionary<string, string>(), "Reopen");
        reopened.Text("[role=status]").ShouldContain("Reopened");
        (await LoadAsync(factory, id)).State.ShouldBe(MentionState.New);
        (await factory.AuditTrailAsync(AuditSubjects.Mention, id.ToString())).ShouldBe([AuditActions.Mentions.NoResponseNeeded, AuditActions.Mentions.Reopened]);
    }

    [Fact]
    public async Task A_representative_may_answer_a_plain_question_but_a_sergeant_is_told_why_not()
    {
        var id = await MentionAsync(factory, 6);
        var deeper = await MentionAsync(factory, 6, "@someone I think it moved", addresses: false);
        using var rep = await factory.SignedInAsync("po.inbox.answer", 6, Roles.Representative);
        using var sergeant = await factory.SignedInAsync("sgt.inbox.answer", 6, Roles.CommunityPolicingSergeant);

        (await rep.GetAsync($"/Inbox/{id}")).QuerySelector("#answer")!.GetAttribute("href").ShouldBe($"/Drafts/Compose?mention={id}");
        var told = await sergeant.GetAsync($"/Inbox/{id}");
        told.QuerySelector("#answer").ShouldBeNull();
        told.Text("#why-not-answerable").ShouldBe("Only the district's representatives answer its mentions on X.");
        var notAddressed = await rep.GetAsync($"/Inbox/{deeper}");
        notAddressed.QuerySelector("#answer").ShouldBeNull();
        notAddressed.Text("#why-not-answerable").ShouldContain("mentions or quotes it");
        (await rep.GetAsync("/Inbox")).Text($"#mention-{deeper}").ShouldContain("Does not mention or quote the account");
    }

    [Fact]
    public async Task A_flagged_mention_goes_to_News_Affairs_as_an_inquiry_linked_to_it()
    {
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.PressContacts.Add(PressContact.Add(TestActors.NewsAffairs, "tribune_inbox", "Jo Reporter", "Chicago Tribune", FixedClockFactory.Now.UtcDateTime));
            return db.SaveChangesAsync();
        });
        var id = await MentionAsync(factory, 7, "@district Can the district comment on the closure?", flag: "From @tribune_inbox on the press list; asks for comment",
            handle: "tribune_inbox", name: "Jo Reporter");
        using var news = await factory.SignedInAsync("news.inbox.flag", null, Roles.NewsAffairs);
        using var rep = await factory.SignedInAsync("po.inbox.flag", 7, Roles.Representative);

        var list = await rep.GetAsync("/Inbox?flagged=true");
        list.Text($"#mention-{id}").ShouldContain("Possible media inquiry");
        list.Text($"#mention-{id}").ShouldContain("asks for comment");
        var page = await rep.GetAsync($"/Inbox/{id}");
        page.QuerySelector("#answer").ShouldBeNull();
        page.Text("#why-not-answerable").ShouldContain("only News Affairs answers it");

        var sent = await rep.SubmitAsync(page, new Dictionary<string, string>(), "Escalate");
        sent.Text("[role=status]").ShouldContain("Sent to News Affairs");
        var mention = await LoadAsync(factory, id);
        mention.State.ShouldBe(MentionState.Escalated);
        var inquiry = await factory.WithServiceAsync<MediaInquiry, CpdTwitterDbContext>(db => db.MediaInquiries.AsNoTracking().SingleAsync(i => i.MentionId == id));
        mention.MediaInquiryId.ShouldBe(inquiry.Id);
        inquiry.District.ShouldBe(7);
        inquiry.Outlet.ShouldBe("Chicago Tribune");
        inquiry.Contact.ShouldBe("@tribune_inbox");
        inquiry.Channel.ShouldBe(InquiryChannel.Social);
        inquiry.ReceivedAt.ShouldBe(mention.PostedAt);
        sent.QuerySelector("#media-inquiry a")!.GetAttribute("href").ShouldBe($"/Inquiries/{inquiry.Id}");
        (await factory.AuditTrailAsync(AuditSubjects.Mention, id.ToString())).ShouldBe([AuditActions.Mentions.Escalated]);
        (await factory.AuditTrailAsync(AuditSubjects.MediaInquiry, inquiry.Id.ToString())).ShouldBe([AuditActions.Inquiry.Logged]);

        (await news.GetAsync("/NewsAffairs/Inquiries")).QuerySelector($"#inquiry-{inquiry.Id}").ShouldNotBeNull();
        (await news.GetAsync("/Notifications")).Body!.TextContent.ShouldContain("Media inquiry sent from the X inbox of district 007: Chicago Tribune (Jo Reporter)");
        (await news.GetAsync($"/Inbox/{id}")).QuerySelector("#media-inquiry a")!.GetAttribute("href").ShouldBe($"/NewsAffairs/Inquiries/{inquiry.Id}");
    }

    [Fact]
    public async Task A_mention_handled_meanwhile_is_refused_with_a_clear_message()
    {
        var id = await MentionAsync(factory, 8);
        using var first = await factory.SignedInAsync("po.inbox.first", 8, Roles.Representative);
        using var second = await factory.SignedInAsync("sgt.inbox.second", 8, Roles.CommunityPolicingSergeant);

        var stale = await first.GetAsync($"/Inbox/{id}");
        await second.SubmitAsync($"/Inbox/{id}", new Dictionary<string, string> { ["Reason"] = "Already answered by phone" }, "NoResponse");
        await second.SubmitAsync($"/Inbox/{id}", new Dictionary<string, string>(), "Reopen");

        var refused = await first.SubmitAsync(stale, new Dictionary<string, string>(), "Escalate");
        refused.Text(".alert-danger").ShouldContain(UnitOfWork.ConflictMessage);
        (await LoadAsync(factory, id)).State.ShouldBe(MentionState.New);
    }

    [Fact]
    public async Task Responses_to_a_mention_are_listed_and_marked_in_the_inbox()
    {
        var id = await MentionAsync(factory, 9);
        using var rep = await factory.SignedInAsync("po.inbox.responses", 9, Roles.Representative);
        var author = await factory.FindUserAsync("po.inbox.responses");
        var post = Post.Draft(9, author.Id, author.DisplayName, new PostContent(PostCategory.CommunityEvent, "Yes, Thursday 6 pm at the library.", null, false, null), FixedClockFactory.Now.UtcDateTime);
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Posts.Add(post);
            db.Entry(post).Property(p => p.InReplyToMentionId).CurrentValue = id;
            return db.SaveChangesAsync();
        });

        (await rep.GetAsync("/Inbox")).Text($"#mention-{id}").ShouldContain("Response in progress");
        var page = await rep.GetAsync($"/Inbox/{id}");
        page.QuerySelector("#responses a")!.GetAttribute("href").ShouldBe($"/Posts/{post.Id}");
        page.Text("#responses").ShouldContain("Draft");
    }

    [Fact]
    public async Task The_inbox_says_when_mentions_may_have_been_missed_or_the_read_budget_ran_out()
    {
        using var cmdr = await factory.SignedInAsync("cmdr.inbox.poll", 10, Roles.Commander);
        (await cmdr.GetAsync("/Inbox")).QuerySelectorAll(".poll-notice").ShouldBeEmpty();

        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            var poll = new MentionPoll(10);
            db.MentionPolls.Add(poll);
            db.Entry(poll).Property(p => p.GapNoticedAt).CurrentValue = FixedClockFactory.Now.UtcDateTime.AddHours(-2);
            db.Entry(poll).Property(p => p.BudgetExhaustedAt).CurrentValue = FixedClockFactory.Now.UtcDateTime.AddHours(-1);
            return db.SaveChangesAsync();
        });

        var notices = (await cmdr.GetAsync("/Inbox")).QuerySelectorAll(".poll-notice").Select(n => n.TextContent).ToList();
        notices.Count.ShouldBe(2);
        notices.ShouldContain(n => n.Contains("budget of reads from X ran out") && n.Contains("until next month"));
        notices.ShouldContain(n => n.Contains("some mentions may have been missed"));
    }
}
