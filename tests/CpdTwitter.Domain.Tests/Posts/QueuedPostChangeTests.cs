using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>Changing or cancelling an approved (queued) post before it goes out (issue #13).</summary>
public sealed class QueuedPostChangeTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PostApprover NewsAffairs = new("u-bell", "Dana Bell", IsNewsAffairs: true, SupervisesDistrict: null);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);
    private static readonly PostApprover Sergeant11 = new("u-brennan", "Sgt. Brennan", IsNewsAffairs: false, SupervisesDistrict: 11);
    private static readonly PolicyReview Notable = new(["It mentions “arrested”."], [], []);
    private const string Text = "Beat meeting Tuesday 6:30 pm at the district station. All welcome.";

    private static Post Queued(DateTime? at = null)
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.BeatMeeting, Text, at ?? Now.AddHours(3), MarkedNotable: false, null), Now);
        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: false, Now).ShouldBe(PostState.Queued);
        return post;
    }

    private static Post ApprovedByNewsAffairs()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Two arrested after the break-in on Main.", Now.AddHours(3), MarkedNotable: false, null), Now);
        post.Submit("u-grant", Notable, districtRequiresSergeant: false, Now);
        post.Approve(NewsAffairs, null, null, PolicyLists.Defaults, Now.AddMinutes(5)).ShouldBe(PostState.Queued);
        return post;
    }

    [Fact]
    public void The_author_reschedules_a_queued_post_without_a_new_revision_or_a_new_approval()
    {
        var post = Queued();

        var change = post.ChangeBeforeSending("u-grant", "P.O. Grant", null, Text, Now.AddHours(5), PolicyReview.Clear, districtRequiresSergeant: true, Now.AddMinutes(1));

        change.ShouldBe(new QueuedChange(TextChanged: false, Rescheduled: true, Now.AddHours(3), PostState.Queued));
        post.ScheduledFor.ShouldBe(Now.AddHours(5));
        post.DueAt.ShouldBe(Now.AddHours(5));
        post.RevisionNumber.ShouldBe(1);
    }

    [Fact]
    public void Clearing_the_time_sends_the_post_as_soon_as_possible()
    {
        var post = Queued();

        post.ChangeBeforeSending("u-grant", "P.O. Grant", null, Text, null, PolicyReview.Clear, false, Now.AddMinutes(1));

        post.DueAt.ShouldBe(Now);
    }

    [Fact]
    public void A_time_that_has_passed_is_refused_next_to_the_field()
    {
        var post = Queued();

        var refused = Should.Throw<DomainException>(() => post.ChangeBeforeSending("u-grant", "P.O. Grant", null, Text, Now.AddMinutes(-5), PolicyReview.Clear, false, Now));

        refused.Field.ShouldBe("ScheduledFor");
        refused.Message.ShouldContain("That time has passed");
    }

    [Fact]
    public void A_text_change_is_a_new_revision_and_an_ordinary_post_stays_queued()
    {
        var post = Queued();

        var change = post.ChangeBeforeSending("u-grant", "P.O. Grant", null, Text + " Coffee provided.", post.ScheduledFor, PolicyReview.Clear, false, Now.AddMinutes(1));

        change.State.ShouldBe(PostState.Queued);
        change.TextChanged.ShouldBeTrue();
        post.RevisionNumber.ShouldBe(2);
        post.Revisions[^1].EditedByName.ShouldBe("P.O. Grant");
        post.Text.ShouldEndWith("Coffee provided.");
    }

    [Fact]
    public void A_notable_post_whose_text_changes_goes_back_to_News_Affairs()
    {
        var post = ApprovedByNewsAffairs();

        var change = post.ChangeBeforeSending("u-grant", "P.O. Grant", null, "Two people arrested after the break-in on Main Street.", post.ScheduledFor, Notable, false, Now.AddMinutes(10));

        change.State.ShouldBe(PostState.AwaitingNewsAffairs);
        post.ApprovedText.ShouldBeNull();
        post.SubmittedText.ShouldBe("Two people arrested after the break-in on Main Street.");
        post.MayBeDecidedBy(NewsAffairs).ShouldBeTrue();
    }

    [Fact]
    public void A_post_News_Affairs_approved_goes_back_to_them_even_when_the_new_text_alone_would_not()
    {
        var post = ApprovedByNewsAffairs();

        var change = post.ChangeBeforeSending("u-grant", "P.O. Grant", null, "Break-in on Main: lock your doors.", post.ScheduledFor, PolicyReview.Clear, false, Now.AddMinutes(10));

        change.State.ShouldBe(PostState.AwaitingNewsAffairs);
        post.RoutingReasonList.ShouldContain("The text changed after the Office of News Affairs approved it.");
    }

    [Fact]
    public void Rescheduling_a_notable_post_keeps_News_Affairs_approval()
    {
        var post = ApprovedByNewsAffairs();

        post.ChangeBeforeSending("u-grant", "P.O. Grant", null, post.Text, Now.AddHours(6), Notable, false, Now.AddMinutes(10)).State.ShouldBe(PostState.Queued);

        post.ApprovedByName.ShouldBe("Dana Bell");
    }

    [Fact]
    public void Where_the_district_requires_it_a_changed_text_goes_back_to_the_sergeant()
    {
        var post = Queued();

        post.ChangeBeforeSending("u-grant", "P.O. Grant", null, "Beat meeting moved to Wednesday.", post.ScheduledFor, PolicyReview.Clear, districtRequiresSergeant: true, Now.AddMinutes(1))
            .State.ShouldBe(PostState.AwaitingSergeant);
    }

    [Fact]
    public void The_district_sergeant_may_change_it_and_their_text_is_an_edit_in_their_name()
    {
        var post = Queued();

        post.MayBeChangedBeforeSendingBy("u-kowalski", Sergeant12).ShouldBeTrue();
        post.ChangeBeforeSending("u-kowalski", "Sgt. Kowalski", Sergeant12, "Beat meeting moved to Wednesday.", post.ScheduledFor, PolicyReview.Clear, false, Now.AddMinutes(1));

        post.Revisions[^1].Kind.ShouldBe(RevisionKind.ApproverEdit);
        post.Revisions[^1].EditedByName.ShouldBe("Sgt. Kowalski");
    }

    [Fact]
    public void Another_districts_sergeant_and_another_representative_may_not()
    {
        var post = Queued();

        post.MayBeChangedBeforeSendingBy("u-brennan", Sergeant11).ShouldBeFalse();
        post.MayBeChangedBeforeSendingBy("u-moreno", null).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.ChangeBeforeSending("u-brennan", "Sgt. Brennan", Sergeant11, Text, Now.AddHours(4), PolicyReview.Clear, false, Now))
            .Message.ShouldContain("Only the post's author, P.O. Grant, or district 012's sergeant or commander");
        Should.Throw<DomainException>(() => post.CancelBeforeSending("u-moreno", "P.O. Moreno", null, DiscontinueReason.Outdated, null, Now));
    }

    [Fact]
    public void Once_sent_it_is_too_late_to_change_or_cancel()
    {
        var post = Queued();
        post.MarkPublished("123", null, post.Text, "CPD12thDist", sandbox: false, Now.AddHours(3));

        post.MayBeChangedBeforeSendingBy("u-grant", null).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.ChangeBeforeSending("u-grant", "P.O. Grant", null, Text, Now.AddHours(5), PolicyReview.Clear, false, Now.AddHours(3)))
            .Message.ShouldBe($"{Post.NotQueuedMessage} It has been sent to X; the district's sergeant can discontinue it.");
        Should.Throw<DomainException>(() => post.CancelBeforeSending("u-grant", "P.O. Grant", null, DiscontinueReason.Outdated, null, Now.AddHours(3)));
        post.State.ShouldBe(PostState.Published);
    }

    [Fact]
    public void Nothing_changed_is_refused()
    {
        var post = Queued();

        Should.Throw<DomainException>(() => post.ChangeBeforeSending("u-grant", "P.O. Grant", null, Text, post.ScheduledFor, PolicyReview.Clear, false, Now))
            .Message.ShouldContain("Nothing was changed");
    }

    [Fact]
    public void A_new_text_over_the_limit_is_refused_next_to_the_text()
    {
        var post = Queued();

        Should.Throw<DomainException>(() => post.ChangeBeforeSending("u-grant", "P.O. Grant", null, new string('a', 300), post.ScheduledFor, PolicyReview.Clear, false, Now))
            .Field.ShouldBe("Text");
        post.RevisionNumber.ShouldBe(1);
    }

    [Fact]
    public void The_author_cancels_their_queued_post_and_the_record_keeps_who_and_why()
    {
        var post = Queued();

        post.CancelBeforeSending("u-grant", "P.O. Grant", null, DiscontinueReason.Outdated, "Meeting moved", Now.AddMinutes(1));

        post.State.ShouldBe(PostState.Cancelled);
        post.DiscontinuedByName.ShouldBe("P.O. Grant");
        post.DiscontinueNote.ShouldBe("Meeting moved");
    }

    [Fact]
    public void The_district_sergeant_cancels_as_a_supervisor()
    {
        var post = Queued();

        post.CancelBeforeSending("u-kowalski", "Sgt. Kowalski", Sergeant12, DiscontinueReason.Outdated, null, Now.AddMinutes(1));

        post.State.ShouldBe(PostState.Cancelled);
        post.DiscontinuedByName.ShouldBe("Sgt. Kowalski");
    }
}
