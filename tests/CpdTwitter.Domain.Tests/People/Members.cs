using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Tests.People;

/// <summary>Actors as the app makes them from a sign-in, for rules that ask who acts.</summary>
internal static class Members
{
    public static Actor Commander(int district) => new($"u-cmdr-{district}", $"Cmdr. {district}", [Roles.Commander], district);

    public static Actor Sergeant(int district) => new($"u-sgt-{district}", $"Sgt. {district}", [Roles.CommunityPolicingSergeant], district);

    public static Actor Representative(int district) => new($"u-po-{district}", $"P.O. {district}", [Roles.Representative], district);

    public static Actor NewsAffairs { get; } = new("u-news", "News Bell", [Roles.NewsAffairs], null);

    public static Actor Isd { get; } = new("u-isd", "ISD Whitfield", [Roles.IsdAdministrator], null);
}
