using System.IO.Compression;
using CpdTwitter.Web.Tests.Support;

namespace CpdTwitter.Web.Tests.Records;

/// <summary><c>records export</c> from the command line: a bag in the folder asked for, its path and counts printed; bad options, usage and exit code 2.</summary>
public sealed class RecordsExportCommandTests
{
    [Fact]
    public async Task The_command_writes_a_zipped_bag_into_the_folder_and_prints_its_path_and_counts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N"));
        var outFolder = Path.Combine(folder, "exports");

        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = folder,
            ["ConnectionStrings__CpdTwitter"] = $"Data Source={Path.Combine(folder, "records.db")}",
        }, "records", "export", "--district", "12", "--from", "2026-01-01", "--to", "2026-12-31", "--search", "theft", "--out", outFolder);

        result.ExitCode.ShouldBe(0, result.All);
        var zip = Directory.GetFiles(outFolder, "*.zip").ShouldHaveSingleItem();
        Path.GetFileName(zip).ShouldStartWith("cpd-records-d012-20260101-20261231-");
        result.Output.ShouldContain(zip);
        result.Output.ShouldContain("0 postings, 0 history events, 0 values redacted, 0 images");
        using var archive = ZipFile.OpenRead(zip);
        archive.Entries.Select(e => e.FullName[(e.FullName.IndexOf('/', StringComparison.Ordinal) + 1)..])
            .ShouldContain("tagmanifest-sha256.txt.sig");
        Directory.GetFileSystemEntries(outFolder).ShouldHaveSingleItem("no work files are left beside the package");
    }

    [Theory]
    [InlineData("--district", "12", "--from", "2026-01-01")]
    [InlineData("--district", "99", "--from", "2026-01-01", "--to", "2026-12-31")]
    [InlineData("--district", "12", "--from", "2026-12-31", "--to", "2026-01-01")]
    [InlineData("--district", "12", "--from", "1/1/2026", "--to", "2026-12-31")]
    [InlineData("--district", "12", "--from", "2026-01-01", "--to", "2026-12-31", "--colour", "red")]
    public async Task Bad_options_show_the_reason_and_the_usage_with_exit_code_2(params string[] options)
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
        }, ["records", "export", .. options]);

        result.ExitCode.ShouldBe(2, result.All);
        result.Error.ShouldContain("Usage: dotnet run --project src/CpdTwitter.Web -- records export --district");
        result.All.ShouldNotContain("   at ");
    }
}
