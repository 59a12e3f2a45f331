using CpdTwitter.Domain.Responses;

namespace CpdTwitter.Domain.Tests.Responses;

public sealed class MentionAddresseeTests
{
    [Fact]
    public void An_at_mention_of_the_account_id_addresses_it() =>
        MentionAddressee.Addresses("1234", "CPD12thDist", ["999", "1234"], [], []).ShouldBeTrue();

    [Fact]
    public void An_at_mention_of_the_handle_in_any_case_addresses_it() =>
        MentionAddressee.Addresses("1234", "CPD12thDist", [], ["cpd12THDIST"], []).ShouldBeTrue();

    [Fact]
    public void Quoting_a_post_of_the_account_addresses_it() =>
        MentionAddressee.Addresses("1234", "CPD12thDist", [], [], ["1234"]).ShouldBeTrue();

    [Fact]
    public void A_post_in_the_conversation_that_names_only_others_does_not() =>
        MentionAddressee.Addresses("1234", "CPD12thDist", ["555"], ["SomeoneElse"], ["777"]).ShouldBeFalse();

    [Fact]
    public void Nothing_at_all_does_not() =>
        MentionAddressee.Addresses("1234", null, null, null, null).ShouldBeFalse();
}
