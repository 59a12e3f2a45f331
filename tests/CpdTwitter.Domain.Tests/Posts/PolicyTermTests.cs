using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Tests.People;

namespace CpdTwitter.Domain.Tests.Posts;

public sealed class PolicyTermTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_term_keeps_who_added_it_by_account_id_and_name()
    {
        var term = new PolicyTerm(PolicyListKind.AllowedDomain, "https://www.Chicago.gov/", Members.NewsAffairs, Now);

        term.Value.ShouldBe("www.chicago.gov");
        (term.AddedById, term.AddedByName).ShouldBe(("u-news", "News Bell"));
    }

    [Fact]
    public void Only_News_Affairs_keeps_the_policy_lists()
    {
        Should.Throw<DomainException>(() => new PolicyTerm(PolicyListKind.NotableTerm, "shooting", Members.Isd, Now))
            .Message.ShouldBe("Only the Office of News Affairs keeps the policy lists.");
        Should.Throw<DomainException>(() => new PolicyTerm(PolicyListKind.NotableTerm, "shooting", Members.Commander(12), Now))
            .Message.ShouldBe("Only the Office of News Affairs keeps the policy lists.");
        Should.Throw<DomainException>(() => PolicyTerm.RequireKeeper(Members.Sergeant(12)))
            .Message.ShouldBe("Only the Office of News Affairs keeps the policy lists.");
        Should.NotThrow(() => PolicyTerm.RequireKeeper(Members.NewsAffairs));
    }
}
