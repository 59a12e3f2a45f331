using System.Net;
using System.Text;
using CpdTwitter.Infrastructure.XApi;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.XApi;

/// <summary>Reading mentions (GET /2/users/:id/mentions): the signed query X receives, paging, and how each answer is read.</summary>
public sealed class XClientMentionsTests : IAsyncLifetime
{
    private FakeXServer _x = null!;
    private HttpClient _http = null!;
    private XClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _x = await FakeXServer.StartAsync();
        _http = new HttpClient { BaseAddress = _x.BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        _client = new XClient(_http, TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _x.DisposeAsync();
    }

    [Fact]
    public async Task Mentions_are_read_after_the_last_seen_id_page_by_page_with_a_valid_signature()
    {
        var posted = new DateTime(2026, 11, 20, 14, 0, 0, DateTimeKind.Utc);
        var old = _x.AddMention("neighbor1", "Neighbor One", "@CPD12thDist seen before", posted);
        var ids = Enumerable.Range(0, 7).Select(i => _x.AddMention($"neighbor{i}", $"Neighbor {i}", $"@CPD12thDist question {i}", posted.AddMinutes(i + 1))).ToList();
        var reply = _x.AddMention("replier", "Re Plier", "@CPD12thDist is it still on?", posted.AddMinutes(30), inReplyTo: ids[0]);
        _x.AddMention("elsewhere", "Else Where", "@OtherAccount hello", posted.AddMinutes(40), accountUserId: "5678");

        var query = new XMentionsQuery(old, 5);
        var (first, page1) = await _client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", query);
        var (_, page2) = await _client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", query with { PaginationToken = page1!.NextToken });

        first.Succeeded.ShouldBeTrue();
        page1.Mentions.Select(m => m.Id).ShouldBe([reply, ids[6], ids[5], ids[4], ids[3]]);
        page1.ResultCount.ShouldBe(5);
        page2!.Mentions.Select(m => m.Id).ShouldBe([ids[2], ids[1], ids[0]]);
        page2.NextToken.ShouldBeNull();
        var top = page1.Mentions[0];
        top.Text.ShouldBe("@CPD12thDist is it still on?");
        top.CreatedAtUtc.ShouldBe(posted.AddMinutes(30));
        top.AuthorUsername.ShouldBe("replier");
        top.AuthorName.ShouldBe("Re Plier");
        top.AuthorId.ShouldNotBeNull();
        top.InReplyToPostId.ShouldBe(ids[0]);
        top.ConversationId.ShouldBe(ids[0]);
        top.MentionedUserIds.ShouldBe(["1234"]);
        top.MentionedUsernames.ShouldBe([FakeXServer.AccountUsername]);
        _x.Requests.ShouldAllBe(r => r.SignatureValid && r.Path == "/2/users/1234/mentions");
        _x.MentionQueries[0].ShouldContain("max_results=5");
        _x.MentionQueries[0].ShouldContain("since_id=" + old);
        _x.MentionQueries[0].ShouldContain("expansions=author_id");
        _x.MentionQueries[0].ShouldContain("tweet.fields=created_at%2Cauthor_id%2Cconversation_id%2Creferenced_tweets%2Centities");
        _x.MentionQueries[0].ShouldNotContain("pagination_token");
        _x.MentionQueries[1].ShouldContain("pagination_token=" + page1.NextToken);
    }

    [Fact]
    public async Task A_post_that_only_sits_in_the_conversation_names_nobody()
    {
        _x.AddMention("chatter", "Chat Ter", "Agreed, great event", addressesAccount: false);

        var (_, page) = await _client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", new XMentionsQuery(null, 100));

        var only = page!.Mentions.ShouldHaveSingleItem();
        only.MentionedUserIds.ShouldBeEmpty();
        only.MentionedUsernames.ShouldBeEmpty();
        only.InReplyToPostId.ShouldBeNull();
    }

    [Fact]
    public async Task No_new_mentions_is_an_empty_last_page()
    {
        var (result, page) = await _client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", new XMentionsQuery("99", 100));

        result.Succeeded.ShouldBeTrue();
        page!.Mentions.ShouldBeEmpty();
        page.NextToken.ShouldBeNull();
        page.ResultCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_rate_limited_read_returns_no_page()
    {
        _x.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Get, "/2/users/1234/mentions");

        var (result, page) = await _client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", new XMentionsQuery(null, 100));

        result.Outcome.ShouldBe(XOutcome.RateLimited);
        result.RetryAfterUtc.ShouldNotBeNull();
        page.ShouldBeNull();
    }

    [Fact]
    public async Task A_page_without_data_or_includes_reads_as_empty()
    {
        var client = Canned("""{"meta":{"result_count":0}}""");

        var (result, page) = await client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", new XMentionsQuery(null, 100));

        result.Succeeded.ShouldBeTrue();
        page!.Mentions.ShouldBeEmpty();
        page.NextToken.ShouldBeNull();
    }

    [Fact]
    public async Task A_quote_names_the_quoted_author_and_an_author_missing_from_includes_reads_as_unknown()
    {
        var client = Canned("""
            {"data":[
              {"id":"301","text":"Look at this","created_at":"2026-11-20T14:00:00.000Z","author_id":"77","conversation_id":"301",
               "referenced_tweets":[{"type":"quoted","id":"200"}]},
              {"id":"300","text":"@CPD12thDist hi","created_at":"2026-11-20T13:00:00.000Z","author_id":"88",
               "entities":{"mentions":[{"start":0,"end":12,"username":"CPD12thDist","id":"1234"}]}}
            ],
             "includes":{"users":[{"id":"77","username":"quoter","name":"Quo Ter"}],"tweets":[{"id":"200","author_id":"1234","text":"Our post"}]},
             "meta":{"result_count":2,"next_token":"abc"}}
            """);

        var (_, page) = await client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", new XMentionsQuery(null, 100));

        page!.NextToken.ShouldBe("abc");
        page.Mentions[0].QuotedAuthorIds.ShouldBe(["1234"]);
        page.Mentions[0].AuthorUsername.ShouldBe("quoter");
        page.Mentions[0].MentionedUserIds.ShouldBeEmpty();
        page.Mentions[1].AuthorUsername.ShouldBeNull();
        page.Mentions[1].ConversationId.ShouldBeNull();
        page.Mentions[1].MentionedUsernames.ShouldBe(["CPD12thDist"]);
    }

    [Fact]
    public async Task A_mention_without_its_time_makes_the_page_untrusted()
    {
        var client = Canned("""{"data":[{"id":"301","text":"no time"}],"meta":{"result_count":1}}""");

        var (result, page) = await client.GetMentionsPageAsync(FakeXServer.Credentials, "1234", new XMentionsQuery(null, 100));

        result.Outcome.ShouldBe(XOutcome.Unknown);
        page.ShouldBeNull();
    }

    private static XClient Canned(string json) =>
        new(new HttpClient(new CannedHandler(json)) { BaseAddress = new Uri("http://127.0.0.1/") }, TimeProvider.System);

    private sealed class CannedHandler(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
