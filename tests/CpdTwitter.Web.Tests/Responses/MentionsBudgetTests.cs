using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CpdTwitter.Web.Tests.Responses;

/// <summary>
/// The monthly read budget on a clock that stands still (FixedClockFactory's Wednesday 25 November 2026): the poll stops
/// when the budget is used up and says so, asks X nothing more that month, and resumes on 1 December without skipping
/// the mentions it left unread.
/// </summary>
public sealed class MentionsBudgetTests(MentionsBudgetTests.App app) : IClassFixture<MentionsBudgetTests.App>
{
    private const int District = 12;
    private const string UserId = FakeXServer.AccountUserId;

    public sealed class App : MentionsApp
    {
        public FakeTimeProvider Time { get; } = new(FixedClockFactory.Now);

        protected override TimeProvider? Clock => Time;

        protected override IReadOnlyDictionary<string, string> MoreSettings => new Dictionary<string, string> { ["X:MonthlyReadBudget"] = "10", ["Publishing:Enabled"] = "false" };
    }

    private string Mention(int minutesAgo, string text) =>
        app.X.AddMention("resident", "A Resident", "@CPD12thDist " + text, app.UtcNow.AddMinutes(-minutesAgo));

    [Fact]
    public async Task The_budget_stops_polling_says_so_and_polling_resumes_next_month_where_it_stopped()
    {
        await app.ConnectAsync(District, UserId, FakeXServer.AccountUsername);
        var seen = Enumerable.Range(0, 3).Select(i => Mention(100 - i, $"early {i}")).ToList();
        (await app.PollAsync()).ShouldHaveSingleItem().Stored.ShouldBe(3);
        var unread = Enumerable.Range(0, 8).Select(i => Mention(50 - i, $"busy {i}")).ToList();

        var stopped = (await app.PollAsync()).ShouldHaveSingleItem();

        // 3 read before, so a page of 7 is all the budget of 10 allows; the oldest new mention is left for next month.
        app.X.MentionQueries[^1].ShouldContain("max_results=7");
        app.X.MentionQueries[^1].ShouldContain("since_id=" + seen[^1]);
        stopped.Stored.ShouldBe(7);
        stopped.BudgetExhausted.ShouldBeTrue();
        var poll = await app.PollOfAsync(District);
        poll.ReadsThisMonth.ShouldBe(10);
        poll.SinceId.ShouldBe(seen[^1]);
        poll.BudgetExhaustedAt.ShouldBe(app.UtcNow);
        poll.LastResult.ShouldNotBeNull().ShouldContain("The monthly read budget (10 posts, X:MonthlyReadBudget) is used up: mentions are not read again until 1 December 2026 (UTC).");
        (await app.MentionsAsync(District)).ShouldNotContain(m => m.XPostId == unread[0]);

        var reads = app.ReadsOf(UserId);
        app.Time.Advance(TimeSpan.FromHours(2));
        (await app.PollAsync()).ShouldHaveSingleItem().BudgetExhausted.ShouldBeTrue();
        app.ReadsOf(UserId).ShouldBe(reads);
        (await app.Factory.AuditTrailAsync(AuditSubjects.MentionPoll, "12")).Count(a => a == AuditActions.Mentions.BudgetExhausted).ShouldBe(1);

        using var newsAffairs = await app.Factory.SignedInAsync("na.budget", null, Roles.NewsAffairs);
        var page = await newsAffairs.GetAsync("/Publishing");
        page.Text("#mentions-12 .reads").ShouldBe("10 of 10");
        page.Text("#mentions-12 .budget-exhausted").ShouldContain("Read budget used up");
        page.Text("#mentions-12 .last-poll").ShouldBe(Domain.ChicagoTime.Format(poll.LastPolledAt!.Value));

        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 15, 0, TimeSpan.Zero));
        var december = (await app.PollAsync()).ShouldHaveSingleItem();

        app.ReadsOf(UserId).ShouldBe(reads + 1);
        app.X.MentionQueries[^1].ShouldContain("since_id=" + seen[^1]);
        december.Read.ShouldBe(8);
        december.Stored.ShouldBe(1);
        poll = await app.PollOfAsync(District);
        poll.SinceId.ShouldBe(unread[^1]);
        poll.UsageMonth.ShouldBe(new DateOnly(2026, 12, 1));
        poll.ReadsThisMonth.ShouldBe(8);
        (await app.MentionsAsync(District)).ShouldContain(m => m.XPostId == unread[0]);
        // 2 left is less than X's smallest page (5): December's budget is used up too, and said once more.
        december.BudgetExhausted.ShouldBeTrue();
        poll.BudgetExhaustedAt.ShouldBe(app.UtcNow);
        (await app.Factory.AuditTrailAsync(AuditSubjects.MentionPoll, "12")).Count(a => a == AuditActions.Mentions.BudgetExhausted).ShouldBe(2);
        using var later = await app.Factory.SignedInAsync("na.budget.dec", null, Roles.NewsAffairs);
        (await later.GetAsync("/Publishing")).Text("#mentions-12 .reads").ShouldBe("8 of 10");
    }
}
