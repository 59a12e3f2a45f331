using System.Net;
using System.Text;
using System.Text.Json;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Records.Export;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Records;

/// <summary>
/// A public-records export made in the running app: queued on the page (for a FOIA request), run by the background
/// worker (driven by the test), followed on its page, downloaded as a verifiable package; for ISD and News Affairs only.
/// </summary>
public sealed class RecordsExportJobTests : IDisposable
{
    private readonly CpdTwitterFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ISD_exports_the_records_of_a_FOIA_request_in_the_background_and_downloads_a_package_that_verifies()
    {
        await SeedPostsAsync();
        var requestId = await FoiaRequestAsync();
        using var isd = await _factory.SignedInAsync("isd.export", null, Roles.IsdAdministrator);

        var form = await isd.GetAsync($"/Records/Exports?request={requestId}");
        ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#ForRequest")!).Value.ShouldBe(requestId.ToString());
        ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#District")!).Value.ShouldBe("12");
        var queued = await isd.SubmitAsync(form, new Dictionary<string, string> { ["ForRequest"] = requestId.ToString() });
        queued.Text("#export-state").ShouldBe("Waiting to start", isd.Path + " " + queued.Errors());
        queued.QuerySelector("#export-refresh a").ShouldNotBeNull(); // works without script
        var detail = isd.Path!;

        (await _factory.Services.GetRequiredService<RecordsExportWorker>().RunPendingAsync()).ShouldBe(1);

        var done = await isd.GetAsync(detail);
        done.Text("#export-state").ShouldBe("Complete");
        done.Text("#export-progress").ShouldBe("2 postings exported.");
        var progress = await isd.Client.GetStringAsync(new Uri(detail + "?handler=Progress", UriKind.Relative));
        using (var json = JsonDocument.Parse(progress))
        {
            json.RootElement.GetProperty("state").GetString().ShouldBe("Completed");
            json.RootElement.GetProperty("written").GetInt32().ShouldBe(2);
            json.RootElement.GetProperty("done").GetBoolean().ShouldBeTrue();
        }

        var download = done.QuerySelector("#export-download")!.GetAttribute("href")!;
        using var response = await isd.Client.GetAsync(new Uri(download, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith("cpd-records-d012-");
        var files = Unpack(await response.Content.ReadAsByteArrayAsync());
        var bag = files.Keys.First().Split('/')[0] + "/";
        var text = files.ToDictionary(f => f.Key[bag.Length..], f => f.Value);
        CheckManifest(text, "manifest-sha256.txt").ShouldContain("data/postings.csv");
        CheckManifest(text, "tagmanifest-sha256.txt").ShouldContain("bag-info.txt");
        var info = Encoding.UTF8.GetString(text["bag-info.txt"]);
        info.ShouldContain("External-Identifier: FOIA request received");
        info.ShouldContain("Postings-Count: 2\n");
        Encoding.UTF8.GetString(text["data/postings.json"]).ShouldNotContain("District 7 only");

        var jobId = detail.Split('/')[^1];
        (await _factory.AuditTrailAsync(AuditSubjects.RecordsExport, jobId))
            .ShouldBe([AuditActions.Export.RecordsRequested, AuditActions.Export.RecordsCompleted, AuditActions.Export.RecordsDownloaded]);
        (await isd.GetAsync("/Records/Exports")).Text("#exports").ShouldContain("Complete");
    }

    [Theory]
    [InlineData(Roles.Representative)]
    [InlineData(Roles.CommunityPolicingSergeant)]
    [InlineData(Roles.Commander)]
    public async Task District_members_cannot_see_start_follow_or_download_exports(string role)
    {
        var id = await JobAsync();
        using var member = await _factory.SignedInAsync("member.export", 12, role);

        foreach (var url in new[] { "/Records/Exports", $"/Records/Exports/{id}", $"/Records/Exports/{id}?handler=Progress", $"/Records/Exports/{id}?handler=Download" })
        {
            await member.GetAsync(url);
            member.Status.ShouldBe(HttpStatusCode.Forbidden, url);
        }
    }

    [Fact]
    public async Task An_export_left_running_when_the_app_stopped_is_marked_failed_at_startup()
    {
        var id = await JobAsync(running: true);

        (await _factory.Services.GetRequiredService<RecordsExportWorker>().FailInterruptedAsync()).ShouldBe(1);

        using var news = await _factory.SignedInAsync("news.export", null, Roles.NewsAffairs);
        var page = await news.GetAsync($"/Records/Exports/{id}");
        page.Text("#export-state").ShouldBe("Failed");
        page.Text("#export-failure").ShouldBe(RecordsExportJob.InterruptedMessage);
        (await _factory.AuditTrailAsync(AuditSubjects.RecordsExport, id.ToString())).ShouldBe([AuditActions.Export.RecordsFailed]);
    }

    [Fact]
    public async Task A_completed_export_whose_file_was_removed_says_so_instead_of_failing()
    {
        await SeedPostsAsync();
        using var isd = await _factory.SignedInAsync("isd.export", null, Roles.IsdAdministrator);
        var today = ChicagoTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await isd.SubmitAsync("/Records/Exports", new Dictionary<string, string> { ["District"] = "12", ["From"] = today, ["To"] = today });
        var detail = isd.Path!;
        await _factory.Services.GetRequiredService<RecordsExportWorker>().RunPendingAsync();
        var file = await _factory.WithServiceAsync<string, CpdTwitterDbContext>(db => db.RecordsExportJobs.Select(j => j.FilePath!).SingleAsync());
        File.Delete(file);

        (await isd.GetAsync(detail)).Text("#export-missing").ShouldContain("no longer on the server");
        var refused = await isd.GetAsync(detail + "?handler=Download");
        isd.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("#export-error").ShouldContain("no longer on the server");
    }

    [Fact]
    public async Task Dates_out_of_order_or_outside_the_window_are_refused_next_to_the_field()
    {
        using var news = await _factory.SignedInAsync("news.export", null, Roles.NewsAffairs);

        var backwards = await news.SubmitAsync("/Records/Exports", new Dictionary<string, string> { ["From"] = "2026-03-01", ["To"] = "2026-02-01" });
        backwards.FieldError("To").ShouldBe("The end date comes before the start date.");

        var slip = await news.SubmitAsync("/Records/Exports", new Dictionary<string, string> { ["From"] = "1926-03-01", ["To"] = "2026-02-01" });
        slip.FieldError("From").ShouldStartWith("Submitted from must be between 1 January 2000");

        var empty = await news.SubmitAsync("/Records/Exports", new Dictionary<string, string> { ["From"] = "", ["To"] = "" });
        empty.FieldError("From").ShouldBe("Enter the first day of the postings to export.");
        (await _factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.RecordsExportJobs.CountAsync())).ShouldBe(0);
    }

    private async Task SeedPostsAsync()
    {
        var author = await _factory.CreateUserAsync("po.export12", 12, Roles.Representative);
        var author7 = await _factory.CreateUserAsync("po.export7", 7, Roles.Representative);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = DateTime.UtcNow.AddMinutes(-30);
        foreach (var (district, by, text) in new[] { (12, author, "Lock your car."), (12, author, "Beat meeting Tuesday."), (7, author7, "District 7 only.") })
        {
            var post = Post.Draft(district, by, "P.O. Grant", new PostContent(PostCategory.CrimePreventionTip, text, null, false, null), now);
            post.Submit(by, PolicyReview.Clear, districtRequiresSergeant: false, now.AddMinutes(1));
            db.Posts.Add(post);
        }

        await db.SaveChangesAsync();
    }

    private async Task<Guid> FoiaRequestAsync()
    {
        var today = ChicagoTime.DateOf(DateTime.UtcNow);
        var request = FoiaRequest.Log("A. Journalist", today, "District 12 postings this week", 12, today.AddDays(-3), today, null, TestActors.NewsAffairs, DateTime.UtcNow);
        await _factory.WithServiceAsync<int, CpdTwitterDbContext>(db =>
        {
            db.FoiaRequests.Add(request);
            return db.SaveChangesAsync();
        });
        return request.Id;
    }

    private async Task<Guid> JobAsync(bool running = false)
    {
        var job = new RecordsExportJob(new RecordsExportRequest(12, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), null, TestActors.NewsAffairs, DateTime.UtcNow);
        await _factory.WithServiceAsync<int, CpdTwitterDbContext>(async db =>
        {
            db.RecordsExportJobs.Add(job);
            await db.SaveChangesAsync();
            return running
                ? await db.RecordsExportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, RecordsExportState.Running))
                : 0;
        });
        return job.Id;
    }

    private static Dictionary<string, byte[]> Unpack(byte[] zip) => BagFiles.Unpack(new MemoryStream(zip));

    private static List<string> CheckManifest(Dictionary<string, byte[]> files, string manifest) => BagFiles.CheckManifest(files, manifest);
}
