using System.Globalization;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// The command line's <c>records export --district 12|all --from 2026-01-01 --to 2026-12-31 [--search words]
/// [--reference FOIA-2026-0042] [--out DIR]</c>: the request and the folder the package goes to (the current one by default).
/// </summary>
public sealed record RecordsExportArguments(RecordsExportRequest Request, string Folder)
{
    public const string Usage =
        "records export --district <1-25|all> --from <yyyy-mm-dd> --to <yyyy-mm-dd> [--search <words>] [--reference <request>] [--out <folder>]";

    public static (RecordsExportArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args, string currentFolder)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? district = null, from = null, to = null, search = null, reference = null, folder = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--district": district = value; break;
                case "--from": from = value; break;
                case "--to": to = value; break;
                case "--search": search = value; break;
                case "--reference": reference = value; break;
                case "--out": folder = value; break;
                default: return (null, $"Unknown option {name}.");
            }
        }

        if (district is null || from is null || to is null)
        {
            return (null, "--district, --from and --to are required.");
        }

        int? number = null;
        if (!string.Equals(district, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(district, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return (null, "--district takes a district number or \"all\".");
            }

            number = n;
        }

        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (null, "--from takes a date as yyyy-mm-dd.");
        }

        if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return (null, "--to takes a date as yyyy-mm-dd.");
        }

        var request = new RecordsExportRequest(number, start, end, search, reference);
        if (request.Problem() is { } problem)
        {
            return (null, problem);
        }

        return (new RecordsExportArguments(request, Path.GetFullPath(folder ?? currentFolder)), null);
    }
}
