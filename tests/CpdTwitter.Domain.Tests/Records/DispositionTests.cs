using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Records;

public sealed class DispositionTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Actor SecondIsd = new("u-isd-2", "ISD Okafor", [Roles.IsdAdministrator], null);
    private static readonly HeldRecord Old = new(Guid.NewGuid(), 12, "u-grant", new DateTime(2020, 3, 2, 15, 0, 0, DateTimeKind.Utc));

    private static RetentionSchedule Schedule(int months = 24)
    {
        var schedule = new RetentionSchedule(RecordSeries.Postings);
        schedule.Set(months, "CPD 21-07.3", Members.Isd, Now);
        return schedule;
    }

    private static Disposition Proposed(params HeldRecord[] records) =>
        Disposition.Propose(Schedule(), null, Now.AddMonths(-24), "LRC-2026-0412", records.Length == 0 ? [Old] : records, [], Members.Isd, Now);

    private static string Hash(char c) => new(c, 64);

    [Fact]
    public void A_different_ISD_member_approves_and_each_tombstone_takes_its_hash()
    {
        var disposition = Proposed();

        disposition.Approve([], new Dictionary<Guid, string> { [Old.Id] = Hash('a') }, SecondIsd, Now);

        disposition.State.ShouldBe(DispositionState.Approved);
        disposition.DecidedByName.ShouldBe("ISD Okafor");
        var tombstone = disposition.Records.ShouldHaveSingleItem();
        tombstone.RecordId.ShouldBe(Old.Id);
        tombstone.ContentSha256.ShouldBe(Hash('a'));
        tombstone.DisposedAt.ShouldBe(Now);
    }

    [Fact]
    public void The_proposer_cannot_approve_their_own_disposition()
    {
        var disposition = Proposed();

        disposition.MayBeApprovedBy(Members.Isd).ShouldBeFalse();
        disposition.MayBeApprovedBy(SecondIsd).ShouldBeTrue();
        Should.Throw<DomainException>(() => disposition.Approve([], new Dictionary<Guid, string> { [Old.Id] = Hash('a') }, Members.Isd, Now))
            .Message.ShouldContain("two people");
        disposition.State.ShouldBe(DispositionState.Proposed);
    }

    [Fact]
    public void Only_ISD_proposes_or_approves()
    {
        Should.Throw<DomainException>(() => Disposition.Propose(Schedule(), null, Now.AddMonths(-24), "C-1", [Old], [], Members.NewsAffairs, Now));
        Should.Throw<DomainException>(() => Proposed().Approve([], new Dictionary<Guid, string> { [Old.Id] = Hash('a') }, Members.NewsAffairs, Now));
    }

    [Fact]
    public void A_hold_blocks_the_proposal_and_a_hold_placed_after_it_blocks_the_approval()
    {
        var hold = LegalHold.Place(12, null, null, null, null, "Litigation", Members.Isd, Now).Scope;
        Should.Throw<DomainException>(() => Disposition.Propose(Schedule(), null, Now.AddMonths(-24), "C-1", [Old], [hold], Members.Isd, Now))
            .Message.ShouldContain("under a legal hold");

        var disposition = Proposed();
        Should.Throw<DomainException>(() => disposition.Approve([hold], new Dictionary<Guid, string> { [Old.Id] = Hash('a') }, SecondIsd, Now))
            .Message.ShouldContain("1 record is under a legal hold");
        disposition.State.ShouldBe(DispositionState.Proposed);
        disposition.Records.ShouldHaveSingleItem().ContentSha256.ShouldBeNull();
    }

    [Fact]
    public void A_proposal_needs_a_certificate_a_schedule_a_cutoff_within_retention_and_records()
    {
        Should.Throw<DomainException>(() => Disposition.Propose(Schedule(), null, Now.AddMonths(-24), " ", [Old], [], Members.Isd, Now)).Field.ShouldBe(nameof(Disposition.Certificate));
        Should.Throw<DomainException>(() => Disposition.Propose(new RetentionSchedule(RecordSeries.Postings), null, Now.AddMonths(-24), "C-1", [Old], [], Members.Isd, Now)).Message.ShouldContain("retention period");
        Should.Throw<DomainException>(() => Disposition.Propose(Schedule(), null, Now.AddMonths(-23), "C-1", [Old], [], Members.Isd, Now)).Field.ShouldBe("Cutoff");
        Should.Throw<DomainException>(() => Disposition.Propose(Schedule(), null, Now.AddMonths(-24), "C-1", [], [], Members.Isd, Now)).Message.ShouldContain("No records");
    }

    [Fact]
    public void The_audit_trail_is_never_disposed_of_by_the_app()
    {
        var audit = new RetentionSchedule(RecordSeries.AuditTrail);
        audit.Set(120, "CPD 1-1", Members.Isd, Now);

        audit.EligibleIfLastChangedBefore(Now).ShouldBeNull();
        Should.Throw<DomainException>(() => Disposition.Propose(audit, null, Now.AddYears(-20), "C-1", [Old], [], Members.Isd, Now)).Message.ShouldContain("not disposed of by the app");
    }

    [Fact]
    public void A_withdrawn_disposition_cannot_be_approved()
    {
        var disposition = Proposed();
        disposition.Withdraw("Wrong certificate", SecondIsd, Now);

        Should.Throw<DomainException>(() => disposition.Approve([], new Dictionary<Guid, string> { [Old.Id] = Hash('a') }, SecondIsd, Now)).Message.ShouldContain("already decided");
    }

    [Fact]
    public void The_content_hash_is_the_SHA256_of_the_canonical_JSON_and_changes_with_the_content()
    {
        ContentHash.Sha256Hex("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        ContentHash.Of(new { Text = "a" }).ShouldBe(ContentHash.Sha256Hex("{\"text\":\"a\"}"));
        ContentHash.Of(new { Text = "a" }).ShouldNotBe(ContentHash.Of(new { Text = "b" }));
    }

    [Fact]
    public void Purging_a_finished_posting_clears_its_content_everywhere_and_keeps_the_facts()
    {
        var post = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Street closure on Ogden until 6 pm.", null, false, null), Now);
        post.Submit("u-grant", PolicyReview.Clear, false, Now);
        post.MarkPublished("1860000000000000001", null, post.Text, "CPD12thDist", false, Now);
        post.Review(new PostApprover("u-sgt", "Sgt. K", false, 12), ReviewOutcome.Reviewed, ReviewChecklist.Complete, "Good", Now);
        var before = ContentHash.Of(post.ContentForHash());

        post.Purge("LRC-2026-0412", Now);

        post.IsDisposed.ShouldBeTrue();
        post.DisposalCertificate.ShouldBe("LRC-2026-0412");
        post.Text.ShouldBe("Disposed under certificate LRC-2026-0412.");
        post.SentText.ShouldBeNull();
        post.Revisions.ShouldAllBe(r => r.Text == post.Text && r.Images.Count == 0 && r.Justification == null);
        post.Reviews.ShouldAllBe(r => r.Note == null);
        post.XPostId.ShouldBe("1860000000000000001");
        post.AuthorName.ShouldBe("P.O. Grant");
        ContentHash.Of(post.ContentForHash()).ShouldNotBe(before);
        Should.Throw<DomainException>(() => post.Purge("again", Now));
    }

    [Fact]
    public void A_posting_still_in_progress_is_not_purged()
    {
        var draft = Post.Draft(12, "u-grant", "P.O. Grant", new PostContent(PostCategory.CommunityAlert, "Draft", null, false, null), Now);

        Should.Throw<DomainException>(() => draft.Purge("C-1", Now)).Message.ShouldContain("in progress");
    }
}
