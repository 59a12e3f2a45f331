using System.Reflection;
using CpdTwitter.Domain.Audit;

namespace CpdTwitter.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 25, 14, 30, 15, DateTimeKind.Utc);

    private static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        var (sequence, hash) = (0L, AuditEvent.GenesisHash);
        for (var i = 0; i < count; i++)
        {
            var e = new AuditEvent(At.AddMinutes(i), "po.grant", "sign-in.succeeded", "User", $"user-{i}", 12, $$"""{"n":{{i}}}""");
            e.Chain(sequence, hash);
            (sequence, hash) = (e.Sequence, e.Hash);
            events.Add(e);
        }

        return events;
    }

    private static void Set(AuditEvent e, string property, object? value) =>
        typeof(AuditEvent).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(e, value);

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var result = AuditChain.Verify(Chain(5));

        result.IsIntact.ShouldBeTrue();
        result.VerifiedCount.ShouldBe(5);
        result.Message.ShouldBe("Audit chain intact: 5 events verified. No signed checkpoints yet.");
    }

    [Fact]
    public void An_empty_chain_verifies()
    {
        AuditChain.Verify([]).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void Each_event_points_at_the_hash_of_the_one_before()
    {
        var events = Chain(3);

        events[0].PreviousHash.ShouldBe(AuditEvent.GenesisHash);
        events[1].PreviousHash.ShouldBe(events[0].Hash);
        events[2].PreviousHash.ShouldBe(events[1].Hash);
        events.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L]);
        events[0].Hash.Length.ShouldBe(64);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_previous_hash_and_the_canonical_event()
    {
        var e = Chain(1)[0];
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(AuditEvent.GenesisHash + "\n" + e.Canonical())));

        e.Hash.ShouldBe(expected);
    }

    [Fact]
    public void Changing_the_details_of_an_event_is_found_at_that_event()
    {
        var events = Chain(4);
        Set(events[2], nameof(AuditEvent.Details), """{"n":99}""");

        var result = AuditChain.Verify(events);

        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(3);
        result.VerifiedCount.ShouldBe(2);
        result.Message.ShouldContain("altered");
    }

    [Theory]
    [InlineData(nameof(AuditEvent.Actor), "someone.else")]
    [InlineData(nameof(AuditEvent.Action), "user.created")]
    [InlineData(nameof(AuditEvent.SubjectId), "user-x")]
    [InlineData(nameof(AuditEvent.District), 11)]
    public void Changing_any_field_breaks_the_chain(string property, object value)
    {
        var events = Chain(3);
        Set(events[1], property, value);

        AuditChain.Verify(events).BrokenAtSequence.ShouldBe(2);
    }

    [Fact]
    public void Changing_the_time_breaks_the_chain()
    {
        var events = Chain(3);
        Set(events[0], nameof(AuditEvent.OccurredAt), At.AddSeconds(1));

        AuditChain.Verify(events).BrokenAtSequence.ShouldBe(1);
    }

    [Fact]
    public void Removing_an_event_in_the_middle_is_found()
    {
        var events = Chain(4);
        events.RemoveAt(1);

        var result = AuditChain.Verify(events);

        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(3);
        result.Message.ShouldContain("missing or out of order");
    }

    [Fact]
    public void Rewriting_an_event_and_its_own_hash_is_still_found_at_the_next_event()
    {
        var events = Chain(3);
        Set(events[1], nameof(AuditEvent.Details), """{"n":42}""");
        Set(events[1], nameof(AuditEvent.Hash), events[1].ComputeHash());

        AuditChain.Verify(events).BrokenAtSequence.ShouldBe(3);
    }

    [Fact]
    public void A_value_cannot_forge_another_event_by_containing_separators()
    {
        var a = new AuditEvent(At, "a", "x", "User", "1\nactor=1:b", null, "{}");
        var b = new AuditEvent(At, "a", "x", "User", "1", null, "{}");

        a.Canonical().ShouldNotBe(b.Canonical());
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_so_a_database_round_trip_keeps_the_hash()
    {
        var e = new AuditEvent(At.AddTicks(7), "a", "x", "User", null, null, "{}");

        e.OccurredAt.ShouldBe(At);
    }

    [Fact]
    public void A_local_time_is_refused()
    {
        Should.Throw<DomainException>(() => new AuditEvent(DateTime.Now, "a", "x", "User", null, null, "{}")).Message.ShouldBe("Audit times are recorded in UTC.");
    }

    [Fact]
    public void An_event_is_sealed_only_once()
    {
        var e = Chain(1)[0];

        Should.Throw<DomainException>(() => e.Chain(5, AuditEvent.GenesisHash)).Message.ShouldBe("This audit event is already sealed into the chain.");
    }
}
