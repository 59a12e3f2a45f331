using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Web.Tests.Media;
using CpdTwitter.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CpdTwitter.Browser.Tests;

/// <summary>The demo app publishing to the fake X (which checks signatures, uploads and media ids), district 12 connected.</summary>
public sealed class FakeXAppServer : AppServer
{
    private FakeXServer? _x;

    public FakeXServer X => _x!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["X:BaseUrl"] = X.BaseUrl.ToString(),
        ["X:ConsumerKey"] = FakeXServer.Credentials.ConsumerKey,
        ["X:ConsumerSecret"] = FakeXServer.Credentials.ConsumerSecret,
        ["Publishing:PollSeconds"] = "0.2",
    };

    public override async ValueTask InitializeAsync()
    {
        _x = await FakeXServer.StartAsync();
        await base.InitializeAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var vault = scope.ServiceProvider.GetRequiredService<XAccountVault>();
        var account = new XAccountConnection(12, vault.Protect(FakeXServer.Credentials.AccessToken), vault.Protect(FakeXServer.Credentials.TokenSecret), TestActors.Isd, DateTime.UtcNow);
        account.Verified("1234", "CPD12thDist", DateTime.UtcNow);
        db.XAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await X.DisposeAsync();
    }
}

/// <summary>Issue 13: a representative attaches a photo, is refused without alt text, adds it, and the post reaches X with it.</summary>
public sealed class ImagesFlowTests(FakeXAppServer server, Chromium chromium) : IClassFixture<FakeXAppServer>, IClassFixture<Chromium>
{
    private const string Text = "Thank you to everyone who joined the 12th District's community walk this evening.";

    [Fact]
    public async Task A_representative_attaches_a_photo_with_alt_text_and_it_is_published_through_X_with_it()
    {
        await server.OnDutyAsync("po.grant");
        var officer = await server.SignInAsync(chromium, "po.grant");
        await officer.GotoAsync(server.BaseUrl + "/Drafts/Compose");
        await officer.GetByLabel("Kind of posting").SelectOptionAsync(new SelectOptionValue { Label = "Community alert" });
        await officer.GetByLabel("Post", new() { Exact = true }).FillAsync(Text);
        var photo = Path.Combine(Path.GetTempPath(), $"walk-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.Jpeg(320, 240), TestContext.Current.CancellationToken);
        try
        {
            await officer.GetByLabel("Add images").SetInputFilesAsync(photo);
            await officer.GetByRole(AriaRole.Button, new() { Name = "Attach" }).ClickAsync();
            await officer.WaitForURLAsync(url => url.Contains("/Drafts/Compose/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        }
        finally
        {
            File.Delete(photo);
        }

        await Assertions.Expect(officer.Locator(".alert-success")).ToContainTextAsync("Write its alt text");
        await Assertions.Expect(officer.Locator("#compose-form [data-preview-image]")).ToHaveCountAsync(1);
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        var error = officer.Locator("[data-valmsg-for='Input.Images[0].AltText']");
        await Assertions.Expect(error).ToContainTextAsync("Describe image 1");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();
        await Chromium.ScreenshotAsync(officer, "composer-with-images");

        await officer.GetByLabel("Alt text for image 1", new() { Exact = false }).FillAsync("Residents and officers walk along Taylor Street at dusk.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/Posts/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await officer.Locator("#post-state").InnerTextAsync()).Contains("Published", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await officer.ReloadAsync();
        }

        (await officer.Locator("#post-state").InnerTextAsync()).ShouldContain("Published");
        await Assertions.Expect(officer.Locator(".post-preview-image")).ToHaveAttributeAsync("alt", "Residents and officers walk along Taylor Street at dusk.");
        (await chromium.AccessibilityViolationsAsync(officer)).ShouldBeEmpty();

        var (xPostId, _) = server.X.Posts.Single(p => p.Value == Text);
        var media = server.X.Media[server.X.PostMedia[xPostId].Single()];
        media.AltText.ShouldBe("Residents and officers walk along Taylor Street at dusk.");
        TestImages.Contains(media.Bytes, TestImages.CameraSerial).ShouldBeFalse();
    }
}
