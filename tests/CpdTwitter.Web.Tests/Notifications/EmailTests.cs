using System.Net;
using System.Net.Sockets;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CpdTwitter.Web.Tests.Notifications;

/// <summary>Notifications in the app and by e-mail: a pickup folder in development, retries when the mail server fails.</summary>
public sealed class EmailTests
{
    private const string BaseUrl = "https://cpdtwitter.example.org";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task AppointAsync(CpdTwitterFactory factory, string logOnId, int district)
    {
        await factory.CreateUserAsync(logOnId, district, Roles.Representative);
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RepresentativeRegistry>()
            .AppointAsync(district, 1, new RepresentativeInput(logOnId, null, "Police Officer", "4141", "414141", $"{logOnId}@chicagopolice.org"), TestActors.Commander(district));
        outcome.Succeeded.ShouldBeTrue(string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task A_registry_submission_notifies_News_Affairs_in_the_app_and_as_an_eml_file_in_the_pickup_folder()
    {
        var pickup = Directory.CreateTempSubdirectory("cpdtwitter-mail-").FullName;
        await using var factory = new CpdTwitterFactory { Settings = new Dictionary<string, string> { ["Email:PickupDirectory"] = pickup, ["Email:PollSeconds"] = "3600", [PublicBaseUrl.Key] = BaseUrl } };
        var news = await factory.CreateUserAsync("news.mail", null, Roles.NewsAffairs);

        await AppointAsync(factory, "po.mail", 14);
        var sent = await factory.Services.GetRequiredService<NotificationMailer>().SendDueAsync(CancellationToken.None);

        sent.ShouldBe(1);
        var notification = await factory.WithServiceAsync<Notification, CpdTwitterDbContext>(db => db.Notifications.SingleAsync(n => n.UserId == news));
        notification.Text.ShouldContain("District 014 registry submission awaits acknowledgement");
        notification.EmailedAt.ShouldNotBeNull();
        var eml = File.ReadAllText(Directory.GetFiles(pickup, "*.eml").ShouldHaveSingleItem());
        eml.ShouldContain("news.mail@chicagopolice.org");
        eml.ShouldContain("District 014 registry submission awaits acknowledgement");
        eml.ShouldContain($"{BaseUrl}/NewsAffairs/Representatives");
        Directory.Delete(pickup, recursive: true);
    }

    [Fact]
    public async Task A_failing_mail_server_never_blocks_the_action_and_the_message_is_retried_later()
    {
        await using var factory = new CpdTwitterFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Email:SmtpHost"] = "127.0.0.1",
                ["Email:SmtpPort"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:PollSeconds"] = "3600",
                [PublicBaseUrl.Key] = BaseUrl,
            },
        };
        var news = await factory.CreateUserAsync("news.smtp", null, Roles.NewsAffairs);

        await AppointAsync(factory, "po.smtp", 15);
        (await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Appointments.CountAsync(a => a.District == 15))).ShouldBe(1);
        var sent = await factory.Services.GetRequiredService<NotificationMailer>().SendDueAsync(CancellationToken.None);

        sent.ShouldBe(0);
        var notification = await factory.WithServiceAsync<Notification, CpdTwitterDbContext>(db => db.Notifications.SingleAsync(n => n.UserId == news));
        notification.EmailedAt.ShouldBeNull();
        notification.EmailAttempts.ShouldBe(1);
        notification.EmailRetryAt.ShouldNotBeNull();
        notification.EmailRetryAt!.Value.ShouldBeGreaterThan(DateTime.UtcNow);
    }

    [Fact]
    public async Task Sergeants_get_one_daily_digest_of_overdue_postings()
    {
        await using var factory = new CpdTwitterFactory();
        var sergeant = await factory.CreateUserAsync("sgt.digest", 16, Roles.CommunityPolicingSergeant);
        var author = await factory.CreateUserAsync("po.digest", 16, Roles.Representative);
        var old = Post.Draft(16, author, "P.O. Digest", new PostContent(PostCategory.CommunityAlert, "Four days old", null, false, null), DateTime.UtcNow.AddDays(-4));
        old.Submit(author, PolicyReview.Clear, false, DateTime.UtcNow.AddDays(-4));
        old.MarkPublished("sandbox-1", null, old.Text, "sandbox", true, DateTime.UtcNow.AddDays(-4));
        var fresh = Post.Draft(16, author, "P.O. Digest", new PostContent(PostCategory.CommunityAlert, "An hour old", null, false, null), DateTime.UtcNow.AddHours(-1));
        fresh.Submit(author, PolicyReview.Clear, false, DateTime.UtcNow.AddHours(-1));
        fresh.MarkPublished("sandbox-2", null, fresh.Text, "sandbox", true, DateTime.UtcNow.AddHours(-1));
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => { db.Posts.AddRange(old, fresh); return db.SaveChangesAsync(); });
        var digest = factory.Services.GetRequiredService<ReviewDigest>();

        (await digest.RunAsync(CancellationToken.None)).ShouldBe(1);
        (await digest.RunAsync(CancellationToken.None)).ShouldBe(0);

        var note = await factory.WithServiceAsync<Notification, CpdTwitterDbContext>(db => db.Notifications.SingleAsync(n => n.UserId == sergeant));
        note.Text.ShouldStartWith("Daily review digest: 1 posting of district 016 is overdue for review (more than 72 hours)");
        note.Link.ShouldBe("/Review");
    }

    [Fact]
    public async Task A_discontinue_notice_is_HTML_with_a_plain_text_alternative_the_absolute_link_and_the_sergeants_note_encoded()
    {
        var pickup = Directory.CreateTempSubdirectory("cpdtwitter-mail-").FullName;
        await using var factory = new CpdTwitterFactory { Settings = new Dictionary<string, string> { ["Email:PickupDirectory"] = pickup, ["Email:PollSeconds"] = "3600", [PublicBaseUrl.Key] = BaseUrl + "/" } };
        var author = await factory.CreateUserAsync("po.notice", 17, Roles.Representative);
        var post = Post.Draft(17, author, "P.O. Notice", new PostContent(PostCategory.CommunityAlert, "Street fair <Saturday> & Sunday", null, false, null), DateTime.UtcNow.AddHours(-2));
        post.Submit(author, PolicyReview.Clear, false, DateTime.UtcNow.AddHours(-2));
        post.MarkPublished("sandbox-notice", null, post.Text, "sandbox", true, DateTime.UtcNow.AddHours(-1));
        await factory.WithServiceAsync<int, CpdTwitterDbContext>(db => { db.Posts.Add(post); return db.SaveChangesAsync(); });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sergeant = new PostApprover("test-sgt-17", "Sgt. O'Neil", false, 17);
            var outcome = await scope.ServiceProvider.GetRequiredService<ReviewWorkflow>()
                .DiscontinueAsync(post.Id, sergeant, DiscontinueReason.Incorrect, "Date is wrong: <b>Sunday</b> & not \"Saturday\"", CancellationToken.None);
            outcome.Succeeded.ShouldBeTrue(string.Join("; ", outcome.Errors.Select(e => e.Message)));
        }

        await factory.Services.GetRequiredService<NotificationMailer>().SendDueAsync(CancellationToken.None);

        var message = Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == "po.notice@chicagopolice.org"));
        var link = $"{BaseUrl}/Posts/{post.Id}";
        var text = message.TextBody.ShouldNotBeNull();
        var html = message.HtmlBody.ShouldNotBeNull();
        text.ShouldContain("Note: Date is wrong: <b>Sunday</b> & not \"Saturday\"");
        text.ShouldContain($"Open: {link}");
        text.ShouldNotContain("&lt;");
        html.ShouldContain("Note: Date is wrong: &lt;b&gt;Sunday&lt;/b&gt; &amp; not &quot;Saturday&quot;");
        html.ShouldContain("Street fair &lt;Saturday&gt; &amp; Sunday");
        html.ShouldNotContain("<b>");
        html.ShouldContain($"<a href=\"{link}\">");
        html.ShouldContain("Sgt. O&#39;Neil");
        Directory.Delete(pickup, recursive: true);
    }

    [Theory]
    [InlineData("https://cpdtwitter.example.org", "/Posts/1", "https://cpdtwitter.example.org/Posts/1")]
    [InlineData("https://example.org/cpdtwitter/", "/Review", "https://example.org/cpdtwitter/Review")]
    public void Links_are_built_from_the_public_base_url_keeping_its_path(string configured, string path, string expected) =>
        PublicBaseUrl.Resolve(configured, false, null, true).Link(path).ShouldBe(expected);

    [Theory]
    [InlineData("cpdtwitter.example.org")]
    [InlineData("ftp://cpdtwitter.example.org")]
    [InlineData("https://cpdtwitter.example.org/?a=1")]
    public void A_public_base_url_that_is_not_an_absolute_web_address_stops_the_start(string configured) =>
        Should.Throw<StartupException>(() => PublicBaseUrl.Resolve(configured, false, null, true)).Message.ShouldContain(PublicBaseUrl.Key);

    [Fact]
    public void E_mail_outside_Development_needs_a_public_base_url_and_Development_defaults_to_the_local_address()
    {
        Should.Throw<StartupException>(() => PublicBaseUrl.Resolve(null, false, null, emailConfigured: true)).Message.ShouldContain(PublicBaseUrl.Key);
        PublicBaseUrl.Resolve(null, false, null, emailConfigured: false).Address.ShouldBeNull();
        PublicBaseUrl.Resolve(null, true, "http://*:5090;https://localhost:5091", true).Link("/Posts/1").ShouldBe("http://localhost:5090/Posts/1");
        PublicBaseUrl.Resolve(null, true, null, true).Link("/Review").ShouldBe("http://localhost:5080/Review");
    }

    [Fact]
    public async Task The_app_refuses_to_start_with_e_mail_but_no_public_base_url()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "cpdtwitter-tests", Guid.NewGuid().ToString("N")),
            ["Email__SmtpHost"] = "127.0.0.1",
        }, "migrate");

        result.ExitCode.ShouldBe(1);
        result.All.ShouldContain("App:PublicBaseUrl is required when e-mail is configured");
        result.All.ShouldNotContain("   at ");
    }
}
