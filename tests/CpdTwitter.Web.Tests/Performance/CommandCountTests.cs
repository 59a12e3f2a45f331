using System.Net;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Duty;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Performance;

/// <summary>
/// No page grows with history (issue 12): every page a member opens sends a fixed number of SQL commands, the same when
/// the district has 10 postings as when it has 10,000. Counts only; times are measured by scripts/bench.sh, never here.
/// </summary>
public sealed class CommandCountTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int District = 12;
    private readonly CountingFactory _factory = new();

    /// <summary>
    /// What each page may send at most, per request, on a cold cache, with its member's per-request checks included: the
    /// session stamp and the unread count (2), and for News Affairs and ISD the reconnect banner (1, cached for seconds).
    /// Representatives' pages add the acting check (appointment, watches, duty grants; the device is the network here);
    /// the home page's check for submitting adds the current guidance version and the member's acknowledgement (one query).
    /// Each paged list adds its total (one COUNT, always run so the count does not depend on the list's length).
    /// What needs the member (the navigation badges, issue 13; cached for seconds, so cold here) adds one query of
    /// indexed COUNTs for representatives and News Affairs, two for sergeants and commanders (their district's switches
    /// give the review period) and for ISD (the few lockout ends, compared in memory).
    /// </summary>
    private static readonly Dictionary<string, int> Limits = new()
    {
        ["representative /"] = 8,
        ["sergeant /"] = 5,
        ["commander /"] = 5,
        ["news /"] = 4,
        ["isd /"] = 5,
        ["representative /Drafts"] = 12,
        ["representative /Notifications"] = 5,
        ["sergeant /Review"] = 10,
        ["sergeant /Review/Approvals"] = 9,
        ["sergeant /Posts/{id}"] = 10, // + the count of media inquiries about the posting (issue 14)
        ["commander /Commander/Publishing"] = 8,
        ["news /NewsAffairs/Approvals"] = 9,
        ["news /NewsAffairs/Representatives"] = 8,
        // The templates (one News Affairs desk keeps a few dozen at most, not history): one query, unpaged.
        ["news /NewsAffairs/Templates"] = 5,
        // The press list (issue 16): the active handles, a few dozen at most: one query, unpaged.
        ["news /NewsAffairs/PressList"] = 5,
        ["representative /Drafts/FromTemplate"] = 7,
        ["news /NewsAffairs/Inquiries?show=all"] = 7, // the districts for the filter, the page and its total
        ["representative /Inquiries"] = 5,
        ["news /Publishing"] = 14,
        ["isd /Publishing"] = 15,
        ["isd /Admin/Audit"] = 10, // + the last recorded verification (indexed by action and sequence; issue 15)
        ["representative /Calendar"] = 5,
        ["sergeant /Calendar?week={today}"] = 6,
        ["commander /Calendar?day={today}"] = 6,
        ["news /Calendar"] = 7,
        ["isd /Calendar?show=list&district=12"] = 8,
        // The feed (issue 14): the districts for its filter, the page and its total.
        ["news /NewsAffairs/Postings"] = 7,
        ["isd /NewsAffairs/Postings?district=12&q=lock+car&notable=true"] = 8,
        // The dashboard (issue 14): postings per week, approvals, the review backlog (2: periods, counts), reasons,
        // failures (counts and the latest), accounts, this month's postings, overdue media inquiries: 10 on top of the member's own.
        ["news /NewsAffairs/Dashboard"] = 14,
        ["isd /NewsAffairs/Dashboard?district=12"] = 15,
        ["representative /Guidance"] = 6,
        ["sergeant /Guidance"] = 6,
        ["news /NewsAffairs/Guidance"] = 7,
        ["commander /Commander/Guidance"] = 6,
        // The mentions inbox (issue 16): counts per state, the page and its total, the page's responses (one query for the
        // page), the poll notices: 5; News Affairs and ISD add the districts for the filter. A mention: itself and its responses.
        ["representative /Inbox"] = 8,
        ["sergeant /Inbox?show=all"] = 9,
        ["news /Inbox?show=all&flagged=true"] = 10,
        ["isd /Inbox?district=12"] = 11,
        ["representative /Inbox/{mention}"] = 5,
        ["news /Inbox/{mention}"] = 6,
    };

    private Guid _mention;

    public async ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        await Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_page_sends_the_same_few_commands_at_10_and_at_10_000_postings()
    {
        var representative = await RepresentativeAsync("po.count");
        var sergeant = await _factory.CreateUserAsync("sgt.count", District, Roles.CommunityPolicingSergeant);
        await _factory.CreateUserAsync("cmdr.count", District, Roles.Commander);
        var news = await _factory.CreateUserAsync("news.count", null, Roles.NewsAffairs);
        await _factory.CreateUserAsync("isd.count", null, Roles.IsdAdministrator);
        var browsers = new Dictionary<string, Browser>();
        foreach (var (who, logOnId) in new[] { ("representative", "po.count"), ("sergeant", "sgt.count"), ("commander", "cmdr.count"), ("news", "news.count"), ("isd", "isd.count") })
        {
            var browser = new Browser(_factory.CreateClient());
            await browser.SignInAsync(logOnId);
            browsers[who] = browser;
        }

        (await _factory.WithServiceAsync<Infrastructure.Outcome, Infrastructure.Guidance.GuidanceDesk>(desk =>
            desk.PublishAsync("## Posting\n\nPost district crime alerts.", "First", TestActors.NewsAffairs))).Succeeded.ShouldBeTrue();
        (await _factory.WithServiceAsync<Infrastructure.Outcome, Infrastructure.Guidance.GuidanceDesk>(desk =>
            desk.AcknowledgeAsync(1, new Actor(representative, "Test po.count", [Roles.Representative], District)))).Succeeded.ShouldBeTrue();
        var reviewer = new PostApprover(sergeant, "Sgt. Count", false, District);
        var newsAffairs = new PostApprover(news, "News Count", true, null);
        await PostingFill.AddAsync(_factory.Services, District, representative, reviewer, newsAffairs, 0, 10);
        var record = await _factory.WithServiceAsync<Guid, CpdTwitterDbContext>(db =>
            db.Posts.Where(p => p.District == District && p.State == PostState.Reviewed).OrderBy(p => p.CreatedAt).Select(p => p.Id).FirstAsync());
        await AddMentionsAsync(0, 10);
        var small = await CountAsync(browsers, record);

        await PostingFill.AddAsync(_factory.Services, District, representative, reviewer, newsAffairs, 10, 9_990);
        await AddMentionsAsync(10, 1_990);
        var large = await CountAsync(browsers, record);

        foreach (var (page, limit) in Limits)
        {
            output.WriteLine($"{page}: {small[page]} commands at 10 postings, {large[page]} at 10,000 (limit {limit})");
        }

        foreach (var (page, limit) in Limits)
        {
            large[page].ShouldBe(small[page], $"{page} grows with history");
            small[page].ShouldBeLessThanOrEqualTo(limit, page);
        }

        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }
    }

    [Fact]
    public async Task The_reconnect_banner_is_read_once_for_a_few_seconds_not_on_every_page()
    {
        await _factory.CreateUserAsync("isd.banner", null, Roles.IsdAdministrator);
        using var isd = new Browser(_factory.CreateClient());
        await isd.SignInAsync("isd.banner");
        ((MemoryCache)_factory.Services.GetRequiredService<IMemoryCache>()).Clear();

        await isd.GetAsync("/");
        var cold = await _factory.Commands.LastAsync("/");
        await isd.GetAsync("/?again");
        var warm = await _factory.Commands.LastAsync("/?again");

        warm.ShouldBe(cold - 1);
    }

    private async Task<Dictionary<string, int>> CountAsync(Dictionary<string, Browser> browsers, Guid record)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in Limits.Keys)
        {
            var (who, path) = (page[..page.IndexOf(' ', StringComparison.Ordinal)], page[(page.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var url = path.Replace("{id}", record.ToString(), StringComparison.Ordinal).Replace("{mention}", _mention.ToString(), StringComparison.Ordinal)
                .Replace("{today}", Domain.ChicagoTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            // Cold: whatever the app caches briefly is read from the store, as on the first request after it expires.
            ((MemoryCache)_factory.Services.GetRequiredService<IMemoryCache>()).Clear();
            var browser = browsers[who];
            await browser.GetAsync(url);
            browser.Status.ShouldBe(HttpStatusCode.OK, $"{page}");
            counts[page] = await _factory.Commands.LastAsync(url);
        }

        return counts;
    }

    /// <summary>Mentions in the district's inbox, every third flagged and every fifth closed; the first is the one opened.</summary>
    private async Task AddMentionsAsync(int from, int count)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        for (var i = from; i < from + count; i++)
        {
            var mention = Domain.Responses.Mention.Received(District, new Domain.Responses.XMentionFacts((1870000000000000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "1234", "resident" + i, "Resident " + i, $"@district question {i}", now.AddMinutes(-i), null, null, true), now);
            if (i % 3 == 0)
            {
                mention.Flag("Asks for comment");
            }

            if (i % 5 == 1)
            {
                mention.CloseWithoutResponse(TestActors.NewsAffairs, "Thanks only", now);
            }

            if (i == 0)
            {
                _mention = mention.Id;
            }

            db.Mentions.Add(mention);
        }

        await db.SaveChangesAsync();
    }

    private async Task<string> RepresentativeAsync(string logOnId)
    {
        var id = await _factory.CreateUserAsync(logOnId, District, Roles.Representative);
        await using var scope = _factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<RepresentativeRegistry>();
        var appointed = await registry.AppointAsync(District, 1, new RepresentativeInput(logOnId, null, "Police Officer", "41234", "941234", $"{logOnId}@chicagopolice.org"), TestActors.Commander(District));
        appointed.Succeeded.ShouldBeTrue(string.Join("; ", appointed.Errors.Select(e => e.Message)));
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var submission = await db.Appointments.Where(a => a.UserId == id).Select(a => a.SubmissionId).SingleAsync();
        (await registry.AcknowledgeAsync(submission, TestActors.NewsAffairs)).Succeeded.ShouldBeTrue();
        var now = DateTime.UtcNow;
        (await scope.ServiceProvider.GetRequiredService<DutyRoster>().ConfirmShiftAsync(District, id, now.AddHours(-1), now.AddHours(8), TestActors.Sergeant(District))).Succeeded.ShouldBeTrue();
        return id;
    }

    /// <summary>The app from the Department network, with its SQL commands counted and no background publisher.</summary>
    private sealed class CountingFactory : DepartmentNetworkFactory
    {
        public CountingFactory() => Settings = new Dictionary<string, string> { ["Publishing:Enabled"] = "false", ["Devices:DepartmentNetworks:0"] = "127.0.0.0/8" };

        public SqlCommandCounter Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(Commands.AddTo);
        }
    }
}
