using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Posts;

public sealed class PostLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PostApprover NewsAffairs = new("u-bell", "Dana Bell", IsNewsAffairs: true, SupervisesDistrict: null);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);
    private static readonly PostApprover Sergeant11 = new("u-brennan", "Sgt. Brennan", IsNewsAffairs: false, SupervisesDistrict: 11);
    private static readonly PolicyReview Notable = new(["It mentions “arrested”."], [], []);

    private static PostContent Content(string text = "Beat meeting Tuesday 6:30 pm at the district station. All welcome.", DateTime? at = null, string? justification = null) =>
        new(PostCategory.BeatMeeting, text, at, MarkedNotable: false, justification);

    private static Post Draft(string text = "Beat meeting Tuesday 6:30 pm at the district station. All welcome.") =>
        Post.Draft(12, "u-grant", "P.O. Grant", Content(text), Now);

    [Fact]
    public void A_new_draft_is_revision_one_by_its_author()
    {
        var post = Draft();

        post.State.ShouldBe(PostState.Draft);
        post.RevisionNumber.ShouldBe(1);
        post.Revisions.ShouldHaveSingleItem().EditedByName.ShouldBe("P.O. Grant");
    }

    [Fact]
    public void Every_changed_save_is_a_revision_and_an_unchanged_save_is_not()
    {
        var post = Draft();

        post.Revise("u-grant", "P.O. Grant", Content("Beat meeting moved to Wednesday."), Now.AddMinutes(1)).ShouldBeTrue();
        post.Revise("u-grant", "P.O. Grant", Content("Beat meeting moved to Wednesday."), Now.AddMinutes(2)).ShouldBeFalse();

        post.Revisions.Select(r => r.Number).ShouldBe([1, 2]);
        post.Revisions[0].Text.ShouldStartWith("Beat meeting Tuesday");
    }

    [Fact]
    public void Line_breaks_are_kept_as_the_counter_saw_them()
    {
        var post = Draft("Line one\r\nLine two");

        post.Text.ShouldBe("Line one\nLine two");
    }

    [Fact]
    public void Only_the_author_changes_a_draft()
    {
        var post = Draft();

        Should.Throw<DomainException>(() => post.Revise("u-moreno", "P.O. Moreno", Content("Other text"), Now))
            .Message.ShouldContain("Only the post's author");
    }

    [Fact]
    public void A_post_without_a_routing_reason_goes_straight_to_the_queue()
    {
        var post = Draft();

        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: false, Now).ShouldBe(PostState.Queued);

        post.SubmittedText.ShouldBe(post.Text);
        post.ReleasedAt.ShouldBe(Now);
        post.DueAt.ShouldBe(Now);
    }

    [Fact]
    public void A_scheduled_post_is_due_at_its_time()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", Content(at: Now.AddHours(3)), Now);

        post.Submit("u-grant", PolicyReview.Clear, false, Now);

        post.DueAt.ShouldBe(Now.AddHours(3));
    }

    [Fact]
    public void A_schedule_in_the_past_is_refused()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", Content(at: Now.AddHours(-1)), Now);

        Should.Throw<DomainException>(() => post.Submit("u-grant", PolicyReview.Clear, false, Now)).Message.ShouldContain("scheduled time has passed");
    }

    [Fact]
    public void A_district_can_require_its_sergeant_for_every_post()
    {
        var post = Draft();

        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: true, Now).ShouldBe(PostState.AwaitingSergeant);
    }

    [Fact]
    public void A_notable_post_goes_to_News_Affairs_even_when_the_district_requires_the_sergeant()
    {
        var post = Draft();

        post.Submit("u-grant", Notable, districtRequiresSergeant: true, Now).ShouldBe(PostState.AwaitingNewsAffairs);

        post.RoutingReasonList.ShouldHaveSingleItem().ShouldContain("arrested");
    }

    [Fact]
    public void An_empty_or_whitespace_post_cannot_be_submitted()
    {
        var post = Draft("   \n ");

        Should.Throw<DomainException>(() => post.Submit("u-grant", PolicyReview.Clear, false, Now)).Message.ShouldContain("Write the post");
    }

    [Fact]
    public void An_over_length_post_cannot_be_submitted()
    {
        var post = Draft(new string('x', 281));

        Should.Throw<DomainException>(() => post.Submit("u-grant", PolicyReview.Clear, false, Now)).Message.ShouldContain("281");
    }

    [Fact]
    public void Advertising_findings_need_a_justification()
    {
        var post = Draft();
        var advertising = new PolicyReview([], ["It links to example.com."], []);

        Should.Throw<DomainException>(() => post.Submit("u-grant", advertising, false, Now)).Message.ShouldContain("Explain why");
    }

    [Fact]
    public void News_Affairs_approves_and_the_approved_text_is_frozen()
    {
        var post = Draft();
        post.Submit("u-grant", Notable, false, Now);

        post.Approve(NewsAffairs, edited: null, note: "Fine", PolicyLists.Defaults, Now.AddMinutes(5));

        post.State.ShouldBe(PostState.Queued);
        post.ApprovedByName.ShouldBe("Dana Bell");
        post.ApprovedText.ShouldBe(post.SubmittedText);
        post.Decisions.ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.Approved);
        Should.Throw<DomainException>(() => post.Revise("u-grant", "P.O. Grant", Content("Changed after approval"), Now.AddMinutes(6))).Message.ShouldBe("This post is queued and can no longer be changed.");
    }

    [Fact]
    public void An_approver_edit_is_a_revision_in_the_approvers_name()
    {
        var post = Draft();
        post.Submit("u-grant", Notable, false, Now);

        post.Approve(NewsAffairs, Content("Edited by News Affairs."), null, PolicyLists.Defaults, Now.AddMinutes(5));

        post.Revisions.Last().Kind.ShouldBe(RevisionKind.ApproverEdit);
        post.Revisions.Last().EditedByName.ShouldBe("Dana Bell");
        post.ApprovedText.ShouldBe("Edited by News Affairs.");
        post.SubmittedText.ShouldNotBe(post.ApprovedText);
    }

    [Fact]
    public void Nobody_approves_their_own_post()
    {
        var post = Post.Draft(12, "u-bell", "Dana Bell", Content(), Now);
        post.Submit("u-bell", Notable, false, Now);

        Should.Throw<DomainException>(() => post.Approve(NewsAffairs, null, null, PolicyLists.Defaults, Now)).Message.ShouldContain("own post");
    }

    [Fact]
    public void A_sergeant_cannot_decide_on_a_post_routed_to_News_Affairs()
    {
        var post = Draft();
        post.Submit("u-grant", Notable, false, Now);

        Should.Throw<DomainException>(() => post.Approve(Sergeant12, null, null, PolicyLists.Defaults, Now)).Message.ShouldContain("News Affairs");
    }

    [Fact]
    public void Only_the_districts_own_sergeant_approves_when_the_district_requires_it()
    {
        var post = Draft();
        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: true, Now);

        Should.Throw<DomainException>(() => post.Approve(Sergeant11, null, null, PolicyLists.Defaults, Now)).Message.ShouldBe("Only district 012's sergeant or commander, or News Affairs, can decide on this post.");
        post.Approve(Sergeant12, null, null, PolicyLists.Defaults, Now);

        post.State.ShouldBe(PostState.Queued);
    }

    [Fact]
    public void Returning_needs_a_comment_and_gives_the_draft_back()
    {
        var post = Draft();
        post.Submit("u-grant", Notable, false, Now);

        Should.Throw<DomainException>(() => post.ReturnToAuthor(NewsAffairs, " ", Now)).Message.ShouldBe("Tell the author what to change.");
        post.ReturnToAuthor(NewsAffairs, "Leave out the name.", Now);

        post.State.ShouldBe(PostState.Draft);
        post.DecisionComment.ShouldBe("Leave out the name.");
        post.Revise("u-grant", "P.O. Grant", Content("Without the name."), Now).ShouldBeTrue();
    }

    [Fact]
    public void A_rejected_post_is_kept_with_its_reason_and_cannot_be_resubmitted()
    {
        var post = Draft();
        post.Submit("u-grant", Notable, false, Now);

        post.Reject(NewsAffairs, "Not for the district account.", Now);

        post.State.ShouldBe(PostState.Rejected);
        post.DecisionComment.ShouldBe("Not for the district account.");
        Should.Throw<DomainException>(() => post.Submit("u-grant", PolicyReview.Clear, false, Now)).Message.ShouldBe("This post is rejected; it cannot be submitted again.");
    }

    [Fact]
    public void Publishing_records_what_was_sent_and_where()
    {
        var post = Draft();
        post.Submit("u-grant", PolicyReview.Clear, false, Now);

        post.MarkPublished("1860000000000000001", "https://x.com/CPD12thDist/status/1860000000000000001", post.Text, "CPD12thDist", sandbox: false, Now.AddSeconds(1));

        post.State.ShouldBe(PostState.Published);
        post.SentText.ShouldBe(post.SubmittedText);
        post.XPostId.ShouldBe("1860000000000000001");
    }

    [Fact]
    public void A_refused_post_can_be_edited_and_submitted_again()
    {
        var post = Draft();
        post.Submit("u-grant", PolicyReview.Clear, false, Now);
        post.MarkFailed("You are not allowed to create a Tweet with duplicate content.", Now);

        post.Revise("u-grant", "P.O. Grant", Content("Beat meeting Tuesday — new room 101."), Now).ShouldBeTrue();

        post.State.ShouldBe(PostState.Draft);
        post.Submit("u-grant", PolicyReview.Clear, false, Now).ShouldBe(PostState.Queued);
    }

    [Fact]
    public void An_unknown_outcome_is_never_queued_again_except_by_hand()
    {
        var post = Draft();
        post.Submit("u-grant", PolicyReview.Clear, false, Now);
        post.MarkOutcomeUnknown(post.Text, "Timeout", Now);

        Should.Throw<DomainException>(() => post.MarkOutcomeUnknown(post.Text, "again", Now)).Message.ShouldBe("Cannot record an unknown outcome: the post is outcome unknown.");
        post.RequeueAfterUnknownOutcome(Members.Isd, Now.AddMinutes(10));

        post.State.ShouldBe(PostState.Queued);
    }

    [Fact]
    public void Each_transition_changes_the_concurrency_version()
    {
        var post = Draft();
        var before = post.Version;

        post.Submit("u-grant", PolicyReview.Clear, false, Now);

        post.Version.ShouldBeGreaterThan(before);
    }
}
