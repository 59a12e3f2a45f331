using CpdTwitter.Infrastructure.XApi;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.XApi;

/// <summary>The X client against the signature-checking fake X on loopback: what X receives and how each answer is read.</summary>
public sealed class XClientTests : IAsyncLifetime
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
    public async Task A_post_is_created_with_a_valid_signature_and_only_the_text_in_its_body()
    {
        var result = await _client.CreatePostAsync(FakeXServer.Credentials, "Beat meeting tonight 7 PM at the 12th District station.");

        result.Outcome.ShouldBe(XOutcome.Succeeded);
        result.Status.ShouldBe(201);
        result.PostId!.Length.ShouldBe(19);
        var received = _x.Requests.ShouldHaveSingleItem();
        received.Method.ShouldBe("POST");
        received.Path.ShouldBe("/2/tweets");
        received.SignatureValid.ShouldBeTrue();
        received.Body.ShouldBe("""{"text":"Beat meeting tonight 7 PM at the 12th District station."}""");
    }

    [Fact]
    public async Task The_timeline_is_read_page_by_page_with_signed_paging_parameters_and_post_times()
    {
        var posted = new DateTime(2026, 11, 20, 14, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 7; i++)
        {
            _x.PostDirectlyOnX($"Timeline post {i}", posted.AddMinutes(i));
        }

        _x.PostDirectlyOnX("Before the window", posted.AddDays(-40));
        var query = new XTimelineQuery(posted.AddDays(-30), 5);

        var (first, page1) = await _client.GetTimelinePageAsync(FakeXServer.Credentials, "1234", query);
        var (_, page2) = await _client.GetTimelinePageAsync(FakeXServer.Credentials, "1234", query with { PaginationToken = page1!.NextToken });

        first.Succeeded.ShouldBeTrue();
        page1.Posts.Select(p => p.Text).ShouldBe(["Timeline post 6", "Timeline post 5", "Timeline post 4", "Timeline post 3", "Timeline post 2"]);
        page1.Posts[0].CreatedAtUtc.ShouldBe(posted.AddMinutes(6));
        page1.NextToken.ShouldNotBeNull();
        page2!.Posts.Select(p => p.Text).ShouldBe(["Timeline post 1", "Timeline post 0"]);
        page2.NextToken.ShouldBeNull();
        _x.Requests.ShouldAllBe(r => r.SignatureValid);
        _x.TimelineQueries[0].ShouldBe("?max_results=5&start_time=2026-10-21T14%3A00%3A00Z&tweet.fields=created_at");
        _x.TimelineQueries[1].ShouldEndWith("&pagination_token=" + page1.NextToken);
    }

    [Fact]
    public async Task A_rate_limited_timeline_read_returns_no_page_and_the_reset_time()
    {
        _x.Enqueue(FakeXBehaviour.RateLimited, HttpMethod.Get, "/2/users/1234/tweets");

        var (result, page) = await _client.GetTimelinePageAsync(FakeXServer.Credentials, "1234", new XTimelineQuery(DateTime.UtcNow.AddDays(-1), 100));

        result.Outcome.ShouldBe(XOutcome.RateLimited);
        result.RetryAfterUtc.ShouldNotBeNull();
        page.ShouldBeNull();
    }

    [Fact]
    public async Task A_duplicate_is_refused_with_the_message_from_X()
    {
        await _client.CreatePostAsync(FakeXServer.Credentials, "Same text twice");

        var second = await _client.CreatePostAsync(FakeXServer.Credentials, "Same text twice");

        second.Outcome.ShouldBe(XOutcome.Refused);
        second.Status.ShouldBe(403);
        second.Message.ShouldBe("You are not allowed to create a Tweet with duplicate content.");
    }

    [Fact]
    public async Task Wrong_credentials_are_reported_as_unauthorized()
    {
        var wrong = FakeXServer.Credentials with { TokenSecret = "not the secret" };

        var result = await _client.CreatePostAsync(wrong, "Hello");

        result.Outcome.ShouldBe(XOutcome.Unauthorized);
        _x.Requests.ShouldHaveSingleItem().SignatureValid.ShouldBeFalse();
        _x.Posts.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rate_limit_says_when_to_try_again()
    {
        _x.Behaviour = FakeXBehaviour.RateLimited;
        _x.RateLimitReset = DateTimeOffset.UtcNow.AddMinutes(7);

        var result = await _client.CreatePostAsync(FakeXServer.Credentials, "Hello");

        result.Outcome.ShouldBe(XOutcome.RateLimited);
        result.RetryAfterUtc.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(_x.RateLimitReset.ToUnixTimeSeconds()).UtcDateTime);
    }

    [Fact]
    public async Task A_server_error_or_a_timeout_after_sending_is_an_unknown_outcome_not_a_failure()
    {
        _x.Behaviour = FakeXBehaviour.ServerError;
        (await _client.CreatePostAsync(FakeXServer.Credentials, "Hello")).Outcome.ShouldBe(XOutcome.Unknown);

        _x.Behaviour = FakeXBehaviour.HangAfterProcessing;
        var timedOut = await _client.CreatePostAsync(FakeXServer.Credentials, "Processed but unanswered");

        timedOut.Outcome.ShouldBe(XOutcome.Unknown);
        _x.Posts.Values.ShouldContain("Processed but unanswered"); // which is why it must be reconciled, not resent
    }

    [Fact]
    public async Task A_refused_connection_means_nothing_was_sent()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") };
        var client = new XClient(http, TimeProvider.System);

        (await client.CreatePostAsync(FakeXServer.Credentials, "Hello")).Outcome.ShouldBe(XOutcome.NotSent);
    }

    [Fact]
    public async Task Delete_removes_the_post_and_a_missing_post_is_reported()
    {
        var created = await _client.CreatePostAsync(FakeXServer.Credentials, "To be pulled");

        (await _client.DeletePostAsync(FakeXServer.Credentials, created.PostId!)).Outcome.ShouldBe(XOutcome.Succeeded);
        _x.Posts.ShouldBeEmpty();
        var again = await _client.DeletePostAsync(FakeXServer.Credentials, created.PostId!);
        again.Outcome.ShouldBe(XOutcome.Refused);
        again.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Get_me_returns_the_connected_account()
    {
        var (result, account) = await _client.GetMeAsync(FakeXServer.Credentials);

        result.Succeeded.ShouldBeTrue();
        account!.Username.ShouldBe("CPD12thDist");
        _x.Requests.ShouldHaveSingleItem().SignatureValid.ShouldBeTrue();
    }
}
