using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Posts;

/// <summary>Posts made or deleted outside the app (directive V.D.2): how they are recorded and when a deletion may be concluded.</summary>
public sealed class CapturedPostTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PostApprover Sergeant12 = new("u-kowalski", "Sgt. Kowalski", false, 12);

    [Fact]
    public void A_post_made_on_X_is_a_published_posting_of_its_district_made_outside_the_app()
    {
        var post = Post.CapturedFromX(12, "1860000000000000123", "Posted from the phone app.", "CPD12thDist", Now.AddHours(-3), Now);

        post.State.ShouldBe(PostState.Published);
        post.Origin.ShouldBe(PostOrigin.OutsideApp);
        post.MadeOutsideApp.ShouldBeTrue();
        post.District.ShouldBe(12);
        post.AuthorName.ShouldBe("Made outside the app");
        post.Category.ShouldBe(PostCategory.NotClassified);
        post.PublishedAt.ShouldBe(Now.AddHours(-3));
        post.SubmittedAt.ShouldBe(Now.AddHours(-3));
        post.CreatedAt.ShouldBe(Now);
        post.XPostUrl.ShouldBe("https://x.com/CPD12thDist/status/1860000000000000123");
        post.SentText.ShouldBe("Posted from the phone app.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12a4")]
    [InlineData("18600000000000001234")]
    public void Only_an_X_post_id_is_accepted(string id) =>
        Should.Throw<DomainException>(() => Post.CapturedFromX(12, id, "Text", null, Now, Now));

    [Fact]
    public void A_post_from_the_future_or_without_a_district_is_refused()
    {
        Should.Throw<DomainException>(() => Post.CapturedFromX(12, "1", "Text", null, Now.AddHours(1), Now)).Message.ShouldContain("after it was captured");
        Should.Throw<DomainException>(() => Post.CapturedFromX(0, "1", "Text", null, Now, Now));
        Should.Throw<DomainException>(() => Post.CapturedFromX(12, "1", new string('a', PostContent.TextMaxLength + 1), null, Now, Now));
    }

    [Fact]
    public void A_captured_post_is_reviewed_and_discontinued_like_any_posting()
    {
        var post = Post.CapturedFromX(12, "1860000000000000124", "Posted from the phone app.", null, Now.AddHours(-3), Now);

        post.MayBeReviewedBy(Sergeant12).ShouldBeTrue();
        post.MayBeDiscontinuedBy(Sergeant12).ShouldBeTrue();
        post.Discontinue(Sergeant12, DiscontinueReason.Other, "Not authorised", Now);
        post.State.ShouldBe(PostState.Discontinuing);
    }

    [Fact]
    public void The_categories_offered_to_writers_do_not_include_not_classified()
    {
        PostCategories.All.ShouldNotContain(PostCategory.NotClassified);
        PostCategories.IsDefined(PostCategory.NotClassified).ShouldBeFalse();
        PostCategory.NotClassified.DisplayName().ShouldBe("Not classified");
    }

    [Fact]
    public void A_live_app_posting_is_marked_deleted_outside_the_app_once_keeping_its_content()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Street closure on Ogden.", null, false, null), Now.AddDays(-1));
        post.Submit("u-grant", PolicyReview.Clear, false, Now.AddDays(-1));
        post.MarkPublished("1860000000000000001", null, post.Text, "CPD12thDist", false, Now.AddDays(-1));

        post.MarkDeletedOutsideApp(Now).ShouldBeTrue();
        post.MarkDeletedOutsideApp(Now.AddDays(1)).ShouldBeFalse();

        post.DeletedOutsideAppAt.ShouldBe(Now);
        post.State.ShouldBe(PostState.Published);
        post.Text.ShouldBe("Street closure on Ogden.");
    }

    [Fact]
    public void A_sandbox_or_discontinued_posting_is_never_marked_deleted_outside_the_app()
    {
        var sandbox = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Sandbox.", null, false, null), Now);
        sandbox.Submit("u-grant", PolicyReview.Clear, false, Now);
        sandbox.MarkPublished("sandbox-1", null, sandbox.Text, "sandbox", true, Now);
        sandbox.MarkDeletedOutsideApp(Now).ShouldBeFalse();

        var discontinued = Post.CapturedFromX(12, "5", "Gone", null, Now, Now);
        discontinued.Discontinue(Sergeant12, DiscontinueReason.Other, "x", Now);
        discontinued.MarkDeletedOutsideApp(Now).ShouldBeFalse();
    }

    [Fact]
    public void A_read_cut_short_proves_nothing()
    {
        TimelineCoverage.Of(reachedEnd: false, 40, Now.AddDays(-30), Now.AddDays(-2), Now).ShouldBeNull();
    }

    [Fact]
    public void A_complete_read_covers_its_window_less_a_margin_at_both_ends()
    {
        var coverage = TimelineCoverage.Of(reachedEnd: true, 40, Now.AddDays(-30), Now.AddDays(-2), Now).ShouldNotBeNull();

        coverage.Covers(Now.AddDays(-29)).ShouldBeTrue();
        coverage.Covers(Now.AddDays(-30)).ShouldBeFalse();
        coverage.Covers(Now.AddMinutes(-1)).ShouldBeFalse();
        coverage.Covers(Now.AddMinutes(-10)).ShouldBeTrue();
    }

    [Fact]
    public void A_read_of_X_s_3200_posts_covers_only_back_to_the_oldest_it_got()
    {
        var coverage = TimelineCoverage.Of(reachedEnd: true, TimelineCoverage.TimelineCap, Now.AddDays(-30), Now.AddDays(-2), Now).ShouldNotBeNull();

        coverage.Covers(Now.AddDays(-3)).ShouldBeFalse();
        coverage.Covers(Now.AddDays(-1)).ShouldBeTrue();
    }
}
