using System.Net;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Responses;

/// <summary>
/// A district answers a mention of its account on X (issue 16, "Responding"): in the composer with the mention above it,
/// under every rule of a posting, sent once as a reply to the mention, which becomes Responded; X's refusal in plain words.
/// Each test uses its own district on the shared app.
/// </summary>
public sealed class RespondingTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<Browser> OfficerAsync(string logOnId, int district, string star)
    {
        await app.RepresentativeAsync(logOnId, district, 1, star);
        await app.ConnectAsync(district);
        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    /// <summary>Someone mentions the account on the fake X and the poll has stored it in <paramref name="district"/>'s inbox.</summary>
    private async Task<Mention> MentionAsync(int district, string handle, string text, bool addressesOnX = true, bool addressesHere = true, string? flag = null)
    {
        var xId = app.X.AddMention(handle, $"Neighbor {handle}", text, app.UtcNow.AddMinutes(-30), addressesAccount: addressesOnX);
        var mention = Mention.Received(district, new XMentionFacts(xId, "9000001", handle, $"Neighbor {handle}", text, app.UtcNow.AddMinutes(-30), xId, null, addressesHere), app.UtcNow.AddMinutes(-20));
        if (flag is not null)
        {
            mention.Flag(flag);
        }

        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.Mentions.Add(mention);
            return db.SaveChangesAsync();
        });
        return mention;
    }

    private Task<Mention> StoredAsync(Guid mentionId) =>
        app.Factory.WithServiceAsync<Mention, CpdTwitterDbContext>(db => db.Mentions.AsNoTracking().SingleAsync(m => m.Id == mentionId));

    private static async Task<Guid> AnswerAsync(Browser officer, Mention mention, string text, bool notable = false)
    {
        var page = await officer.SubmitAsync($"/Drafts/Compose?mention={mention.Id}", new Dictionary<string, string>
        {
            ["Input.Text"] = text,
            ["Input.MarkedNotable"] = notable ? "true" : "false",
            ["Input.Justification"] = string.Empty,
            ["Input.ScheduledFor"] = string.Empty,
        }, handler: "Submit");
        var path = officer.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath;
        path.ShouldStartWith("/Posts/", customMessage: page.Errors());
        return Guid.Parse(path["/Posts/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_representative_answers_a_mention_once_as_a_reply_to_it_and_the_mention_is_Responded()
    {
        using var officer = await OfficerAsync("po.answer", 1, "60001");
        var mention = await MentionAsync(1, "jo_neighbor", "@CPD12thDist is the beat 1231 meeting still on tonight?");

        var compose = await officer.GetAsync($"/Drafts/Compose?mention={mention.Id}");
        compose.Text("#answering").ShouldContain("is the beat 1231 meeting still on tonight?");
        compose.Text("#answering-title").ShouldBe("Reply to Neighbor jo_neighbor (@jo_neighbor)");
        compose.Text("#reply-help").ShouldStartWith("Reply to @jo_neighbor");
        compose.QuerySelector("#mention-in-inbox")!.GetAttribute("href").ShouldBe($"/Inbox/{mention.Id}");
        compose.QuerySelector("#mention-on-x")!.GetAttribute("href").ShouldBe($"https://x.com/jo_neighbor/status/{mention.XPostId}");
        compose.QuerySelector("select[name='Input.Category']").ShouldBeNull();
        compose.Text("#response-kind").ShouldContain("Response to the community");

        const string text = "Yes: 6:30 pm at the Union Park fieldhouse, as planned. See you there!";
        var id = await AnswerAsync(officer, mention, text);
        var post = await app.WaitForAsync(id, PostState.Published);

        post.Category.ShouldBe(PostCategory.CommunityResponse);
        post.InReplyToMentionId.ShouldBe(mention.Id);
        app.X.Replies[post.XPostId!].ShouldBe(mention.XPostId);
        app.X.Requests.Count(r => r.Method == "POST" && r.Body != null && r.Body.Contains("Union Park fieldhouse", StringComparison.Ordinal)).ShouldBe(1);
        var answered = await StoredAsync(mention.Id);
        answered.State.ShouldBe(MentionState.Responded);
        answered.HandledByName.ShouldBe("Test po.answer");
        (await app.Factory.AuditTrailAsync("Mention", mention.Id.ToString())).ShouldBe(["mention.response-drafted", "mention.responded"]);

        var record = await officer.GetAsync($"/Posts/{id}");
        record.Text("#in-reply-to").ShouldContain("is the beat 1231 meeting still on tonight?");
        record.Text("#in-reply-to-title").ShouldBe("In reply to Neighbor jo_neighbor (@jo_neighbor)");
        record.QuerySelector("#in-reply-to-mention")!.GetAttribute("href").ShouldBe($"/Inbox/{mention.Id}");
        var drafts = await officer.GetAsync("/Drafts");
        drafts.QuerySelector($"tr[data-id='{id}'] .response-mark")!.TextContent.ShouldBe("Response to @jo_neighbor");

        // Answered now: the composer says so instead of offering the editor, and a form sent anyway makes nothing.
        var again = await officer.GetAsync($"/Drafts/Compose?mention={mention.Id}");
        again.Text("#not-answerable").ShouldContain("not waiting for an answer");
        again.QuerySelector("#compose-form").ShouldBeNull();
    }

    [Fact]
    public async Task A_notable_response_waits_for_News_Affairs_before_it_is_sent()
    {
        using var officer = await OfficerAsync("po.answer.notable", 2, "60002");
        using var newsAffairs = await app.Factory.SignedInAsync("news.answer", null, Roles.NewsAffairs);
        var mention = await MentionAsync(2, "reader_two", "@CPD12thDist was someone arrested on Taylor St today?");
        const string text = "Yes, one person was arrested after the Taylor St burglary; charges are pending.";

        var id = await AnswerAsync(officer, mention, text);
        await app.DrainAsync();

        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingNewsAffairs);
        app.X.Requests.ShouldNotContain(r => r.Body != null && r.Body.Contains("Taylor St burglary", StringComparison.Ordinal));
        (await StoredAsync(mention.Id)).State.ShouldBe(MentionState.New);

        var approved = await newsAffairs.SubmitAsync("/NewsAffairs/Approvals", new Dictionary<string, string> { ["id"] = id.ToString(), ["text"] = text, ["comment"] = string.Empty }, handler: "Approve");
        approved.Text("[role=status]").ShouldContain("Approved", customMessage: approved.Errors());
        var post = await app.WaitForAsync(id, PostState.Published);

        app.X.Replies[post.XPostId!].ShouldBe(mention.XPostId);
        post.ApprovedAt!.Value.ShouldBeLessThan(post.PublishedAt!.Value);
        (await StoredAsync(mention.Id)).State.ShouldBe(MentionState.Responded);
    }

    [Fact]
    public async Task The_sergeant_approves_when_the_district_requires_it_sees_it_marked_in_review_and_a_discontinued_response_is_deleted_on_X()
    {
        using var officer = await OfficerAsync("po.answer.sgt", 3, "60003");
        using var sergeant = await app.Factory.SignedInAsync("sgt.answer", 3, Roles.CommunityPolicingSergeant);
        (await app.Factory.WithServiceAsync<Outcome, PostWorkflow>(w => w.RequireSergeantApprovalAsync(3, true, TestActors.Commander(3)))).Succeeded.ShouldBeTrue();
        var mention = await MentionAsync(3, "parent_three", "@CPD12thDist where do I pick up the bike registration forms?");

        var id = await AnswerAsync(officer, mention, "At the front desk of the district station, any time. Bring the bike's serial number.");
        await app.DrainAsync();
        (await app.PostAsync(id)).State.ShouldBe(PostState.AwaitingSergeant);
        var approved = await sergeant.SubmitAsync("/Review/Approvals", new Dictionary<string, string> { ["id"] = id.ToString(), ["text"] = "At the front desk of the district station, any time. Bring the bike's serial number.", ["comment"] = string.Empty }, handler: "Approve");
        approved.Text("[role=status]").ShouldContain("Approved", customMessage: approved.Errors());
        var post = await app.WaitForAsync(id, PostState.Published);
        app.X.Replies[post.XPostId!].ShouldBe(mention.XPostId);

        var queue = await sergeant.GetAsync("/Review");
        queue.QuerySelector($"#item-{id:N} .response-mark")!.TextContent.ShouldBe("Response to @parent_three");
        var opened = await sergeant.GetAsync($"/Review?review={id}");
        opened.Text("#review-in-reply-to").ShouldContain("where do I pick up the bike registration forms?");

        await sergeant.SubmitAsync($"/Review?review={id}", new Dictionary<string, string> { ["reason"] = nameof(DiscontinueReason.Other), ["note"] = "Wrong desk hours.", ["confirmed"] = "true" }, handler: $"Discontinue&id={id}");
        await app.WaitForAsync(id, PostState.Discontinued);
        app.X.Posts.ContainsKey(post.XPostId!).ShouldBeFalse();
        app.X.Requests.Count(r => r.Method == "DELETE" && r.Path.EndsWith(post.XPostId!, StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task The_composer_refuses_a_possible_media_inquiry_and_another_districts_mention()
    {
        using var officer = await OfficerAsync("po.answer.refused", 4, "60004");
        var flagged = await MentionAsync(4, "tribune_reporter", "@CPD12thDist can you comment on the shooting on Roosevelt?", flag: "Asks for comment.");
        var elsewhere = await MentionAsync(5, "neighbor_five", "@CPD12thDist when is the next beat meeting?");

        var page = await officer.GetAsync($"/Drafts/Compose?mention={flagged.Id}");
        page.Text("#not-answerable").ShouldContain("only News Affairs answers it");
        page.QuerySelector("#compose-form").ShouldBeNull();
        (await officer.GetAsync($"/Drafts/Compose?mention={elsewhere.Id}")).ShouldNotBeNull();
        officer.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Forms sent anyway, built from an ordinary composer page: refused with the reason, or not found; nothing is saved.
        var blank = await officer.GetAsync("/Drafts/Compose");
        var token = blank.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Dictionary<string, string> Form() => new()
        {
            ["Input.Category"] = nameof(PostCategory.CommunityResponse), ["Input.Text"] = "No comment from us here.", ["Input.MarkedNotable"] = "false",
            ["FormToken"] = Infrastructure.Data.FormToken.Issue(), ["__RequestVerificationToken"] = token,
        };
        var refused = await officer.PostAsync($"/Drafts/Compose?handler=Save&mention={flagged.Id}", Form());
        officer.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.Errors().ShouldContain("only News Affairs answers it");
        await officer.PostAsync($"/Drafts/Compose?handler=Submit&mention={elsewhere.Id}", Form());
        officer.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Nor may an ordinary post take the response kind.
        var plain = await officer.PostAsync("/Drafts/Compose?handler=Save", Form());
        plain.Errors().ShouldContain("Choose the kind of posting.");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Posts.CountAsync(p => p.District == 4))).ShouldBe(0);
        (await StoredAsync(flagged.Id)).State.ShouldBe(MentionState.New);
    }

    [Fact]
    public async Task A_post_that_does_not_address_the_account_is_not_offered_and_Xs_refusal_is_said_in_plain_words()
    {
        using var officer = await OfficerAsync("po.answer.x", 6, "60006");
        var bystander = await MentionAsync(6, "bystander_six", "Saw the squad cars on Ogden again.", addressesOnX: false, addressesHere: false);

        var page = await officer.GetAsync($"/Drafts/Compose?mention={bystander.Id}");
        page.Text("#not-answerable").ShouldContain("only to a post that mentions or quotes it");
        page.QuerySelector("#compose-form").ShouldBeNull();

        // Our record says it addresses the account, but X no longer thinks so (an edit, a removed mention): X refuses.
        var changed = await MentionAsync(6, "changed_six", "@CPD12thDist thanks for the help on Ogden!", addressesOnX: false, addressesHere: true);
        var id = await AnswerAsync(officer, changed, "You're welcome. Stay safe!");
        var failed = await app.WaitForAsync(id, PostState.Failed);

        failed.PublishingMessage!.ShouldStartWith("X refused the reply: X accepts a reply from the district account only to a post that mentions or quotes it.");
        app.X.Replies.Values.ShouldNotContain(changed.XPostId);
        (await StoredAsync(changed.Id)).State.ShouldBe(MentionState.New);
        var record = await officer.GetAsync($"/Posts/{id}");
        record.Body!.TextContent.ShouldContain("X refused the reply: X accepts a reply from the district account only to a post that mentions or quotes it.");
        record.Body.TextContent.ShouldNotContain("X refused the post: X refused");
        (await officer.GetAsync("/Notifications")).Text("#notifications").ShouldContain("X refused the reply");
    }
}
