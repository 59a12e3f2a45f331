using System.Globalization;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Duty;
using CpdTwitter.Infrastructure.Publishing;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Posts;

/// <summary>
/// The app wired to the fake X: the district's account connected with the fake's credentials, requests arriving from
/// the Department network (so representatives on duty may act), and the publisher polling quickly.
/// </summary>
public class PublishingApp : IAsyncLifetime
{
    public FakeXServer X { get; private set; } = null!;

    /// <summary>The app's clock; null for the real one.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Where the app looks for X; the fake unless a test says otherwise.</summary>
    protected virtual Uri? XBaseUrl => null;

    /// <summary>
    /// Further settings for this app, e.g. a short <c>X:TimeoutSeconds</c> for the tests about timeouts (everyone
    /// else keeps the app's default, so a slow machine never turns a normal publish into an unknown outcome).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> MoreSettings => new Dictionary<string, string>();

    /// <summary>The app's current time: the fake clock's when there is one.</summary>
    public DateTime UtcNow => (Clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    public CpdTwitterFactory Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        X = await FakeXServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["X:BaseUrl"] = (XBaseUrl ?? X.BaseUrl).ToString(),
            ["X:ConsumerKey"] = FakeXServer.Credentials.ConsumerKey,
            ["X:ConsumerSecret"] = FakeXServer.Credentials.ConsumerSecret,
            ["Publishing:PollSeconds"] = "0.2",
            ["Publishing:ReconcileDelaySeconds"] = "0.2",
            ["Devices:DepartmentNetworks:0"] = "127.0.0.0/8",
        };
        foreach (var (key, value) in MoreSettings)
        {
            settings[key] = value;
        }

        Factory = new DepartmentNetworkFactory { Clock = Clock, Settings = settings };
        _ = Factory.Server; // start the app (and its publisher) now
    }

    /// <summary>An appointed, acknowledged representative with a shift confirmed around now.</summary>
    public async Task<string> RepresentativeAsync(string logOnId, int district, int slot, string star, bool onDuty = true)
    {
        var id = await Factory.CreateUserAsync(logOnId, district, Roles.Representative);
        await using var scope = Factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<RepresentativeRegistry>();
        var appointed = await registry.AppointAsync(district, slot, new RepresentativeInput(logOnId, null, "Police Officer", star, star.PadLeft(6, '9'), $"{logOnId}@chicagopolice.org"), TestActors.Commander(district));
        appointed.Succeeded.ShouldBeTrue(string.Join("; ", appointed.Errors.Select(e => e.Message)));
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var submission = await db.Appointments.Where(a => a.UserId == id).Select(a => a.SubmissionId).SingleAsync();
        (await registry.AcknowledgeAsync(submission, TestActors.NewsAffairs)).Succeeded.ShouldBeTrue();
        if (onDuty)
        {
            var shift = await scope.ServiceProvider.GetRequiredService<DutyRoster>()
                .ConfirmShiftAsync(district, id, UtcNow.AddHours(-1), UtcNow.AddHours(8), TestActors.Sergeant(district));
            shift.Succeeded.ShouldBeTrue(string.Join("; ", shift.Errors.Select(e => e.Message)));
        }

        return id;
    }

    /// <summary>ISD has connected the district's account with the fake's access token.</summary>
    public async Task ConnectAsync(int district)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        if (await db.XAccounts.AnyAsync(a => a.District == district))
        {
            return;
        }

        var vault = scope.ServiceProvider.GetRequiredService<XAccountVault>();
        var account = new XAccountConnection(district, vault.Protect(FakeXServer.Credentials.AccessToken), vault.Protect(FakeXServer.Credentials.TokenSecret), TestActors.Isd, UtcNow);
        account.Verified("1234", "CPD12thDist", UtcNow);
        db.XAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    /// <summary>Submits a post through the composer as the signed-in representative and returns its id.</summary>
    public static async Task<Guid> SubmitAsync(Browser representative, string text, PostCategory category = PostCategory.CommunityAlert, bool notable = false, string? justification = null, string? scheduledFor = null)
    {
        var page = await representative.SubmitAsync("/Drafts/Compose", new Dictionary<string, string>
        {
            ["Input.Category"] = category.ToString(),
            ["Input.Text"] = text,
            ["Input.MarkedNotable"] = notable ? "true" : "false",
            ["Input.Justification"] = justification ?? string.Empty,
            ["Input.ScheduledFor"] = scheduledFor ?? string.Empty,
        }, handler: "Submit");
        var path = representative.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath;
        path.ShouldStartWith("/Posts/", customMessage: page.Errors());
        return Guid.Parse(path["/Posts/".Length..], CultureInfo.InvariantCulture);
    }

    public Task<Post> PostAsync(Guid id) =>
        Factory.WithServiceAsync<Post, CpdTwitterDbContext>(db => db.Posts.AsNoTracking().Include(p => p.Revisions).Include(p => p.Decisions).SingleAsync(p => p.Id == id));

    /// <summary>Waits (up to 30 s) for the post to reach a state; the publisher runs in the background.</summary>
    public async Task<Post> WaitForAsync(Guid id, PostState state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var post = await PostAsync(id);
            if (post.State == state || DateTime.UtcNow > deadline)
            {
                post.State.ShouldBe(state, $"{post.PublishingMessage}");
                return post;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits (up to 30 s) until the background publisher has done what <paramref name="condition"/> checks in the store.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"Waited 30 s for {what}.");
            await Task.Delay(100);
        }
    }

    /// <summary>Runs the publisher until nothing is due now, so "nothing was sent" is a fact, not a race.</summary>
    public Task DrainAsync() => Factory.Services.GetRequiredService<Publisher>().DrainAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await X.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
