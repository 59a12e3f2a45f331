using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>A zipped bag as an auditor opens it: every file's bytes by name, and each manifest line checked against its file.</summary>
internal static class BagFiles
{
    public static Dictionary<string, byte[]> Unpack(Stream zip)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>Checks every line of a manifest against the file it names and returns the names.</summary>
    public static List<string> CheckManifest(Dictionary<string, byte[]> files, string manifest)
    {
        var names = new List<string>();
        foreach (var line in Encoding.UTF8.GetString(files[manifest]).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split("  ", 2);
            files.ShouldContainKey(parts[1]);
            Convert.ToHexStringLower(SHA256.HashData(files[parts[1]])).ShouldBe(parts[0], $"checksum of {parts[1]} in {manifest}");
            names.Add(parts[1]);
        }

        return names;
    }

    /// <summary>A CSV file of the package as a spreadsheet reads it (the framework's RFC 4180 reader).</summary>
    public static List<string[]> ReadCsv(byte[] content)
    {
        using var csv = new TextFieldParser(new MemoryStream(content), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        csv.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!csv.EndOfData)
        {
            rows.Add(csv.ReadFields()!);
        }

        return rows;
    }
}
