using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Domain.Tests.Responses;

public sealed class MentionPollTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 16, 30, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private static MentionPoll Polled(string? sinceId)
    {
        var poll = new MentionPoll(12);
        if (sinceId is not null)
        {
            poll.Finish(new MentionPollRead(1, 1, sinceId, true, null), 1, 0, Now.AddHours(-1));
        }

        return poll;
    }

    [Fact]
    public void Usage_counts_posts_and_requests_in_the_utc_month_and_starts_again_in_the_next()
    {
        var poll = new MentionPoll(12);
        poll.PageRead(100, Now);
        poll.PageRead(0, Now);
        poll.RequestRefused(Now);

        poll.ReadsIn(Now).ShouldBe(100);
        poll.RequestsIn(Now).ShouldBe(3);
        poll.UsageMonth.ShouldBe(new DateOnly(2026, 11, 1));
        var december = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        poll.ReadsIn(december).ShouldBe(0);
        poll.ReadsIn(december.AddTicks(-1)).ShouldBe(100);
        poll.PageRead(7, december);
        poll.ReadsThisMonth.ShouldBe(7);
        poll.RequestsThisMonth.ShouldBe(1);
        poll.UsageMonth.ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Theory]
    [InlineData(1000, 0, 100)]
    [InlineData(1000, 950, 50)]
    [InlineData(1000, 995, 5)]
    [InlineData(1000, 996, null)]
    [InlineData(1000, 1000, null)]
    [InlineData(1000, 1200, null)]
    public void A_page_never_asks_for_more_than_the_budget_leaves(int budget, int used, int? expected)
    {
        var poll = new MentionPoll(12);
        poll.PageRead(used, Now);

        poll.NextPageSize(budget, Now).ShouldBe(expected);
    }

    [Fact]
    public void A_used_up_budget_is_remembered_once_a_month_and_said_in_plain_words()
    {
        var poll = new MentionPoll(12);
        poll.PageRead(1000, Now);

        poll.BudgetRanOut(1000, Now).ShouldBeTrue();
        poll.BudgetRanOut(1000, Now.AddHours(1)).ShouldBeFalse();

        poll.BudgetExhaustedAt.ShouldBe(Now);
        poll.BudgetExhaustedIn(Now).ShouldBeTrue();
        poll.LastResult.ShouldBe("The monthly read budget (1,000 posts, X:MonthlyReadBudget) is used up: mentions are not read again until 1 December 2026 (UTC).");
        var december = new DateTime(2026, 12, 1, 0, 5, 0, DateTimeKind.Utc);
        poll.BudgetExhaustedIn(december).ShouldBeFalse();
        poll.NextPageSize(1000, december).ShouldBe(100);
        poll.StartMonth(december);
        poll.BudgetExhaustedAt.ShouldBeNull();
        poll.PageRead(1000, december);
        poll.BudgetRanOut(1000, december).ShouldBeTrue();
    }

    [Fact]
    public void The_lease_keeps_a_second_instance_out_until_it_expires_or_is_released()
    {
        var poll = new MentionPoll(12);

        poll.TryLease("instance-a", Now, Lease).ShouldBeTrue();
        poll.TryLease("instance-b", Now.AddMinutes(5), Lease).ShouldBeFalse();
        poll.TryLease("instance-a", Now.AddMinutes(5), Lease).ShouldBeTrue();
        poll.LeaseExpiresAt.ShouldBe(Now.AddMinutes(15));
        poll.TryLease("instance-b", Now.AddMinutes(16), Lease).ShouldBeTrue();
        poll.LeaseOwner.ShouldBe("instance-b");
        poll.ReleaseLease();
        poll.TryLease("instance-a", Now.AddMinutes(17), Lease).ShouldBeTrue();
    }

    [Fact]
    public void Changes_move_the_version_so_two_instances_cannot_both_save()
    {
        var poll = new MentionPoll(12);
        var before = poll.Version;

        poll.TryLease("instance-a", Now, Lease);

        poll.Version.ShouldBeGreaterThan(before);
    }

    [Fact]
    public void A_complete_read_advances_the_last_seen_id_to_the_newest_and_releases_the_lease()
    {
        var poll = Polled("100");
        poll.TryLease("instance-a", Now, Lease);

        var gap = poll.Finish(new MentionPollRead(2, 150, "250", true, null), 150, 1, Now);

        gap.ShouldBeFalse();
        poll.SinceId.ShouldBe("250");
        poll.LastPolledAt.ShouldBe(Now);
        poll.LeaseOwner.ShouldBeNull();
        poll.GapNoticedAt.ShouldBeNull();
        poll.LastResult.ShouldBe("150 mentions read in 2 requests; 150 new mentions stored, 1 flagged as a possible media inquiry.");
    }

    [Fact]
    public void A_read_that_found_nothing_keeps_the_last_seen_id()
    {
        var poll = Polled("100");

        poll.Finish(new MentionPollRead(1, 0, null, true, null), 0, 0, Now);

        poll.SinceId.ShouldBe("100");
        poll.LastResult.ShouldBe("0 mentions read in 1 request; 0 new mentions stored.");
    }

    [Theory]
    [InlineData("The monthly read budget is used up.")]
    [InlineData("X's read limit was reached (HTTP 429).")]
    public void A_read_cut_short_never_advances_past_mentions_it_did_not_read(string reason)
    {
        var poll = Polled("100");

        var gap = poll.Finish(new MentionPollRead(3, 300, "900", false, reason), 300, 0, Now);

        gap.ShouldBeFalse();
        poll.SinceId.ShouldBe("100");
        poll.LastResult!.ShouldContain(reason);
        poll.LastResult!.ShouldContain("Older unread mentions are read by the next poll.");
    }

    [Fact]
    public void Reading_the_whole_window_without_reaching_the_last_seen_id_is_a_gap()
    {
        var poll = Polled("100");

        var gap = poll.Finish(new MentionPollRead(8, MentionPoll.XWindow, "2000", true, null), 800, 0, Now);

        gap.ShouldBeTrue();
        poll.GapNoticedAt.ShouldBe(Now);
        poll.SinceId.ShouldBe("2000");
        poll.LastResult!.ShouldContain("some mentions may have been missed");
    }

    [Fact]
    public void A_read_cut_short_after_the_whole_window_advances_because_the_rest_is_out_of_reach_and_says_so()
    {
        var poll = Polled("100");

        var gap = poll.Finish(new MentionPollRead(8, MentionPoll.XWindow, "2000", false, "The monthly read budget is used up."), 800, 0, Now);

        gap.ShouldBeTrue();
        poll.SinceId.ShouldBe("2000");
        poll.GapNoticedAt.ShouldBe(Now);
    }

    [Fact]
    public void The_first_poll_reading_the_whole_window_is_no_gap()
    {
        var poll = new MentionPoll(12);

        var gap = poll.Finish(new MentionPollRead(8, MentionPoll.XWindow, "2000", true, null), 800, 0, Now);

        gap.ShouldBeFalse();
        poll.GapNoticedAt.ShouldBeNull();
        poll.SinceId.ShouldBe("2000");
        poll.LastResult!.ShouldContain("First poll");
    }

    [Theory]
    [InlineData("101", "100", true)]
    [InlineData("1000", "999", true)]
    [InlineData("999", "1000", false)]
    [InlineData("100", "100", false)]
    [InlineData("5", null, true)]
    public void X_ids_compare_as_numbers(string id, string? than, bool newer) => MentionPoll.IsNewer(id, than).ShouldBe(newer);

    [Fact]
    public void A_poll_belongs_to_a_district() => Should.Throw<DomainException>(() => new MentionPoll(0));
}
