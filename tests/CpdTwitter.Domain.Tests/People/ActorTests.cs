using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Tests.People;

public sealed class ActorTests
{
    [Fact]
    public void A_district_member_sees_only_their_district()
    {
        var sergeant = Members.Sergeant(12);

        sergeant.Scope.ShouldBe(DistrictScope.Of(12));
        sergeant.Scope.Includes(12).ShouldBeTrue();
        sergeant.Scope.Includes(11).ShouldBeFalse();
        sergeant.SupervisesDistrict(12).ShouldBeTrue();
        sergeant.SupervisesDistrict(11).ShouldBeFalse();
        sergeant.IsCommanderOf(12).ShouldBeFalse();
    }

    [Fact]
    public void News_Affairs_and_ISD_see_every_district()
    {
        Members.NewsAffairs.Scope.ShouldBe(DistrictScope.Department);
        Members.Isd.Scope.Includes(25).ShouldBeTrue();
        Members.Isd.IsDepartmentWide.ShouldBeTrue();
    }

    [Fact]
    public void A_member_without_a_district_role_sees_nothing_even_with_a_district_on_the_account()
    {
        var stray = new Actor("u-x", "X", [], 12);

        stray.District.ShouldBeNull();
        stray.Scope.ShouldBe(DistrictScope.None);
        stray.Scope.Includes(12).ShouldBeFalse();
    }

    [Fact]
    public void Unknown_roles_are_ignored_and_a_blank_name_falls_back_to_the_id()
    {
        var actor = new Actor("u-y", " ", ["Superuser", Roles.Representative], 7);

        actor.Roles.ShouldBe([Roles.Representative]);
        actor.Name.ShouldBe("u-y");
    }
}
