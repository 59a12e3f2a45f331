using CpdTwitter.Domain.Media;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Domain.Tests.Media;

public sealed class PostImageRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly PolicyReview Clear = new([], [], []);

    private static PostImage Photo(int n, string alt = "A crowd at the beat meeting", long length = 200_000, ImageKind kind = ImageKind.Jpeg) =>
        new(new string((char)('a' + n), 64), kind, length, 1200, 800, alt);

    private static PostContent Content(params PostImage[] images) =>
        new(PostCategory.BeatMeeting, "Beat meeting Tuesday 6:30 pm.", null, MarkedNotable: false, null, Images: images);

    private static Post Draft(params PostImage[] images) => Post.Draft(12, "u-grant", "P.O. Grant", Content(images), Now);

    [Fact]
    public void Four_photos_are_accepted_and_a_fifth_is_refused()
    {
        Draft(Photo(0), Photo(1), Photo(2), Photo(3)).Images.Count.ShouldBe(4);

        Should.Throw<DomainException>(() => Draft(Photo(0), Photo(1), Photo(2), Photo(3), Photo(4)))
            .Message.ShouldContain("at most 4 images");
    }

    [Fact]
    public void A_gif_goes_alone()
    {
        Draft(Photo(0, kind: ImageKind.Gif, length: 12_000_000)).Images.ShouldHaveSingleItem();

        Should.Throw<DomainException>(() => Draft(Photo(0, kind: ImageKind.Gif), Photo(1)))
            .Message.ShouldContain("GIF goes alone");
    }

    [Theory]
    [InlineData(ImageKind.Jpeg, 5L * 1024 * 1024, true)]
    [InlineData(ImageKind.Png, 5L * 1024 * 1024 + 1, false)]
    [InlineData(ImageKind.Webp, 6L * 1024 * 1024, false)]
    [InlineData(ImageKind.Gif, 15L * 1024 * 1024, true)]
    [InlineData(ImageKind.Gif, 15L * 1024 * 1024 + 1, false)]
    public void Sizes_follow_the_kind(ImageKind kind, long length, bool accepted)
    {
        (PostImages.RefuseSize(kind, length) is null).ShouldBe(accepted);
        if (!accepted)
        {
            Should.Throw<DomainException>(() => Draft(Photo(0, kind: kind, length: length))).Field.ShouldBe("Images[0].AltText");
        }
    }

    [Fact]
    public void Alt_text_over_a_thousand_characters_is_refused_by_the_image()
    {
        Draft(Photo(0, alt: new string('x', 1000))).Images[0].AltText.Length.ShouldBe(1000);

        var refused = Should.Throw<DomainException>(() => Draft(Photo(0), Photo(1, alt: new string('x', 1001))));
        refused.Field.ShouldBe("Images[1].AltText");
    }

    [Fact]
    public void A_draft_may_lack_alt_text_but_it_is_not_submitted_without_it()
    {
        var post = Draft(Photo(0), Photo(1, alt: "   "));

        var refused = Should.Throw<DomainException>(() => post.Submit("u-grant", Clear, districtRequiresSergeant: false, Now));

        refused.Field.ShouldBe("Images[1].AltText");
        refused.Message.ShouldContain("Describe image 2");
        post.State.ShouldBe(PostState.Draft);
        PostImages.MissingAltText(post.Images).Select(m => m.Field).ShouldBe(["Images[1].AltText"]);
    }

    [Fact]
    public void Changing_an_image_or_its_alt_text_is_a_new_revision_and_the_old_revision_keeps_its_own()
    {
        var post = Draft(Photo(0, alt: "First words"));

        post.Revise("u-grant", "P.O. Grant", Content(Photo(0, alt: "First words")), Now).ShouldBeFalse();
        post.Revise("u-grant", "P.O. Grant", Content(Photo(0, alt: "Better words")), Now).ShouldBeTrue();
        post.Revise("u-grant", "P.O. Grant", Content(Photo(0, alt: "Better words"), Photo(1)), Now).ShouldBeTrue();
        post.Revise("u-grant", "P.O. Grant", Content(), Now).ShouldBeTrue();

        post.Revisions.Select(r => r.Images.Count).ShouldBe([1, 1, 2, 0]);
        post.Revisions[0].Images[0].AltText.ShouldBe("First words");
        post.Revisions[1].Images[0].AltText.ShouldBe("Better words");
    }

    [Fact]
    public void An_approval_covers_the_images_of_the_approved_revision_and_an_approvers_text_edit_keeps_them()
    {
        var post = Draft(Photo(0), Photo(1));
        post.Submit("u-grant", new PolicyReview(["Marked notable."], [], []), districtRequiresSergeant: false, Now);

        var edit = new PostContent(PostCategory.BeatMeeting, "Beat meeting Tuesday 6:30 pm, room 2.", null, false, null);
        post.Approve(new PostApprover("u-bell", "Dana Bell", true, null), edit, null, PolicyLists.Defaults, Now);

        post.State.ShouldBe(PostState.Queued);
        post.Images.Count.ShouldBe(2);
        post.Revisions.Single(r => r.Number == post.ApprovedRevision).Images.ShouldBe(post.Images);
    }

    [Fact]
    public void Alt_text_is_trimmed_with_lf_line_breaks()
    {
        Draft(Photo(0, alt: "  Line one\r\nLine two  ")).Images[0].AltText.ShouldBe("Line one\nLine two");
    }

    [Fact]
    public void The_same_image_twice_and_names_that_are_not_hashes_are_refused()
    {
        Should.Throw<DomainException>(() => Draft(Photo(0), Photo(0))).Message.ShouldContain("attached twice");
        Should.Throw<DomainException>(() => Draft(Photo(0) with { Sha256 = "../../etc/passwd" })).Message.ShouldContain("attach it again");
    }
}
