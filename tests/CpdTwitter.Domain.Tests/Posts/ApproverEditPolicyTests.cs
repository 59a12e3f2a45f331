using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>Issue #11, finding 1: an approver's edit goes through the post policy like the author's draft.</summary>
public sealed class ApproverEditPolicyTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);
    private static readonly PostApprover NewsAffairs = new("u-bell", "Dana Bell", IsNewsAffairs: true, SupervisesDistrict: null);
    private const string Routine = "Beat meeting Tuesday 6:30 pm at the district station. All welcome.";
    private const string Rewritten = "Arrest made at the beat meeting! Buy now: https://shop.example.com/tickets";

    private static PostContent Content(string text, string? justification = null) => new(PostCategory.BeatMeeting, text, null, MarkedNotable: false, justification);

    private static Post AwaitingSergeant()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", Content(Routine), Now);
        post.Submit("u-grant", PostPolicy.Review(Routine, false, 12, PolicyLists.Defaults), districtRequiresSergeant: true, Now);
        post.State.ShouldBe(PostState.AwaitingSergeant);
        return post;
    }

    [Fact]
    public void A_sergeants_edit_that_makes_the_post_notable_sends_it_to_News_Affairs_with_the_reasons_instead_of_approving_it()
    {
        var post = AwaitingSergeant();

        var state = post.Approve(Sergeant12, Content(Rewritten), "The owner asked us to share it.", PolicyLists.Defaults, Now.AddMinutes(5));

        state.ShouldBe(PostState.AwaitingNewsAffairs);
        post.State.ShouldBe(PostState.AwaitingNewsAffairs);
        post.ApprovedAt.ShouldBeNull();
        post.ApprovedText.ShouldBeNull();
        post.ReleasedAt.ShouldBeNull();
        post.RoutingReasonList.ShouldBe(
        [
            "It mentions “Arrest”, which may concern a notable incident.",
            "It links to shop.example.com, which is not on News Affairs' list of allowed sites.",
            "It uses the promotional wording “Buy now”.",
        ]);
        var edit = post.Revisions[^1];
        (edit.Kind, edit.EditedBy, edit.Text, edit.Justification).ShouldBe((RevisionKind.ApproverEdit, "u-kowalski", Rewritten, "The owner asked us to share it."));
        var decision = post.Decisions.ShouldHaveSingleItem();
        (decision.Kind, decision.DecidedBy, decision.Comment).ShouldBe((DecisionKind.SentToNewsAffairs, "u-kowalski", "The owner asked us to share it."));
        post.MayBeDecidedBy(Sergeant12).ShouldBeFalse();
        post.MayBeDecidedBy(NewsAffairs).ShouldBeTrue();

        post.Approve(NewsAffairs, null, null, PolicyLists.Defaults, Now.AddMinutes(10)).ShouldBe(PostState.Queued);
        post.ApprovedText.ShouldBe(Rewritten);
    }

    [Fact]
    public void A_sergeants_edit_that_only_mentions_an_arrest_needs_no_comment_and_goes_to_News_Affairs()
    {
        var post = AwaitingSergeant();

        post.Approve(Sergeant12, Content("Two offenders were arrested after the beat meeting."), null, PolicyLists.Defaults, Now).ShouldBe(PostState.AwaitingNewsAffairs);

        post.RoutingReasonList.ShouldBe(["It mentions “arrested”, which may concern a notable incident."]);
        post.Justification.ShouldBeNull();
    }

    [Fact]
    public void A_sergeants_edit_with_a_link_or_promotional_wording_needs_a_reason_in_the_comment_and_nothing_changes_without_one()
    {
        var post = AwaitingSergeant();

        var refused = Should.Throw<DomainException>(() => post.Approve(Sergeant12, Content(Rewritten), " ", PolicyLists.Defaults, Now));

        refused.Field.ShouldBe("Comment");
        refused.Message.ShouldBe("The text links off the allowed sites or uses promotional wording: say in the comment why it is needed. News Affairs reads it before deciding.");
        post.State.ShouldBe(PostState.AwaitingSergeant);
        post.RevisionNumber.ShouldBe(1);
        post.Text.ShouldBe(Routine);
        post.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void A_sergeants_edit_that_stays_routine_is_approved_and_queued()
    {
        var post = AwaitingSergeant();

        post.Approve(Sergeant12, Content("Beat meeting Wednesday 6:30 pm at the district station. All welcome."), null, PolicyLists.Defaults, Now).ShouldBe(PostState.Queued);

        post.ApprovedText.ShouldBe("Beat meeting Wednesday 6:30 pm at the district station. All welcome.");
        post.Decisions.ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.Approved);
    }

    [Fact]
    public void A_sergeants_approval_without_an_edit_still_goes_to_News_Affairs_when_the_lists_changed_since_it_was_submitted()
    {
        var post = AwaitingSergeant();
        var lists = PolicyLists.Defaults with { NotableTerms = [.. PolicyLists.Defaults.NotableTerms, "beat meeting"] };

        post.Approve(Sergeant12, null, null, lists, Now).ShouldBe(PostState.AwaitingNewsAffairs);

        post.RoutingReasonList.ShouldBe(["It mentions “Beat meeting”, which may concern a notable incident."]);
        post.RevisionNumber.ShouldBe(1);
    }

    [Fact]
    public void A_disguised_arrest_in_a_sergeants_edit_is_caught_too()
    {
        var post = AwaitingSergeant();

        post.Approve(Sergeant12, Content("Two offenders were \u0430rr\u200Bested after the beat meeting."), null, PolicyLists.Defaults, Now).ShouldBe(PostState.AwaitingNewsAffairs);

        post.RoutingReasonList.ShouldBe(["It mentions “\u0430rr\u200Bested”, which may concern a notable incident."]);
    }

    [Fact]
    public void News_Affairs_may_edit_a_notable_post_but_not_bring_in_a_link_or_promotional_wording()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", Content("Two offenders were arrested on Taylor St."), Now);
        post.Submit("u-grant", PostPolicy.Review(post.Text, false, 12, PolicyLists.Defaults), false, Now);

        var refused = Should.Throw<DomainException>(() => post.Approve(NewsAffairs, Content("Two offenders were arrested on Taylor St. Buy now at https://shop.example.com"), null, PolicyLists.Defaults, Now));

        refused.Field.ShouldBe(nameof(PostContent.Text));
        refused.Message.ShouldBe("Your edit brings in what the link and advertising rules stop: It links to shop.example.com, which is not on News Affairs' list of allowed sites. It uses the promotional wording “Buy now”. Take it out, or return the post to its author, who must justify it.");
        post.State.ShouldBe(PostState.AwaitingNewsAffairs);
        post.RevisionNumber.ShouldBe(1);

        post.Approve(NewsAffairs, Content("Two offenders were arrested on Taylor St. after a chase."), null, PolicyLists.Defaults, Now).ShouldBe(PostState.Queued);
        post.ApprovedText.ShouldBe("Two offenders were arrested on Taylor St. after a chase.");
    }

    [Fact]
    public void News_Affairs_may_edit_around_a_link_the_author_justified()
    {
        const string text = "Toy drive with our partners: https://example.com/toys";
        var post = Post.Draft(12, "u-grant", "P.O. Grant", Content(text, "Partner charity's sign-up page"), Now);
        post.Submit("u-grant", PostPolicy.Review(text, false, 12, PolicyLists.Defaults), false, Now);

        post.Approve(NewsAffairs, Content("Toy drive this Saturday with our partners: https://example.com/toys"), null, PolicyLists.Defaults, Now).ShouldBe(PostState.Queued);

        post.Justification.ShouldBe("Partner charity's sign-up page");
    }
}
