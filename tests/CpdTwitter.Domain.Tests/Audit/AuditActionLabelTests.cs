using System.Reflection;
using CpdTwitter.Domain.Audit;

namespace CpdTwitter.Domain.Tests.Audit;

/// <summary>The audit trail shows every action in plain language: a new action without a name fails here.</summary>
public sealed class AuditActionLabelTests
{
    /// <summary>Every constant of every group of <see cref="AuditActions"/>, found by reflection.</summary>
    private static List<string> AllActions() =>
        typeof(AuditActions).GetNestedTypes(BindingFlags.Public)
            .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void Every_action_has_a_plain_language_name()
    {
        var actions = AllActions();

        actions.Count.ShouldBeGreaterThan(50);
        actions.Where(a => !AuditActions.IsKnown(a)).ShouldBeEmpty();
        foreach (var action in actions)
        {
            AuditActions.Label(action).ShouldNotBe(action);
            AuditActions.Label(action).ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void The_named_list_holds_each_action_once_and_nothing_else()
    {
        AuditActions.Named.Select(n => n.Action).ShouldBe(AllActions(), ignoreOrder: true);
        AuditActions.Named.Select(n => n.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(AuditActions.Named.Count);
    }

    [Fact]
    public void An_unknown_value_shows_as_itself()
    {
        AuditActions.IsKnown("no.such-action").ShouldBeFalse();
        AuditActions.Label("no.such-action").ShouldBe("no.such-action");
        AuditActions.Label(AuditActions.Registry.Replaced).ShouldBe("Representative replaced");
    }
}
