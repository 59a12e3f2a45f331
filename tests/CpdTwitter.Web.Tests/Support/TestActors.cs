using CpdTwitter.Domain.People;

namespace CpdTwitter.Web.Tests.Support;

/// <summary>Actors for tests that call a workflow directly instead of through a page (the id need not be an account).</summary>
public static class TestActors
{
    public static Actor Commander(int district) => new($"test-cmdr-{district}", $"Test Cmdr. {district}", [Roles.Commander], district);

    public static Actor Sergeant(int district) => new($"test-sgt-{district}", $"Test Sgt. {district}", [Roles.CommunityPolicingSergeant], district);

    public static Actor Isd { get; } = new("test-isd", "Test ISD", [Roles.IsdAdministrator], null);

    public static Actor NewsAffairs { get; } = new("test-news", "Test News Affairs", [Roles.NewsAffairs], null);
}
