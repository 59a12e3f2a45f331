using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Tests.People;

public sealed class RoleAssignmentTests
{
    [Theory]
    [InlineData(Roles.Representative)]
    [InlineData(Roles.CommunityPolicingSergeant)]
    [InlineData(Roles.Commander)]
    public void District_roles_need_a_district(string role)
    {
        Roles.ValidateAssignment([role], null).ShouldNotBeNull();
        Roles.ValidateAssignment([role], 12).ShouldBeNull();
    }

    [Theory]
    [InlineData(Roles.NewsAffairs)]
    [InlineData(Roles.IsdAdministrator)]
    public void Department_roles_need_no_district(string role)
    {
        Roles.ValidateAssignment([role], null).ShouldBeNull();
    }

    [Fact]
    public void A_district_that_does_not_exist_is_refused()
    {
        Roles.ValidateAssignment([Roles.Commander], 13).ShouldBe("There is no district 13.");
    }

    [Fact]
    public void At_least_one_known_role_is_needed()
    {
        Roles.ValidateAssignment([], null).ShouldNotBeNull();
        Roles.ValidateAssignment(["Superintendent"], null).ShouldNotBeNull();
    }

    [Fact]
    public void The_department_has_22_districts_with_their_names()
    {
        ChicagoDistricts.All.Count.ShouldBe(22);
        ChicagoDistricts.All.Single(d => d.Number == 12).Name.ShouldBe("Near West");
        ChicagoDistricts.All.Single(d => d.Number == 25).Name.ShouldBe("Grand Central");
        ChicagoDistricts.Exists(13).ShouldBeFalse();
    }

    [Fact]
    public void A_district_is_written_with_three_digits()
    {
        new District(1, "Central").DisplayName.ShouldBe("001 Central");
    }
}

public sealed class SeparationOfDutiesTests
{
    [Theory]
    [InlineData(Roles.CommunityPolicingSergeant, "A representative cannot also be a community policing sergeant: the people who write postings are not the people who approve or review them.")]
    [InlineData(Roles.Commander, "A representative cannot also be a district commander: the people who write postings are not the people who approve or review them.")]
    [InlineData(Roles.NewsAffairs, "A representative cannot also be in the Office of News Affairs: the people who write postings are not the people who approve or review them.")]
    public void A_representative_cannot_also_hold_a_supervising_role(string supervising, string message)
    {
        Roles.ValidateAssignment([Roles.Representative, supervising], 12).ShouldBe(message);
        Roles.ValidateAssignment([supervising, Roles.Representative], 12).ShouldBe(message);
    }

    [Fact]
    public void Supervising_roles_together_and_a_representative_with_ISD_are_allowed()
    {
        Roles.ValidateAssignment([Roles.CommunityPolicingSergeant, Roles.Commander], 12).ShouldBeNull();
        Roles.ValidateAssignment([Roles.Representative, Roles.IsdAdministrator], 12).ShouldBeNull();
    }
}
