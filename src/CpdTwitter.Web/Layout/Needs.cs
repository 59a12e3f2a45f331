using System.Globalization;

namespace CpdTwitter.Web.Layout;

/// <summary>
/// One thing a member may need to act on, as the home page lists it ("Approvals: 3 waiting") and the navigation badges
/// it ("Approvals, 3 waiting"). <see cref="NavPage"/> is the menu item it badges, if any; zero shows no badge.
/// </summary>
public sealed record NeedItem(string Id, string Label, string Status, int Count, string Link, string? NavPage = null, string? BadgeUnit = null)
{
    public bool NeedsAction => Count > 0;
}

/// <summary>What needs one of the member's roles now, with the role's title as the heading.</summary>
public sealed record NeedSection(string Role, string Heading, IReadOnlyList<NeedItem> Items);

/// <summary>Everything that needs the member now, one section per role they hold.</summary>
public sealed record Needs(IReadOnlyList<NeedSection> Sections)
{
    public static Needs None { get; } = new([]);

    /// <summary>
    /// The badge for a menu item, e.g. 3 (read "3 waiting"): the sum of the items that badge it in the first section that has
    /// any (a member with two roles never sees one list counted twice); null when nothing needs them there.
    /// </summary>
    public NavBadge? BadgeFor(string page)
    {
        foreach (var section in Sections)
        {
            var items = section.Items.Where(i => string.Equals(i.NavPage, page, StringComparison.Ordinal)).ToList();
            if (items.Count > 0)
            {
                var count = items.Sum(i => i.Count);
                return count == 0 ? null : new NavBadge(count, items[0].BadgeUnit ?? "waiting");
            }
        }

        return null;
    }
}

/// <summary>A menu item's count: the number is shown, the unit ("waiting") is read with it by screen readers.</summary>
public sealed record NavBadge(int Count, string Unit)
{
    public string Number => Count.ToString("N0", CultureInfo.InvariantCulture);
}
