using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Inquiries;

public sealed class PressContactTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Actor NewsGray = new("u-news-2", "News Gray", [Roles.NewsAffairs], null);

    [Theory]
    [InlineData("@JReporter", "JReporter")]
    [InlineData("  jreporter ", "jreporter")]
    [InlineData("J_Reporter_99", "J_Reporter_99")]
    public void A_handle_is_kept_as_typed_without_the_at_and_keyed_in_lower_case(string typed, string kept)
    {
        var contact = PressContact.Add(Members.NewsAffairs, typed, " Jane Reporter ", "Chicago Tribune", Now);

        contact.Handle.ShouldBe(kept);
        contact.HandleKey.ShouldBe(kept.ToLowerInvariant());
        contact.Name.ShouldBe("Jane Reporter");
        contact.AddedByName.ShouldBe("News Bell");
        contact.Active.ShouldBeTrue();
    }

    [Fact]
    public void Differently_typed_handles_share_one_key()
    {
        PressContact.KeyOf("@JReporter").ShouldBe(PressContact.KeyOf(" jreporter"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("@@jane")]
    [InlineData("jane reporter")]
    [InlineData("sixteen_chars_xx")]
    [InlineData("jané")]
    public void A_malformed_handle_is_refused_next_to_the_field(string handle)
    {
        var refused = Should.Throw<DomainException>(() => PressContact.Add(Members.NewsAffairs, handle, "Jane", "Tribune", Now));

        refused.Field.ShouldBe("Handle");
        refused.Message.ShouldContain("1 to 15 letters");
    }

    [Fact]
    public void Name_and_outlet_are_required_and_limited_with_messages_that_name_them()
    {
        Should.Throw<DomainException>(() => PressContact.Add(Members.NewsAffairs, "jane", " ", "Tribune", Now)).Message.ShouldBe("Enter the reporter's name.");
        var tooLong = Should.Throw<DomainException>(() => PressContact.Add(Members.NewsAffairs, "jane", "Jane", new string('x', PressContact.OutletMaxLength + 1), Now));
        tooLong.Field.ShouldBe("Outlet");
        tooLong.Message.ShouldStartWith("The outlet is too long");
    }

    [Fact]
    public void Only_News_Affairs_keeps_the_list()
    {
        Should.Throw<DomainException>(() => PressContact.Add(Members.Commander(12), "jane", "Jane", "Tribune", Now));
        var contact = PressContact.Add(Members.NewsAffairs, "jane", "Jane", "Tribune", Now);
        Should.Throw<DomainException>(() => contact.Remove(Members.Isd, Now));
    }

    [Fact]
    public void Removing_keeps_the_entry_with_who_and_when_and_cannot_happen_twice()
    {
        var contact = PressContact.Add(Members.NewsAffairs, "jane", "Jane", "Tribune", Now);

        contact.Remove(NewsGray, Now.AddDays(1));

        contact.Active.ShouldBeFalse();
        contact.RemovedAt.ShouldBe(Now.AddDays(1));
        contact.RemovedByName.ShouldBe("News Gray");
        contact.Version.ShouldBe(1);
        Should.Throw<DomainException>(() => contact.Remove(NewsGray, Now.AddDays(2))).Message.ShouldContain("already off");
    }

    [Fact]
    public void A_removed_handle_added_again_is_the_same_entry_active_again()
    {
        var contact = PressContact.Add(Members.NewsAffairs, "jane", "Jane", "Tribune", Now);
        contact.Remove(Members.NewsAffairs, Now.AddDays(1));

        contact.Restore(NewsGray, "@Jane", "Jane Q. Reporter", "Sun-Times", Now.AddDays(2));

        contact.Active.ShouldBeTrue();
        contact.RemovedAt.ShouldBeNull();
        contact.RemovedByName.ShouldBeNull();
        contact.Handle.ShouldBe("Jane");
        contact.Outlet.ShouldBe("Sun-Times");
        contact.AddedByName.ShouldBe("News Gray");
        contact.AddedAt.ShouldBe(Now.AddDays(2));
    }

    [Fact]
    public void An_active_handle_is_not_restored_and_a_restore_checks_its_fields()
    {
        var contact = PressContact.Add(Members.NewsAffairs, "jane", "Jane", "Tribune", Now);
        Should.Throw<DomainException>(() => contact.Restore(NewsGray, "JANE", "Jane", "Tribune", Now)).Field.ShouldBe("Handle");

        contact.Remove(NewsGray, Now);
        Should.Throw<DomainException>(() => contact.Restore(NewsGray, "jane", "", "Tribune", Now)).Field.ShouldBe("Name");
        contact.Active.ShouldBeFalse();
        Should.Throw<ArgumentException>(() => contact.Restore(NewsGray, "someone_else", "Jane", "Tribune", Now));
    }
}
