using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Domain.Tests.Responses;

/// <summary>Starting a response to a mention (issue 16): who may, to which mentions, and that it is a posting like any other.</summary>
public sealed class ResponseDraftingTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Grant = new("u-grant", "P.O. Grant", [Roles.Representative], 12);
    private static readonly Actor Reyes = new("u-reyes", "P.O. Reyes", [Roles.Representative], 11);
    private static readonly Actor Kowalski = new("u-kowalski", "Sgt. Kowalski", [Roles.CommunityPolicingSergeant], 12);
    private static readonly Actor Bell = new("u-bell", "Dana Bell", [Roles.NewsAffairs], null);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", IsNewsAffairs: false, SupervisesDistrict: 12);

    private static Mention Mention(int district = 12, bool addresses = true) =>
        Domain.Responses.Mention.Received(district, new XMentionFacts("1860000000000000777", "900001", "neighbor_jo", "Jo Neighbor",
            "@CPD12thDist is the beat meeting still on tonight?", Now.AddMinutes(-30), "1860000000000000777", null, addresses), Now.AddMinutes(-20));

    private static PostContent Answer(PostCategory category = PostCategory.BeatMeeting) =>
        new(category, "Yes, 6:30 pm at the station as planned. See you there!", null, MarkedNotable: false, null, EventDate: new DateOnly(2026, 11, 25));

    [Fact]
    public void A_representative_answers_a_new_mention_of_their_district_as_a_response_to_the_community()
    {
        var mention = Mention();

        var post = Post.DraftResponse(12, Grant, Answer(), mention, Now);

        post.IsResponse.ShouldBeTrue();
        post.InReplyToMentionId.ShouldBe(mention.Id);
        post.InReplyToXPostId.ShouldBe("1860000000000000777");
        post.Category.ShouldBe(PostCategory.CommunityResponse);
        post.EventDate.ShouldBeNull();
        post.State.ShouldBe(PostState.Draft);
        post.RevisionNumber.ShouldBe(1);
        post.AuthorName.ShouldBe("P.O. Grant");
    }

    [Fact]
    public void Another_districts_mention_is_refused()
    {
        Should.Throw<DomainException>(() => Post.DraftResponse(12, Grant, Answer(), Mention(district: 11), Now))
            .Message.ShouldContain("not one of district 012's");
        Should.Throw<DomainException>(() => Post.DraftResponse(11, Reyes, Answer(), Mention(), Now));
    }

    [Fact]
    public void A_post_that_does_not_mention_or_quote_the_account_cannot_be_answered()
    {
        Should.Throw<DomainException>(() => Post.DraftResponse(12, Grant, Answer(), Mention(addresses: false), Now))
            .Message.ShouldContain("only to a post that mentions or quotes it");
    }

    [Fact]
    public void A_possible_media_inquiry_is_answered_only_by_News_Affairs()
    {
        var mention = Mention();
        mention.Flag("Asks for comment.");

        Should.Throw<DomainException>(() => Post.DraftResponse(12, Grant, Answer(), mention, Now)).Message.ShouldContain("only News Affairs");
        Post.DraftResponse(12, Bell, Answer(), mention, Now).IsResponse.ShouldBeTrue();
    }

    [Fact]
    public void Only_representatives_of_the_district_answer_and_only_a_new_mention()
    {
        Should.Throw<DomainException>(() => Post.DraftResponse(12, Kowalski, Answer(), Mention(), Now)).Message.ShouldContain("Only the district's representatives");

        var closed = Mention();
        closed.CloseWithoutResponse(Grant, "Thanks only.", Now);
        Should.Throw<DomainException>(() => Post.DraftResponse(12, Grant, Answer(), closed, Now)).Message.ShouldContain("not waiting for an answer");
    }

    [Fact]
    public void A_response_stays_a_response_and_no_other_post_may_take_that_kind()
    {
        var post = Post.DraftResponse(12, Grant, Answer(), Mention(), Now);

        post.Revise("u-grant", "P.O. Grant", Answer(PostCategory.CrimePreventionTip) with { Text = "Yes, 6:30 pm as planned." }, Now.AddMinutes(1)).ShouldBeTrue();
        post.Category.ShouldBe(PostCategory.CommunityResponse);
        PostCategories.All.ShouldNotContain(PostCategory.CommunityResponse);
        PostCategories.Written.ShouldContain(PostCategory.CommunityResponse);
        Should.Throw<DomainException>(() => Post.Draft(12, "u-grant", "P.O. Grant", Answer(PostCategory.CommunityResponse), Now))
            .Message.ShouldContain("Choose the kind");
    }

    [Fact]
    public void A_response_whose_mention_was_closed_or_answered_meanwhile_cannot_go_on()
    {
        var mention = Mention();
        var post = Post.DraftResponse(12, Grant, Answer(), mention, Now);
        post.RequireStillAnswerable(Grant, mention);

        mention.MarkResponded("u-moreno", "P.O. Moreno", Now.AddMinutes(5));

        Should.Throw<DomainException>(() => post.RequireStillAnswerable(Grant, mention)).Message.ShouldContain("responded");
    }

    [Fact]
    public void Every_rule_of_a_posting_applies_sergeant_approval_review_and_discontinuing()
    {
        var post = Post.DraftResponse(12, Grant, Answer(), Mention(), Now);

        post.Submit("u-grant", PolicyReview.Clear, districtRequiresSergeant: true, Now).ShouldBe(PostState.AwaitingSergeant);
        post.Approve(Sergeant12, null, null, PolicyLists.Defaults, Now.AddMinutes(1)).ShouldBe(PostState.Queued);
        post.MarkPublished("1860000000000000999", null, post.Text, "CPD12thDist", sandbox: false, Now.AddMinutes(2));
        post.Review(Sergeant12, ReviewOutcome.Reviewed, ReviewChecklist.Complete, null, Now.AddHours(1));
        post.Discontinue(Sergeant12, DiscontinueReason.Other, "Answered the wrong question.", Now.AddHours(2));

        post.State.ShouldBe(PostState.Discontinuing);
        post.InReplyToXPostId.ShouldBe("1860000000000000777");
    }

    [Fact]
    public void A_notable_response_goes_to_News_Affairs()
    {
        var post = Post.DraftResponse(12, Grant, Answer() with { MarkedNotable = true }, Mention(), Now);

        post.Submit("u-grant", new PolicyReview(["The author marked it notable."], [], []), districtRequiresSergeant: false, Now).ShouldBe(PostState.AwaitingNewsAffairs);
    }

    [Theory]
    [InlineData(403, "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.", ReplyRefusal.NotAddressed)]
    [InlineData(400, "The post you are replying to (123) has been deleted or is not visible to you.", ReplyRefusal.Gone)]
    public void X_refusing_a_reply_is_said_in_plain_words_with_X_own_words_after(int status, string x, string plain) =>
        ReplyRefusal.Explain(status, x).ShouldBe($"{plain} (X said: {x})");

    [Theory]
    [InlineData(403, "You are not allowed to create a Tweet with duplicate content.")]
    [InlineData(400, "Your media IDs are invalid.")]
    [InlineData(null, null)]
    public void Other_refusals_are_not_explained_as_reply_refusals(int? status, string? x) =>
        ReplyRefusal.Explain(status, x).ShouldBeNull();
}
