using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Tests.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Tests.Media;

/// <summary>Images with alt text from the composer to X, through the fake X that checks signatures, uploads and media ids (issue 13).</summary>
public sealed class ImagePublishingTests(PublishingApp app) : IClassFixture<PublishingApp>
{
    private async Task<Browser> RepresentativeAsync(string logOnId, int district, string star)
    {
        await app.RepresentativeAsync(logOnId, district, 1, star);
        await app.ConnectAsync(district);
        var browser = new Browser(app.Factory.CreateClient());
        await browser.SignInAsync(logOnId);
        return browser;
    }

    /// <summary>Sends the composer's Attach as a browser does: the whole form as multipart/form-data with the files.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Page)> AttachAsync(Browser browser, string composeUrl, string text, params (string Name, byte[] Bytes)[] files)
    {
        var page = await browser.GetAsync(composeUrl);
        var form = page.QuerySelector("#compose-form")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=FormToken]")!.GetAttribute("value")!), "FormToken" },
            { new StringContent(nameof(PostCategory.CommunityAlert)), "Input.Category" },
            { new StringContent(text), "Input.Text" },
            { new StringContent("false"), "Input.MarkedNotable" },
        };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden][name^='Input.Images']"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value")!), hidden.GetAttribute("name")!);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream"); // the declared type is never believed
            content.Add(file, "NewImages", name);
        }

        var action = form.QuerySelector("button[formaction*='handler=Attach']")!.GetAttribute("formaction")!;
        var response = await browser.Client.PostAsync(new Uri(WebUtility.HtmlDecode(action), UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await new HtmlParser().ParseDocumentAsync(html));
    }

    /// <summary>The composer of the draft the attach saved (the client follows the redirect).</summary>
    private static string Saved(HttpResponseMessage response, IDocument? page)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        path.ShouldStartWith("/Drafts/Compose/", customMessage: page?.Errors());
        return path;
    }

    private static Guid IdOf(string path) => Guid.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_image_is_stored_without_its_metadata_needs_alt_text_to_submit_and_reaches_X_with_it()
    {
        using var officer = await RepresentativeAsync("po.images", 11, "11001");
        const string text = "Thank you to everyone who came to the beat meeting at the 11th District tonight.";

        var (attached, attachPage) = await AttachAsync(officer, "/Drafts/Compose", text, ("meeting.jpg", TestImages.Jpeg(640, 480)), ("room.png", TestImages.Png()));
        attached.StatusCode.ShouldBe(HttpStatusCode.OK);
        var composeUrl = Saved(attached, attachPage);
        attachPage.Text("[role=status]").ShouldContain("Write their alt text");
        var page = await officer.GetAsync(composeUrl);
        var thumbnails = page.QuerySelectorAll("#compose-form [data-preview-image]");
        thumbnails.Length.ShouldBe(2);

        // The stored file is served to the district with its type and nosniff, and carries no GPS position or serial.
        var source = thumbnails[0].GetAttribute("data-src")!;
        using var served = await officer.Client.GetAsync(new Uri(source, UriKind.Relative));
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        served.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        var bytes = await served.Content.ReadAsByteArrayAsync();
        TestImages.Contains(bytes, TestImages.CameraSerial).ShouldBeFalse();
        TestImages.Contains(bytes, "GPS").ShouldBeFalse();

        // Submitting without alt text is refused, by each image.
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.CommunityAlert),
            ["Input.Text"] = text,
            ["Input.MarkedNotable"] = "false",
            ["Input.Images[0].AltText"] = "Residents seated in the district station's community room.",
            ["Input.Images[1].AltText"] = string.Empty,
        };
        var refused = await officer.SubmitAsync(page, fields, handler: "Submit");
        refused.FieldError("Input.Images[1].AltText").ShouldContain("Describe image 2");
        refused.FieldError("Input.Images[0].AltText").ShouldBeEmpty();
        (await app.PostAsync(IdOf(composeUrl))).State.ShouldBe(PostState.Draft);

        fields["Input.Images[1].AltText"] = "A sergeant answers a question from a resident.";
        await officer.SubmitAsync(refused, fields, handler: "Submit");
        officer.Path!.ShouldStartWith("/Posts/", customMessage: (await officer.GetAsync(composeUrl)).Errors());
        var post = await app.WaitForAsync(IdOf(officer.Path!), PostState.Published);

        var mediaIds = app.X.PostMedia[post.XPostId!];
        mediaIds.Count.ShouldBe(2);
        mediaIds.Select(id => app.X.Media[id].AltText).ShouldBe(["Residents seated in the district station's community room.", "A sergeant answers a question from a resident."]);
        mediaIds.ShouldAllBe(id => app.X.Media[id].Account == FakeXServer.Credentials.AccessToken);
        app.X.Media[mediaIds[0]].ContentType.ShouldBe("image/jpeg");
        TestImages.Contains(app.X.Media[mediaIds[0]].Bytes, TestImages.CameraSerial).ShouldBeFalse();
        app.X.Requests.Where(r => r.Path.StartsWith("/2/media", StringComparison.Ordinal)).ShouldAllBe(r => r.SignatureValid);

        // The record shows the images with their alt text.
        var record = await officer.GetAsync($"/Posts/{post.Id}");
        record.QuerySelectorAll(".post-preview-image").Select(i => i.GetAttribute("alt")).ShouldBe(post.Images.Select(i => i.AltText));
        post.Revisions.Single(r => r.Number == post.RevisionNumber).Images.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_by_the_field_whatever_its_name()
    {
        using var officer = await RepresentativeAsync("po.notimage", 12, "11002");

        var (response, page) = await AttachAsync(officer, "/Drafts/Compose", "A post with a document.", ("photo.jpg", "%PDF-1.7 this is a document"u8.ToArray()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Text("#new-images-error").ShouldContain("photo.jpg: This file is not a JPEG, PNG or WebP photo, or a GIF");
        (await app.Factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.StoredImages.CountAsync(i => i.District == 12))).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_attach_handler_takes_a_body_over_one_megabyte()
    {
        using var officer = await RepresentativeAsync("po.bigbody", 19, "11003");
        var large = TestImages.Png(1200, 900); // noise-free but over 1 MB once padded below
        var padded = large.Length > 1_100_000 ? large : [.. large, .. new byte[1_100_000]];

        var (attached, page) = await AttachAsync(officer, "/Drafts/Compose", "Big body.", ("big.png", padded));
        attached.StatusCode.ShouldNotBe(HttpStatusCode.RequestEntityTooLarge, page.Body?.TextContent);

        var compose = await officer.GetAsync("/Drafts/Compose");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(compose.AntiforgeryToken()), "__RequestVerificationToken" },
            { new ByteArrayContent(padded), "NewImages", "big.png" },
        };
        using var save = await officer.Client.PostAsync(new Uri("/Drafts/Compose?handler=Save", UriKind.Relative), content);
        save.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_upload_that_succeeded_is_not_repeated_on_retry_and_an_expired_one_is()
    {
        using var officer = await RepresentativeAsync("po.retry", 14, "11004");
        var (attached, _) = await AttachAsync(officer, "/Drafts/Compose", "Retry: two photos of the bike registration event.", ("a.jpg", TestImages.Jpeg(40, 30)), ("b.webp", TestImages.Webp(50, 30)));
        var composeUrl = Saved(attached, null);
        var page = await officer.GetAsync(composeUrl);

        // The first alt text X is asked to set fails (503): the attempt stops after the first image's upload.
        app.X.Enqueue(FakeXBehaviour.ServerError, HttpMethod.Post, "/2/media/metadata");
        var before = app.X.MediaUploads;
        await officer.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.CommunityAlert),
            ["Input.Text"] = "Retry: two photos of the bike registration event.",
            ["Input.MarkedNotable"] = "false",
            ["Input.Images[0].AltText"] = "Bicycles lined up outside the station.",
            ["Input.Images[1].AltText"] = "An officer engraves a frame number.",
        }, handler: "Submit");
        var post = await app.WaitForAsync(IdOf(officer.Path!), PostState.Published);

        app.X.PendingBehaviours.ShouldBe(0);
        (app.X.MediaUploads - before).ShouldBe(2); // two images, each uploaded once despite the failure between them
        app.X.CreateRequests.ShouldBeGreaterThan(0);
        app.X.PostMedia[post.XPostId!].Count.ShouldBe(2);
        app.X.Posts.Values.Count(t => t.StartsWith("Retry: two photos", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_media_id_that_expired_is_uploaded_again_and_the_post_goes_out_once()
    {
        using var officer = await RepresentativeAsync("po.expired", 15, "11005");
        const string text = "Expired: a photo from the youth basketball night.";
        var (attached, _) = await AttachAsync(officer, "/Drafts/Compose", text, ("c.png", TestImages.Png(30, 30)));
        var page = await officer.GetAsync(Saved(attached, null));
        app.X.MediaExpiresAfterSeconds = 60; // under the publisher's five-minute margin: never reused
        app.X.Enqueue(FakeXBehaviour.ServerError, HttpMethod.Post, "/2/media/metadata");
        var before = app.X.MediaUploads;
        try
        {
            await officer.SubmitAsync(page, new Dictionary<string, string>
            {
                ["Input.Category"] = nameof(PostCategory.CommunityAlert),
                ["Input.Text"] = text,
                ["Input.MarkedNotable"] = "false",
                ["Input.Images[0].AltText"] = "Teenagers and officers on a basketball court.",
            }, handler: "Submit");
            var post = await app.WaitForAsync(IdOf(officer.Path!), PostState.Published);

            (app.X.MediaUploads - before).ShouldBe(2);
            app.X.Media[app.X.PostMedia[post.XPostId!].Single()].AltText.ShouldBe("Teenagers and officers on a basketball court.");
            app.X.Posts.Values.Count(t => t == text).ShouldBe(1);
        }
        finally
        {
            app.X.MediaExpiresAfterSeconds = 86400;
        }
    }

    [Fact]
    public async Task A_gif_is_uploaded_in_chunks_and_a_failure_mid_upload_uploads_it_again_before_the_one_post()
    {
        using var officer = await RepresentativeAsync("po.gif", 16, "11006");
        const string text = "GIF: the canine unit says hello.";
        var (attached, _) = await AttachAsync(officer, "/Drafts/Compose", text, ("dog.gif", TestImages.Gif(frames: 4)));
        var page = await officer.GetAsync(Saved(attached, null));
        app.X.Enqueue(FakeXBehaviour.ServerError, HttpMethod.Post, "/2/media/upload/", bodyContains: "segment_index=0");
        var before = app.X.MediaUploads;

        await officer.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Category"] = nameof(PostCategory.CommunityAlert),
            ["Input.Text"] = text,
            ["Input.MarkedNotable"] = "false",
            ["Input.Images[0].AltText"] = "A German shepherd in a police vest wags its tail.",
        }, handler: "Submit");
        var post = await app.WaitForAsync(IdOf(officer.Path!), PostState.Published);

        app.X.PendingBehaviours.ShouldBe(0);
        (app.X.MediaUploads - before).ShouldBe(2);
        var media = app.X.Media[app.X.PostMedia[post.XPostId!].Single()];
        media.ContentType.ShouldBe("image/gif");
        media.Ready.ShouldBeTrue();
        TestImages.Contains(media.Bytes, TestImages.CameraSerial).ShouldBeFalse();
        app.X.Requests.ShouldContain(r => r.Method == "GET" && r.Path == "/2/media/upload");
        app.X.Posts.Values.Count(t => t == text).ShouldBe(1);
    }

    [Fact]
    public async Task Another_districts_image_is_not_found()
    {
        using var officer = await RepresentativeAsync("po.own", 17, "11007");
        using var other = await RepresentativeAsync("po.other", 18, "11008");
        var (attached, _) = await AttachAsync(officer, "/Drafts/Compose", "Own district image.", ("own.png", TestImages.Png(20, 20)));
        var page = await officer.GetAsync(Saved(attached, null));
        var source = page.QuerySelector("[data-preview-image]")!.GetAttribute("data-src")!;

        using var mine = await officer.Client.GetAsync(new Uri(source, UriKind.Relative));
        using var theirs = await other.Client.GetAsync(new Uri(source, UriKind.Relative));

        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
