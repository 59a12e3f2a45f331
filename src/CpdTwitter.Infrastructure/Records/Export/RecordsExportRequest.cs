using System.Globalization;
using CpdTwitter.Domain;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Posts;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// What a public-records export covers: one district (or every district), postings submitted on Chicago days
/// <see cref="From"/> to <see cref="To"/> (both inclusive; drafts never submitted are not records sent anywhere and are
/// left out, as in the department feed), whose text has every search word; and the request it answers, if any.
/// </summary>
public sealed record RecordsExportRequest(int? District, DateOnly From, DateOnly To, string? Search = null, string? Reference = null)
{
    public const int ReferenceMaxLength = 100;
    public const int SearchMaxLength = 200;

    public IReadOnlyList<string> Words => PostSearch.Words(Search);

    public PostingsFilter Filter => new(District: District, From: From, To: To, Words: Words);

    /// <summary>The scope the export reads with: the one district asked for, or the department when none is.</summary>
    public DistrictScope Scope => District is { } district ? DistrictScope.Of(district) : DistrictScope.Department;

    /// <summary>A problem with the request in plain words, or null: dates in order and within ten years, a real district.</summary>
    public string? Problem()
    {
        if (To < From)
        {
            return "The end date comes before the start date.";
        }

        if (To.DayNumber - From.DayNumber > 3660)
        {
            return "An export covers at most ten years.";
        }

        if (District is { } district && !Domain.Districts.ChicagoDistricts.Exists(district))
        {
            return $"There is no district {district.ToString(CultureInfo.InvariantCulture)}.";
        }

        if (Reference?.Length > ReferenceMaxLength)
        {
            return $"The request reference is at most {ReferenceMaxLength} characters.";
        }

        return Search?.Length > SearchMaxLength ? $"The search is at most {SearchMaxLength} characters." : null;
    }

    /// <summary>The filters in words, for bag-info.txt's External-Description and the audit trail.</summary>
    public string Description()
    {
        var where = District is { } district ? "District " + district.ToString("000", CultureInfo.InvariantCulture) : "All districts";
        var words = Words.Count == 0 ? "no search words" : "search words: " + string.Join(' ', Words);
        return $"Postings of the Chicago Police Department X program. {where}; submitted {From:yyyy-MM-dd} to {To:yyyy-MM-dd} (Chicago dates, inclusive); {words}. " +
            "Every revision, decision, review and discontinuation, times in UTC and America/Chicago; " +
            "the mentions of the district accounts posted on those dates, with the postings that answer them (data/mentions.csv, data/mentions.json). " +
            "Redacted under 5 ILCS 140/7(1)(b) and 7(1)(c): see data/redaction-log.csv.";
    }

    /// <summary>The bag's name (and the ZIP's, with .zip): cpd-records-d012-20260101-20261231-20261129T181500Z.</summary>
    public string BagName(DateTime nowUtc) =>
        $"cpd-records-{(District is { } d ? "d" + d.ToString("000", CultureInfo.InvariantCulture) : "all")}-{From:yyyyMMdd}-{To:yyyyMMdd}-{nowUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";

    internal static string Today(DateTime nowUtc) => ChicagoTime.DateOf(nowUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
