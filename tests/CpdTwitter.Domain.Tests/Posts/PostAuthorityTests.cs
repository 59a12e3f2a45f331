using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>Rules that pages used to decide on their own: who settles unknown outcomes, who decides, what is finished, where a refusal belongs.</summary>
public sealed class PostAuthorityTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    private static Post Unknown()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Snow parking ban tonight.", null, false, null), Now);
        post.Submit("u-grant", PolicyReview.Clear, false, Now);
        post.MarkOutcomeUnknown(post.Text, "Timeout", Now);
        return post;
    }

    [Fact]
    public void Only_ISD_settles_an_unknown_outcome()
    {
        foreach (var other in new[] { Members.NewsAffairs, Members.Commander(12), Members.Sergeant(12), Members.Representative(12) })
        {
            var post = Unknown();
            Should.Throw<DomainException>(() => post.RequeueAfterUnknownOutcome(other, Now))
                .Message.ShouldBe("Only ISD settles a post whose outcome on X is unknown: they check the account by hand.");
            Should.Throw<DomainException>(() => post.ResolveAsPublished(other, "1860000000000000001", null, null, Now))
                .Message.ShouldBe("Only ISD settles a post whose outcome on X is unknown: they check the account by hand.");
            post.State.ShouldBe(PostState.OutcomeUnknown);
        }

        var found = Unknown();
        found.ResolveAsPublished(Members.Isd, "1860000000000000001", "https://x.com/CPD12/status/1860000000000000001", "CPD12", Now);
        found.State.ShouldBe(PostState.Published);
        found.XPostId.ShouldBe("1860000000000000001");
        found.SentText.ShouldBe("Snow parking ban tonight.");
    }

    [Fact]
    public void A_queued_post_cannot_be_resolved_as_published_by_hand()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Snow parking ban tonight.", null, false, null), Now);
        post.Submit("u-grant", PolicyReview.Clear, false, Now);

        Should.Throw<DomainException>(() => post.ResolveAsPublished(Members.Isd, "1", null, null, Now))
            .Message.ShouldBe("Cannot record as published: the post is queued.");
    }

    [Fact]
    public void Who_may_decide_follows_where_the_post_was_routed_and_never_its_author()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Arrest made in the Halsted burglaries.", null, true, null), Now);
        post.Submit("u-grant", new PolicyReview(["Marked notable."], [], []), false, Now);

        post.MayBeDecidedBy(PostApprover.From(Members.NewsAffairs)!).ShouldBeTrue();
        post.MayBeDecidedBy(PostApprover.From(Members.Sergeant(12))!).ShouldBeFalse();
        post.MayBeDiscontinuedBy(PostApprover.From(Members.Sergeant(12))!).ShouldBeTrue();
        post.MayBeDiscontinuedBy(PostApprover.From(Members.Commander(11))!).ShouldBeFalse();
        post.MayBeDecidedBy(new PostApprover("u-grant", "P.O. Grant", IsNewsAffairs: true, SupervisesDistrict: null)).ShouldBeFalse();
        PostApprover.From(Members.Representative(12)).ShouldBeNull();
        PostApprover.From(Members.Isd).ShouldBeNull();
    }

    [Fact]
    public void A_missing_justification_is_refused_at_its_field()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityEvent, "Tickets at example.com", null, false, null), Now);

        var refused = Should.Throw<DomainException>(() => post.Submit("u-grant", new PolicyReview([], ["A link to example.com."], []), false, Now));

        refused.Field.ShouldBe(nameof(PostContent.Justification));
        refused.Message.ShouldBe("Explain why the link or promotional wording is needed; News Affairs reads it before approving.");
    }

    [Fact]
    public void Text_far_over_any_limit_is_refused_at_its_field_before_it_is_stored()
    {
        var refused = Should.Throw<DomainException>(() =>
            Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, new string('a', PostContent.TextMaxLength + 1), null, false, null), Now));

        refused.Field.ShouldBe(nameof(PostContent.Text));
        refused.Message.ShouldBe("That is far more than X allows; shorten it.");
    }

    [Theory]
    [InlineData(PostState.Draft, false)]
    [InlineData(PostState.AwaitingNewsAffairs, false)]
    [InlineData(PostState.AwaitingSergeant, false)]
    [InlineData(PostState.Queued, false)]
    [InlineData(PostState.Failed, false)]
    [InlineData(PostState.OutcomeUnknown, false)]
    [InlineData(PostState.Published, true)]
    [InlineData(PostState.Reviewed, true)]
    [InlineData(PostState.Rejected, true)]
    [InlineData(PostState.Discontinuing, true)]
    [InlineData(PostState.Discontinued, true)]
    [InlineData(PostState.Cancelled, true)]
    public void A_post_is_finished_when_nothing_is_left_for_its_author(PostState state, bool finished)
    {
        state.IsFinished().ShouldBe(finished);
        PostStates.Finished.Contains(state).ShouldBe(finished);
    }

    [Fact]
    public void Every_state_is_either_finished_or_not_and_the_list_has_no_duplicates()
    {
        PostStates.Finished.Distinct().Count().ShouldBe(PostStates.Finished.Count);
        Enum.GetValues<PostState>().Length.ShouldBe(12, "a new state must be placed in or out of PostStates.Finished");
    }
}
