using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;

namespace CpdTwitter.Infrastructure.Data;

/// <summary>
/// The one way to read district data for a member (ADR 0006): <c>db.Posts.Within(member.Scope)</c>. A district
/// member sees their district's rows, News Affairs and ISD every district's, anyone else none.
/// </summary>
public static class DistrictScoping
{
    public static IQueryable<T> Within<T>(this IQueryable<T> rows, DistrictScope scope)
        where T : class, IDistrictOwned
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (scope.EveryDistrict)
        {
            return rows;
        }

        if (scope.District is not { } district)
        {
            return rows.Where(_ => false);
        }

        return rows.Where(row => row.District == district);
    }
}
