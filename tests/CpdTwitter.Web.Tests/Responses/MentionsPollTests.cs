using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Responses;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Responses;

/// <summary>
/// The mentions poll against the fake X for one district account (district 12, X id 1234): what is stored, what the
/// next poll asks for, flagging, X's 429, and the 800-mention window.
/// </summary>
public sealed class MentionsPollTests(MentionsPollTests.App app) : IClassFixture<MentionsPollTests.App>
{
    private const int District = 12;

    public sealed class App : MentionsApp
    {
        // The window test reads 800 at once: the budget is not what these tests are about.
        protected override IReadOnlyDictionary<string, string> MoreSettings => new Dictionary<string, string> { ["X:MonthlyReadBudget"] = "100000" };
    }

    private async Task ConnectedAsync() => await app.ConnectAsync(District, FakeXServer.AccountUserId, FakeXServer.AccountUsername);

    [Fact]
    public async Task A_poll_stores_each_new_mention_as_a_record_and_the_next_asks_only_after_the_newest()
    {
        await ConnectedAsync();
        await app.PollAsync();
        var posted = DateTime.UtcNow.AddMinutes(-20);
        var question = app.X.AddMention("neighbor_ashland", "Pat Neighbor", "@CPD12thDist is the beat meeting still on tonight?", posted);
        var reply = app.X.AddMention("block_club", "Block Club 1224", "@CPD12thDist thanks for coming out!", posted.AddMinutes(1), inReplyTo: "777");
        var aside = app.X.AddMention("chatter", "Chat Ter", "Agreed, great event", posted.AddMinutes(2), addressesAccount: false);

        var first = (await app.PollAsync()).ShouldHaveSingleItem();

        first.Stored.ShouldBe(3);
        var mentions = (await app.MentionsAsync(District)).Where(m => m.XPostId == question || m.XPostId == reply || m.XPostId == aside).ToList();
        mentions.Count.ShouldBe(3);
        var stored = mentions.Single(m => m.XPostId == question);
        stored.District.ShouldBe(District);
        stored.AuthorHandle.ShouldBe("neighbor_ashland");
        stored.AuthorName.ShouldBe("Pat Neighbor");
        stored.AuthorXId.ShouldBe(app.X.Mentions[question].AuthorId);
        stored.Text.ShouldBe("@CPD12thDist is the beat meeting still on tonight?");
        stored.PostedAt.ShouldBe(posted, TimeSpan.FromMilliseconds(1));
        stored.ConversationId.ShouldBe(question);
        stored.InReplyToXPostId.ShouldBeNull();
        stored.AddressesAccount.ShouldBeTrue();
        stored.State.ShouldBe(MentionState.New);
        stored.FlaggedAsMedia.ShouldBeFalse();
        var answer = mentions.Single(m => m.XPostId == reply);
        answer.InReplyToXPostId.ShouldBe("777");
        answer.ConversationId.ShouldBe("777");
        mentions.Single(m => m.XPostId == aside).AddressesAccount.ShouldBeFalse();
        var poll = await app.PollOfAsync(District);
        poll.SinceId.ShouldBe(aside);
        poll.LastResult.ShouldBe("3 mentions read in 1 request; 3 new mentions stored.");
        poll.LeaseOwner.ShouldBeNull();

        var later = app.X.AddMention("neighbor_ashland", "Pat Neighbor", "@CPD12thDist one more question", DateTime.UtcNow.AddMinutes(-1));
        var asked = app.X.MentionQueries.Count;
        var second = (await app.PollAsync()).ShouldHaveSingleItem();

        app.X.MentionQueries[asked].ShouldContain("since_id=" + aside);
        second.Read.ShouldBe(1);
        second.Stored.ShouldBe(1);
        (await app.PollOfAsync(District)).SinceId.ShouldBe(later);
        (await app.MentionsAsync(District)).Count(m => m.XPostId == later || m.XPostId == question).ShouldBe(2);
        var audit = await app.Factory.AuditTrailAsync(AuditSubjects.MentionPoll, "12");
        audit.Count(a => a == AuditActions.Mentions.Received).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_re_read_is_not_stored_twice()
    {
        await ConnectedAsync();
        var id = app.X.AddMention("twice", "Read Twice", "@CPD12thDist read me twice", DateTime.UtcNow.AddMinutes(-3));
        await app.PollAsync();
        // As after a poll cut short: the last seen id stays where it was, so the next poll reads the same mentions again.
        await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.MentionPolls.Where(p => p.District == District).ExecuteUpdateAsync(s => s.SetProperty(p => p.SinceId, (string?)null)));

        var again = (await app.PollAsync()).ShouldHaveSingleItem();

        again.Read.ShouldBeGreaterThanOrEqualTo(1);
        again.Stored.ShouldBe(0);
        (await app.MentionsAsync(District)).Count(m => m.XPostId == id).ShouldBe(1);
    }

    [Fact]
    public async Task Press_list_authors_and_requests_for_comment_are_flagged_and_audited()
    {
        await ConnectedAsync();
        await app.PressListAsync("TribReporter");
        var reporter = app.X.AddMention("tribreporter", "Trib Reporter", "@CPD12thDist hello from the Tribune", DateTime.UtcNow.AddMinutes(-5));
        var asks = app.X.AddMention("freelancer", "Free Lancer", "@CPD12thDist can you comment on the closure of the lobby?", DateTime.UtcNow.AddMinutes(-4));
        var plain = app.X.AddMention("neighbor2", "Neighbor Two", "@CPD12thDist no comment on the beat meeting? is it on?", DateTime.UtcNow.AddMinutes(-3));

        var polled = (await app.PollAsync()).ShouldHaveSingleItem();

        polled.Flagged.ShouldBeGreaterThanOrEqualTo(2);
        var mentions = await app.MentionsAsync(District);
        var fromReporter = mentions.Single(m => m.XPostId == reporter);
        fromReporter.FlaggedAsMedia.ShouldBeTrue();
        fromReporter.FlagReason.ShouldBe("On News Affairs' press list");
        var asking = mentions.Single(m => m.XPostId == asks);
        asking.FlagReason.ShouldBe("Asks for comment or a statement");
        mentions.Single(m => m.XPostId == plain).FlaggedAsMedia.ShouldBeFalse();
        (await app.Factory.AuditTrailAsync(AuditSubjects.Mention, fromReporter.Id.ToString())).ShouldBe([AuditActions.Mentions.Flagged]);
        (await app.Factory.AuditTrailAsync(AuditSubjects.Mention, asking.Id.ToString())).ShouldBe([AuditActions.Mentions.Flagged]);
        (await app.Factory.AuditTrailAsync(AuditSubjects.Mention, mentions.Single(m => m.XPostId == plain).Id.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task X_s_429_stops_the_poll_keeps_the_last_seen_id_and_says_so()
    {
        await ConnectedAsync();
        await app.PollAsync();
        var before = (await app.PollOfAsync(District)).SinceId;
        var waiting = app.X.AddMention("patient", "Pat Ient", "@CPD12thDist waiting for the limit", DateTime.UtcNow.AddMinutes(-2));
        app.X.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Get, "/2/users/1234/mentions");

        var limited = (await app.PollAsync()).ShouldHaveSingleItem();

        limited.Stored.ShouldBe(0);
        limited.StopReason.ShouldNotBeNull().ShouldContain("429");
        var poll = await app.PollOfAsync(District);
        poll.SinceId.ShouldBe(before);
        poll.LastResult.ShouldNotBeNull().ShouldContain("429");
        poll.LeaseOwner.ShouldBeNull();

        (await app.PollAsync()).ShouldHaveSingleItem().Stored.ShouldBe(1);
        (await app.MentionsAsync(District)).ShouldContain(m => m.XPostId == waiting);
    }

    [Fact]
    public async Task More_than_X_s_window_since_the_last_poll_is_noticed_as_a_gap_and_shown()
    {
        await ConnectedAsync();
        // The class shares one fake X: mentions other tests left there would sit in X's window of the most recent.
        app.X.ClearMentions();
        app.X.AddMention("early", "Early Bird", "@CPD12thDist first", DateTime.UtcNow.AddHours(-3));
        await app.PollAsync();
        var start = DateTime.UtcNow.AddHours(-2);
        for (var i = 0; i < MentionPoll.XWindow + 5; i++)
        {
            app.X.AddMention($"crowd{i % 50}", "Crowd", $"@CPD12thDist busy night {i}", start.AddSeconds(i));
        }

        var busy = (await app.PollAsync()).ShouldHaveSingleItem();

        busy.Read.ShouldBe(MentionPoll.XWindow);
        busy.GapNoticed.ShouldBeTrue();
        var poll = await app.PollOfAsync(District);
        poll.GapNoticedAt.ShouldNotBeNull();
        poll.LastResult.ShouldNotBeNull().ShouldContain("some mentions may have been missed");
        (await app.Factory.AuditTrailAsync(AuditSubjects.MentionPoll, "12")).ShouldContain(AuditActions.Mentions.GapNoticed);
        using var newsAffairs = await app.Factory.SignedInAsync("na.gap", null, Roles.NewsAffairs);
        var page = await newsAffairs.GetAsync("/Publishing");
        page.Text("#mentions-12 .mentions-gap").ShouldContain("Some mentions may have been missed");
        page.Text("#mentions-12 .last-poll").ShouldNotBe("not yet");
    }
}
