using CpdTwitter.Domain.Audit;

namespace CpdTwitter.Domain.Tests.Audit;

/// <summary>
/// The checkpoint rules on their own: the signed text, the log line, when checkpoints are due, and how the walk uses
/// them. Signatures are stood in for by a rule on the signature text; the real ECDSA check is tested in the app.
/// </summary>
public sealed class AuditCheckpointTests
{
    private static readonly DateTime At = new(2026, 11, 25, 16, 30, 15, DateTimeKind.Utc);
    private const string GoodSignature = "signed";

    private static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        var (sequence, hash) = (0L, AuditEvent.GenesisHash);
        for (var i = 0; i < count; i++)
        {
            var e = new AuditEvent(At.AddMinutes(i), "po.grant", "sign-in.succeeded", "User", $"user-{i}", 12, "{}");
            e.Chain(sequence, hash);
            (sequence, hash) = (e.Sequence, e.Hash);
            events.Add(e);
        }

        return events;
    }

    private static AuditCheckpoint CheckpointOf(AuditEvent e, string key = "k1", string signature = GoodSignature) => new(e.Sequence, e.Hash, At, key, signature);

    private static IEnumerable<CheckpointLogLine> Log(params AuditCheckpoint?[] checkpoints) =>
        checkpoints.Select((c, i) => new CheckpointLogLine(i + 1, c));

    private static CheckpointSignature Signature(AuditCheckpoint c) => c.KeyId != "k1"
        ? CheckpointSignature.UnknownKey
        : c.Signature == GoodSignature ? CheckpointSignature.Valid : CheckpointSignature.Invalid;

    [Fact]
    public void The_signed_text_names_every_field_but_the_signature()
    {
        var checkpoint = new AuditCheckpoint(1000, new string('a', 64), At, "0123456789abcdef", "sig");

        checkpoint.SignedText.ShouldBe($"cpdtwitter-audit-checkpoint/1 sequence=1000 hash={new string('a', 64)} at=2026-11-25T16:30:15Z key=0123456789abcdef");
    }

    [Fact]
    public void A_log_line_reads_back_as_the_same_checkpoint()
    {
        var checkpoint = new AuditCheckpoint(1000, new string('b', 64), At, "0123456789abcdef", "c2lnbmF0dXJl");

        var line = checkpoint.ToLogLine();

        line.ShouldNotContain("\n");
        AuditCheckpoint.Parse(line).ShouldBe(checkpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"format":"other","sequence":1,"hash":"aa","at":"2026-11-25T16:30:15Z","keyId":"k","signature":"s"}""")]
    [InlineData("""{"format":"cpdtwitter-audit-checkpoint/1","sequence":0,"hash":"0000000000000000000000000000000000000000000000000000000000000000","at":"2026-11-25T16:30:15Z","keyId":"k","signature":"s"}""")]
    [InlineData("""{"format":"cpdtwitter-audit-checkpoint/1","sequence":5,"hash":"0000000000000000000000000000000000000000000000000000000000000000","at":"yesterday","keyId":"k","signature":"s"}""")]
    public void A_line_that_is_not_a_checkpoint_reads_as_none(string line) => AuditCheckpoint.Parse(line).ShouldBeNull();

    [Fact]
    public void Checkpoint_times_keep_whole_seconds_in_utc()
    {
        AuditCheckpoint.Time(At.AddMilliseconds(750)).ShouldBe(At);
        Should.Throw<DomainException>(() => AuditCheckpoint.Time(DateTime.SpecifyKind(At, DateTimeKind.Local)));
    }

    [Fact]
    public void A_checkpoint_is_due_at_every_boundary_the_log_has_not_reached_even_when_late()
    {
        CheckpointSchedule.Due(0, At, 2_500, At.AddMinutes(1), 1000, TimeSpan.FromHours(1)).ShouldBe([1000L, 2000L]);
        CheckpointSchedule.Due(2000, At, 2_999, At.AddMinutes(1), 1000, TimeSpan.FromHours(1)).ShouldBeEmpty();
        CheckpointSchedule.Due(2000, At, 3_000, At.AddMinutes(1), 1000, TimeSpan.FromHours(1)).ShouldBe([3000L]);
    }

    [Fact]
    public void A_checkpoint_at_the_head_is_due_hourly_only_when_events_happened()
    {
        var hour = TimeSpan.FromHours(1);
        CheckpointSchedule.Due(1000, At, 1_010, At.AddMinutes(59), 1000, hour).ShouldBeEmpty();
        CheckpointSchedule.Due(1000, At, 1_010, At.AddMinutes(60), 1000, hour).ShouldBe([1010L]);
        CheckpointSchedule.Due(1010, At, 1_010, At.AddDays(3), 1000, hour).ShouldBeEmpty();
        CheckpointSchedule.Due(0, null, 7, At, 1000, hour).ShouldBe([7L]);
        CheckpointSchedule.Due(0, null, 0, At, 1000, hour).ShouldBeEmpty();
        CheckpointSchedule.Due(900, At, 2_050, At.AddHours(2), 1000, hour).ShouldBe([1000L, 2000L, 2050L]);
    }

    [Fact]
    public void A_chain_that_runs_through_its_checkpoints_is_intact()
    {
        var events = Chain(12);

        var result = AuditChain.Verify(events, Log(CheckpointOf(events[4]), CheckpointOf(events[11])), Signature);

        result.IsIntact.ShouldBeTrue(result.Message);
        result.CheckpointsMatched.ShouldBe(2);
        result.Message.ShouldBe("Audit chain intact: 12 events verified. 2 signed checkpoints match, the last at event #12.");
    }

    [Fact]
    public void A_rewritten_and_rehashed_chain_differs_from_the_signed_checkpoint()
    {
        var signed = Chain(12);
        var checkpoint = CheckpointOf(signed[9]);
        // The same number of events, each correctly linked, but one with other content: the rewrite the chain alone misses.
        var rewritten = Chain(3);
        var (sequence, hash) = (rewritten[^1].Sequence, rewritten[^1].Hash);
        for (var i = 3; i < 12; i++)
        {
            var e = new AuditEvent(At.AddMinutes(i), i == 3 ? "someone.else" : "po.grant", "sign-in.succeeded", "User", $"user-{i}", 12, "{}");
            e.Chain(sequence, hash);
            (sequence, hash) = (e.Sequence, e.Hash);
            rewritten.Add(e);
        }

        AuditChain.Verify(rewritten).IsIntact.ShouldBeTrue();
        var result = AuditChain.Verify(rewritten, Log(checkpoint), Signature);

        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(10);
        result.Message.ShouldStartWith("Audit chain broken at event #10: its hash differs from the signed checkpoint of 2026-11-25 16:30:15 UTC (line 1 of the checkpoint log)");
    }

    [Fact]
    public void A_checkpoint_beyond_the_end_shows_events_were_removed()
    {
        var events = Chain(12);
        var checkpoint = CheckpointOf(events[11]);

        var result = AuditChain.Verify(events.Take(8), Log(checkpoint), Signature);

        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(12);
        result.Message.ShouldContain("names this event, but the trail ends at event #8: events were removed");
    }

    [Fact]
    public void A_forged_edited_or_unreadable_checkpoint_breaks_the_log()
    {
        var events = Chain(5);

        AuditChain.Verify(events, Log(CheckpointOf(events[2], signature: "forged")), Signature).Message
            .ShouldBe("Checkpoint log broken: the signature of checkpoint #3 (line 1) does not verify: the checkpoint was forged or edited.");
        AuditChain.Verify(events, Log(CheckpointOf(events[1]), CheckpointOf(events[2], key: "k2")), Signature).Message
            .ShouldStartWith("Checkpoint log broken: checkpoint #3 (line 2) is signed with key k2, which is not a trusted key");
        AuditChain.Verify(events, Log(CheckpointOf(events[1]), null), Signature).Message
            .ShouldBe("Checkpoint log broken: line 2 of the checkpoint log is not a checkpoint: the log was edited.");
        AuditChain.Verify(events, Log(CheckpointOf(events[3]), CheckpointOf(events[1])), Signature).Message
            .ShouldContain("comes after checkpoint #4: the log was reordered");
    }
}
