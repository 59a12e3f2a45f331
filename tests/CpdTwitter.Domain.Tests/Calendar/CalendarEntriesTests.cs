using CpdTwitter.Domain.Calendar;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Calendar;

public sealed class CalendarEntriesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);

    private static Post Queued(DateTime? scheduledFor)
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.BeatMeeting, "Beat meeting Tuesday at the district station.", scheduledFor, false, null), Now);
        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: false, Now);
        return post;
    }

    [Fact]
    public void A_scheduled_posting_sits_at_its_go_out_time_and_a_published_one_at_its_publication()
    {
        var scheduled = Queued(Now.AddDays(2));
        CalendarEntries.TimeOf(scheduled).ShouldBe(Now.AddDays(2));

        var sent = Queued(null);
        sent.MarkPublished("1", null, sent.Text, "CPD012", sandbox: true, Now.AddMinutes(3));
        CalendarEntries.TimeOf(sent).ShouldBe(Now.AddMinutes(3));
    }

    [Fact]
    public void A_cancelled_posting_stays_where_it_was_to_go_out()
    {
        var post = Queued(Now.AddDays(1));

        post.Cancel(Sergeant12, DiscontinueReason.Outdated, null, Now.AddHours(1));

        CalendarEntries.TimeOf(post).ShouldBe(Now.AddDays(1));
        CalendarEntries.States.ShouldContain(post.State);
        CalendarEntries.Label(post.State).ShouldBe("Cancelled");
    }

    [Fact]
    public void Drafts_and_posts_awaiting_approval_are_not_on_the_calendar()
    {
        CalendarEntries.States.ShouldNotContain(PostState.Draft);
        CalendarEntries.States.ShouldNotContain(PostState.AwaitingNewsAffairs);
        CalendarEntries.States.ShouldNotContain(PostState.AwaitingSergeant);
        CalendarEntries.States.ShouldNotContain(PostState.Rejected);
    }

    [Fact]
    public void States_are_named_as_a_calendar_reader_expects()
    {
        CalendarEntries.Label(PostState.Queued).ShouldBe("Scheduled");
        CalendarEntries.Label(PostState.Reviewed).ShouldBe("Published");
        CalendarEntries.Label(PostState.Discontinuing).ShouldBe("Discontinued");
    }

    [Fact]
    public void An_excerpt_is_the_start_of_the_text_on_one_line_without_splitting_an_emoji()
    {
        CalendarEntries.Excerpt("Short\ntext").ShouldBe("Short text");
        var text = new string('a', 58) + "😀" + "tail";
        var excerpt = CalendarEntries.Excerpt(text);
        excerpt.ShouldBe(new string('a', 58) + "…");
        CalendarEntries.Excerpt(new string('b', 100)).Length.ShouldBe(60);
    }
}
