using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>Issue #11, finding 5: nobody approves, reviews or discontinues a posting they wrote or edited, in any role.</summary>
public sealed class SeparationOfDutiesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    // One person holding Representative and Sergeant in district 12 (the attack), another sergeant, and News Affairs.
    private static readonly PostApprover DualAsSergeant = new("u-dual", "Sgt. P.O. Dual", IsNewsAffairs: false, SupervisesDistrict: 12);
    private static readonly PostApprover OtherSergeant = new("u-kowalski", "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);
    private static readonly PostApprover NewsAffairs = new("u-bell", "Dana Bell", IsNewsAffairs: true, SupervisesDistrict: null);
    private static readonly PostApprover OtherNewsAffairs = new("u-reyes", "Ana Reyes", IsNewsAffairs: true, SupervisesDistrict: null);

    private static PostContent Content(string text) => new(PostCategory.CommunityAlert, text, null, MarkedNotable: false, null);

    private static Post Published(string author = "u-dual")
    {
        var post = Post.Draft(12, author, "P.O. Dual", Content("Street closure on Ogden until 6 pm."), Now);
        post.Submit(author, PolicyReview.Clear, false, Now);
        post.MarkPublished("1860000000000000001", null, post.Text, "CPD12thDist", false, Now);
        return post;
    }

    [Fact]
    public void The_author_holding_the_sergeant_role_cannot_review_their_own_posting()
    {
        var post = Published();

        post.MayBeReviewedBy(DualAsSergeant).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.Review(DualAsSergeant, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, Now))
            .Message.ShouldBe("Nobody reviews a posting they wrote or edited: district 012's other sergeant or its commander reviews this one.");
        post.State.ShouldBe(PostState.Published);
        post.Reviews.ShouldBeEmpty();

        post.MayBeReviewedBy(OtherSergeant).ShouldBeTrue();
        post.Review(OtherSergeant, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, Now);
        post.State.ShouldBe(PostState.Reviewed);
    }

    [Fact]
    public void The_author_holding_a_supervising_role_cannot_discontinue_or_cancel_their_own_posting()
    {
        var post = Published();

        post.MayBeDiscontinuedBy(DualAsSergeant).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.Discontinue(DualAsSergeant, DiscontinueReason.Outdated, null, Now))
            .Message.ShouldBe("Nobody discontinues a posting they wrote or edited: district 012's other sergeant or its commander, or News Affairs, must do it.");
        post.State.ShouldBe(PostState.Published);

        var queued = Post.Draft(12, "u-dual", "P.O. Dual", Content("Street closure on Ogden until 6 pm."), Now);
        queued.Submit("u-dual", PolicyReview.Clear, false, Now);
        Should.Throw<DomainException>(() => queued.Cancel(DualAsSergeant, DiscontinueReason.Outdated, null, Now))
            .Message.ShouldBe("Nobody discontinues a posting they wrote or edited: district 012's other sergeant or its commander, or News Affairs, must do it.");
        queued.State.ShouldBe(PostState.Queued);

        post.MayBeDiscontinuedBy(OtherSergeant).ShouldBeTrue();
        post.Discontinue(NewsAffairs, DiscontinueReason.Outdated, null, Now);
        post.State.ShouldBe(PostState.Discontinuing);
    }

    [Fact]
    public void The_author_holding_the_sergeant_role_cannot_approve_their_own_post_awaiting_the_sergeant()
    {
        var post = Post.Draft(12, "u-dual", "P.O. Dual", Content("Street closure on Ogden until 6 pm."), Now);
        post.Submit("u-dual", PolicyReview.Clear, districtRequiresSergeant: true, Now);

        post.MayBeDecidedBy(DualAsSergeant).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.Approve(DualAsSergeant, null, null, PolicyLists.Defaults, Now))
            .Message.ShouldBe("Nobody approves their own post, nor one whose text they edited: another approver must decide.");
        Should.Throw<DomainException>(() => post.Reject(DualAsSergeant, "No", Now))
            .Message.ShouldBe("Nobody approves their own post, nor one whose text they edited: another approver must decide.");
        post.State.ShouldBe(PostState.AwaitingSergeant);
        post.MayBeDecidedBy(OtherSergeant).ShouldBeTrue();
    }

    [Fact]
    public void An_approver_who_edited_the_text_wrote_it_too_and_neither_reviews_nor_discontinues_it_later()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", Content("Beat meeting Tuesday at the station."), Now);
        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: true, Now);
        post.Approve(OtherSergeant, Content("Two offenders were arrested near the station."), null, PolicyLists.Defaults, Now).ShouldBe(PostState.AwaitingNewsAffairs);
        post.Approve(NewsAffairs, Content("Two offenders were arrested near the district station."), null, PolicyLists.Defaults, Now).ShouldBe(PostState.Queued);
        post.MarkPublished("1860000000000000002", null, post.Text, "CPD12thDist", false, Now);

        post.WasWrittenBy("u-grant").ShouldBeTrue();
        post.WasWrittenBy(OtherSergeant.UserId).ShouldBeTrue();
        post.WasWrittenBy(NewsAffairs.UserId).ShouldBeTrue();
        post.WasWrittenBy(DualAsSergeant.UserId).ShouldBeFalse();
        post.MayBeReviewedBy(OtherSergeant).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.Review(OtherSergeant, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, Now)).Message.ShouldStartWith("Nobody reviews a posting they wrote or edited");
        post.MayBeDiscontinuedBy(NewsAffairs).ShouldBeFalse();
        Should.Throw<DomainException>(() => post.Discontinue(NewsAffairs, DiscontinueReason.Outdated, null, Now)).Message.ShouldStartWith("Nobody discontinues a posting they wrote or edited");

        post.MayBeReviewedBy(DualAsSergeant).ShouldBeTrue();
        post.MayBeDiscontinuedBy(OtherNewsAffairs).ShouldBeTrue();
    }
}
