using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

public sealed class PostReviewTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", false, 12);
    private static readonly PostApprover Sergeant11 = new("u-brennan", "Sgt. Brennan", false, 11);
    private static readonly PostApprover NewsAffairs = new("u-bell", "Marcus Bell", true, null);

    private static Post Published(PostCategory category = PostCategory.CommunityAlert, DateOnly? eventDate = null)
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(category, "Street closure on Ogden until 6 pm.", null, false, null, eventDate), Now.AddDays(-1));
        post.Submit("u-grant", PolicyReview.Clear, false, Now.AddDays(-1));
        post.MarkPublished("1860000000000000001", null, post.Text, "CPD12thDist", false, Now.AddDays(-1));
        return post;
    }

    [Fact]
    public void Reviewed_needs_every_check_of_the_checklist()
    {
        var post = Published();

        Should.Throw<DomainException>(() => post.Review(Sergeant12, ReviewOutcome.Reviewed, ReviewChecklist.Complete with { Current = false }, null, Now))
            .Message.ShouldContain("Tick every check");
        post.Review(Sergeant12, ReviewOutcome.Reviewed, ReviewChecklist.Complete, "Good", Now);

        post.State.ShouldBe(PostState.Reviewed);
        post.Reviews.ShouldHaveSingleItem().Note.ShouldBe("Good");
    }

    [Fact]
    public void Needs_correction_needs_a_comment_for_the_author()
    {
        var post = Published();

        Should.Throw<DomainException>(() => post.Review(Sergeant12, ReviewOutcome.NeedsCorrection, new ReviewChecklist(true, false, true, true, true), " ", Now)).Message.ShouldBe("Tell the author what needs correcting.");
        post.Review(Sergeant12, ReviewOutcome.NeedsCorrection, new ReviewChecklist(true, false, true, true, true), "The closure ended at 4 pm.", Now);

        post.LastReviewOutcome.ShouldBe(ReviewOutcome.NeedsCorrection);
    }

    [Fact]
    public void Only_the_districts_own_sergeant_reviews()
    {
        Should.Throw<DomainException>(() => Published().Review(Sergeant11, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, Now)).Message.ShouldBe("Only district 012's sergeant or commander reviews its postings.");
        Should.Throw<DomainException>(() => Published().Review(NewsAffairs, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, Now)).Message.ShouldBe("Only district 012's sergeant or commander reviews its postings.");
    }

    [Fact]
    public void A_correction_is_linked_to_the_posting_it_corrects()
    {
        var original = Published();

        var correction = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Correction: the closure ended at 4 pm.", null, false, null), Now, original);

        correction.CorrectsPostId.ShouldBe(original.Id);
        Should.Throw<DomainException>(() => Post.Draft(11, "u-okafor", "P.O. Okafor", new PostContent(PostCategory.CommunityAlert, "x", null, false, null), Now, original)).Message.ShouldBe("A correction follows up a published posting of the same district.");
    }

    [Fact]
    public void The_sergeant_commander_or_News_Affairs_discontinue_with_a_reason_and_the_record_stays()
    {
        var post = Published();

        Should.Throw<DomainException>(() => post.Discontinue(Sergeant11, DiscontinueReason.Incorrect, null, Now)).Message.ShouldBe("Only district 012's sergeant or commander, or News Affairs, can discontinue its postings.");
        Should.Throw<DomainException>(() => post.Discontinue(NewsAffairs, DiscontinueReason.Other, " ", Now)).Message.ShouldContain("Other");
        post.Discontinue(NewsAffairs, DiscontinueReason.Incorrect, "Wrong street", Now);
        post.MarkDiscontinued(Now.AddSeconds(2));

        post.State.ShouldBe(PostState.Discontinued);
        post.SentText.ShouldBe("Street closure on Ogden until 6 pm.");
        post.XPostId.ShouldBe("1860000000000000001");
        post.DiscontinueReason.ShouldBe(DiscontinueReason.Incorrect);
        post.DiscontinuedByName.ShouldBe("Marcus Bell");
    }

    [Fact]
    public void A_queued_post_is_cancelled_rather_than_pulled()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.BeatMeeting, "Beat meeting tomorrow", Now.AddHours(5), false, null), Now);
        post.Submit("u-grant", PolicyReview.Clear, false, Now);

        Should.Throw<DomainException>(() => post.Discontinue(Sergeant12, DiscontinueReason.Outdated, null, Now)).Message.ShouldBe("Cannot discontinue: the post is queued.");
        post.Cancel(Sergeant12, DiscontinueReason.Outdated, "Meeting moved", Now);

        post.State.ShouldBe(PostState.Cancelled);
    }

    [Fact]
    public void The_watermark_stops_at_the_oldest_posting_still_waiting_even_when_later_ones_were_reviewed_first()
    {
        var t = Now.AddDays(-5);
        (DateTime, bool)[] postings = [(t.AddHours(3), true), (t, true), (t.AddHours(1), false), (t.AddHours(2), true)];

        ReviewSchedule.ReviewedThrough(postings).ShouldBe(t);
        ReviewSchedule.ReviewedThrough([(t.AddHours(1), false)]).ShouldBeNull();
        ReviewSchedule.ReviewedThrough([(t, true), (t.AddHours(1), true)]).ShouldBe(t.AddHours(1));
    }

    [Theory]
    [InlineData(71, false)]
    [InlineData(73, true)]
    public void A_posting_is_overdue_after_the_review_period(int hoursAgo, bool overdue)
    {
        ReviewSchedule.IsOverdue(Now.AddHours(-hoursAgo), Now, 72).ShouldBe(overdue);
    }

    [Fact]
    public void The_overdue_time_bound_agrees_with_the_rule_to_the_tick()
    {
        foreach (var hours in new[] { 1, 24, 72, 168 })
        {
            var bound = ReviewSchedule.OverdueIfPublishedBefore(Now, hours);
            foreach (var publishedAt in new[] { bound.AddTicks(-1), bound, bound.AddTicks(1), Now.AddDays(-30), Now })
            {
                (publishedAt < bound).ShouldBe(ReviewSchedule.IsOverdue(publishedAt, Now, hours), $"{hours} h, {publishedAt:O}");
            }
        }
    }

    [Fact]
    public void At_the_same_instant_a_waiting_posting_counts_before_a_reviewed_one()
    {
        var t = Now.AddDays(-5);
        ReviewSchedule.ReviewedThrough([(t, true), (t.AddHours(1), true), (t.AddHours(1), false)]).ShouldBe(t);
        ReviewSchedule.ReviewedThrough([(t, true), (t.AddHours(1), false), (t.AddHours(1), true)]).ShouldBe(t);
    }

    [Fact]
    public void The_watermark_from_two_look_ups_equals_the_watermark_from_every_posting()
    {
        var random = new Random(12);
        for (var run = 0; run < 2_000; run++)
        {
            // Few distinct hours, so equal publishing times happen often.
            var postings = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => (PublishedAt: Now.AddHours(-random.Next(0, 8)), DealtWith: random.Next(3) > 0)).ToList();
            var oldestWaiting = postings.Where(p => !p.DealtWith).Select(p => (DateTime?)p.PublishedAt).Min();
            var bound = ReviewSchedule.WatermarkBound(oldestWaiting);
            var lookedUp = postings.Where(p => p.DealtWith && p.PublishedAt < bound).Select(p => (DateTime?)p.PublishedAt).Max();

            lookedUp.ShouldBe(ReviewSchedule.ReviewedThrough(postings), string.Join(", ", postings));
        }
    }

    [Fact]
    public void An_event_posting_may_be_stale_from_the_day_after_its_event_in_Chicago()
    {
        // 2026-11-26 05:30 UTC is still the 25th in Chicago (23:30 CST).
        var lateEvening = new DateTime(2026, 11, 26, 5, 30, 0, DateTimeKind.Utc);

        ReviewSchedule.MayBeStale(PostCategory.BeatMeeting, new DateOnly(2026, 11, 25), lateEvening).ShouldBeFalse();
        ReviewSchedule.MayBeStale(PostCategory.BeatMeeting, new DateOnly(2026, 11, 25), lateEvening.AddHours(1)).ShouldBeTrue();
        ReviewSchedule.MayBeStale(PostCategory.CommunityAlert, new DateOnly(2026, 11, 1), lateEvening).ShouldBeFalse();
    }
}
