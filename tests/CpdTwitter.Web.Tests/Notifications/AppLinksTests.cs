using System.Reflection;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Notifications;

/// <summary>Notifications keep their links for good: every link <see cref="AppLinks"/> builds must be a page the app serves.</summary>
public sealed class AppLinksTests(CpdTwitterFactory factory) : IClassFixture<CpdTwitterFactory>
{
    private static readonly Guid SampleId = Guid.Parse("6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b");

    /// <summary>Every link AppLinks can produce, found by reflection so a new member cannot escape the check.</summary>
    private static List<(string Member, string Link)> AllLinks()
    {
        var links = new List<(string, string)>();
        foreach (var member in typeof(AppLinks).GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            switch (member)
            {
                case PropertyInfo { PropertyType: var type } property when type == typeof(string):
                    links.Add((property.Name, (string)property.GetValue(null)!));
                    break;
                case MethodInfo { IsSpecialName: true }:
                    break; // property getters, covered above
                case MethodInfo method when method.ReturnType == typeof(string) && method.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(Guid):
                    links.Add((method.Name, (string)method.Invoke(null, [SampleId])!));
                    break;
                case MethodInfo method when method.ReturnType == typeof(string) && method.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(int):
                    links.Add((method.Name, (string)method.Invoke(null, [7])!));
                    break;
                default:
                    throw new InvalidOperationException($"AppLinks.{member.Name} has a shape this test does not know how to call; teach it.");
            }
        }

        return links;
    }

    /// <summary>The Razor page whose route matches the link's path (constraints included), or null.</summary>
    private string? PageFor(string link)
    {
        _ = factory.Server;
        var path = link.Split('?')[0];
        var constraints = factory.Services.GetRequiredService<IInlineConstraintResolver>();
        foreach (var endpoint in factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ActionDescriptor>() is not PageActionDescriptor page)
            {
                continue;
            }

            var values = new RouteValueDictionary();
            var matcher = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary(endpoint.RoutePattern.Defaults));
            if (!matcher.TryMatch(path, values))
            {
                continue;
            }

            // As routing does, an optional parameter that is absent is not checked against its constraints.
            var satisfied = endpoint.RoutePattern.ParameterPolicies
                .Where(parameter => values.ContainsKey(parameter.Key) || endpoint.RoutePattern.GetParameter(parameter.Key) is not { IsOptional: true })
                .All(parameter => parameter.Value.Where(policy => policy.Content is not null)
                    .All(policy => constraints.ResolveConstraint(policy.Content!)!.Match(null, null, parameter.Key, values, RouteDirection.IncomingRequest)));
            if (satisfied)
            {
                return page.ViewEnginePath;
            }
        }

        return null;
    }

    [Fact]
    public void Every_link_the_helper_builds_is_a_page_of_the_app()
    {
        var links = AllLinks();

        links.Select(l => l.Member).ShouldBe(
            ["NewsAffairsApprovals", "NewsAffairsRepresentatives", "SergeantApprovals", "ReviewQueue", "XAccounts", "Publishing", "Post", "Correction", "NewsAffairsInquiries", "DistrictInquiries", "Inquiry", "Guidance", "GuidanceVersion", "OutsideAppPostings",
                "Inbox", "Mention", "Respond", "PressList"],
            ignoreOrder: true);
        foreach (var (member, link) in links)
        {
            PageFor(link).ShouldNotBeNull($"AppLinks.{member} gives {link}, which is no page of the app");
        }

        PageFor(AppLinks.Post(SampleId)).ShouldBe("/Posts/View");
        PageFor(AppLinks.Correction(SampleId)).ShouldBe("/Drafts/Compose");
        PageFor(AppLinks.Publishing).ShouldBe("/Publishing/Index");
        PageFor(AppLinks.Inquiry(SampleId)).ShouldBe("/NewsAffairs/Inquiries/Detail");
        PageFor(AppLinks.DistrictInquiries).ShouldBe("/Inquiries/Index");
        PageFor(AppLinks.Inbox).ShouldBe("/Inbox/Index");
        PageFor(AppLinks.Mention(SampleId)).ShouldBe("/Inbox/View");
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_caught()
    {
        PageFor("/Admin/Publishing").ShouldBeNull();
        PageFor("/Posts/not-a-guid").ShouldBeNull();
        PageFor("/Review/Nowhere").ShouldBeNull();
    }
}
