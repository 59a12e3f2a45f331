using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CpdTwitter.Domain.Devices;
using CpdTwitter.Domain.Notifications;
using CpdTwitter.Domain.People;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Duty;
using CpdTwitter.Infrastructure.Representatives;
using CpdTwitter.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Security;

/// <summary>One endpoint of the matrix: a Razor page (by its path, so a page routed as "/" and "/Index" counts once), a method and a handler.</summary>
public sealed record MatrixEndpoint(string Page, string Method, string Handler)
{
    public override string ToString() => Handler.Length == 0 ? $"{Method} {Page}" : $"{Method} {Page} handler={Handler}";
}

/// <summary>Who asks. District-scoped callers belong to district A; News Affairs and ISD to none.</summary>
public enum Caller
{
    Anonymous,
    Representative,
    Sergeant,
    Commander,
    NewsAffairs,
    Isd,
}

/// <summary>What the endpoint's id names: nothing, a district's record (post, draft, watch, representative), or a member's own record (notification).</summary>
public enum Scope
{
    None,
    District,
    Member,
}

/// <summary>Whose data a cell acts on: the caller's own (district A's, or the caller's own notification) or another's (district B's, or another member's).</summary>
public enum Target
{
    None,
    Own,
    Other,
}

public sealed record MatrixRow(MatrixEndpoint Endpoint, Scope Scope, IReadOnlyDictionary<Caller, (string Own, string Other)> Expected);

public sealed record MatrixCell(MatrixRow Row, Caller Caller, Target Target)
{
    public string Expected => Target == Target.Other ? Row.Expected[Caller].Other : Row.Expected[Caller].Own;

    /// <summary>The district whose data the request names (department-wide callers act on both A's and B's).</summary>
    public int District => Target == Target.Other ? MatrixApp.DistrictB : MatrixApp.DistrictA;

    /// <summary>A cell that must leave the other district's (or other member's) records exactly as they were.</summary>
    public bool MustNotTouchOthers => Target == Target.Other
        && (Row.Scope == Scope.Member || Caller is Caller.Representative or Caller.Sergeant or Caller.Commander);

    public override string ToString() => $"{Row.Endpoint} as {Label}";

    public string Label => (Row.Scope, Target) switch
    {
        (Scope.None, _) or (_, Target.None) => Caller.ToString(),
        (Scope.District, _) when Caller is Caller.NewsAffairs or Caller.Isd or Caller.Anonymous => $"{Caller} on district {District:000}",
        _ => $"{Caller} ({Target.ToString().ToLowerInvariant()})",
    };
}

/// <summary>The request a cell sends. POSTs get the session's antiforgery token added.</summary>
public sealed record MatrixRequest(string Url, IReadOnlyList<KeyValuePair<string, string>> Form)
{
    /// <summary>Sign in anew for this request (signing out ends the session).</summary>
    public bool FreshSession { get; init; }
}

/// <summary>The text table of expectations, parsed strictly so a typo cannot silently weaken it.</summary>
public static class MatrixTable
{
    public static readonly Caller[] Callers = Enum.GetValues<Caller>();

    public static IReadOnlyList<MatrixRow> Parse(string table)
    {
        var rows = new List<MatrixRow>();
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 4 + Callers.Length)
            {
                throw new FormatException($"Matrix row needs page, method, handler, ids and {Callers.Length} callers: '{line}'");
            }

            var endpoint = new MatrixEndpoint(cells[0], cells[1], cells[2] == "-" ? string.Empty : cells[2]);
            var scope = cells[3] switch
            {
                "-" => Scope.None,
                "district" => Scope.District,
                "member" => Scope.Member,
                _ => throw new FormatException($"Unknown ids kind '{cells[3]}' in '{line}'"),
            };
            var expected = new Dictionary<Caller, (string, string)>();
            for (var i = 0; i < Callers.Length; i++)
            {
                var caller = Callers[i];
                var parts = cells[4 + i].Split('/');
                var paired = scope switch
                {
                    Scope.District => caller is Caller.Representative or Caller.Sergeant or Caller.Commander,
                    Scope.Member => caller != Caller.Anonymous,
                    _ => false,
                };
                if (parts.Length != (paired ? 2 : 1) || parts.Any(p => !IsOutcome(p)))
                {
                    throw new FormatException($"{endpoint}: {caller} needs {(paired ? "own/other" : "one outcome")}, got '{cells[4 + i]}'");
                }

                expected[caller] = (parts[0], parts[^1]);
            }

            rows.Add(new MatrixRow(endpoint, scope, expected));
        }

        var duplicates = rows.GroupBy(r => r.Endpoint).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToList();
        return duplicates.Count == 0 ? rows : throw new FormatException("Matrix rows repeated: " + string.Join(", ", duplicates));
    }

    public static IEnumerable<MatrixCell> Cells(MatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var caller in Callers)
        {
            if (row.Scope == Scope.None || (row.Scope == Scope.Member && caller == Caller.Anonymous))
            {
                yield return new MatrixCell(row, caller, row.Scope == Scope.None ? Target.None : Target.Own);
            }
            else if (row.Scope == Scope.District && caller == Caller.Anonymous)
            {
                yield return new MatrixCell(row, caller, Target.Own);
            }
            else
            {
                yield return new MatrixCell(row, caller, Target.Own);
                yield return new MatrixCell(row, caller, Target.Other);
            }
        }
    }

    private static bool IsOutcome(string token) =>
        token is "signin" or "denied-redirect" || (token.Length == 3 && token.All(char.IsAsciiDigit));

    /// <summary>
    /// What the answer means: "signin" is the authentication challenge (302 to the sign-in page with a ReturnUrl),
    /// "denied-redirect" a 302 to /Account/AccessDenied, anything else the status code itself.
    /// </summary>
    public static string Classify(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            var uri = location.IsAbsoluteUri ? location : new Uri(new Uri("https://localhost"), location);
            if (uri.AbsolutePath == "/Account/SignIn" && uri.Query.Contains("ReturnUrl=", StringComparison.Ordinal))
            {
                return "signin";
            }

            if (uri.AbsolutePath == "/Account/AccessDenied")
            {
                return "denied-redirect";
            }
        }

        return status.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>Every Razor page handler the app maps, read from its endpoint data source and the compiled page descriptors.</summary>
public static class PageEndpoints
{
    public static async Task<IReadOnlyList<MatrixEndpoint>> DiscoverAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var loader = services.GetRequiredService<PageLoader>();
        var found = new HashSet<MatrixEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            if (compiled.HandlerMethods.Count == 0)
            {
                found.Add(new MatrixEndpoint(page.ViewEnginePath, "GET", string.Empty)); // a page without a model still renders
            }

            foreach (var handler in compiled.HandlerMethods)
            {
                found.Add(new MatrixEndpoint(page.ViewEnginePath, handler.HttpMethod.ToUpperInvariant(), handler.Name ?? string.Empty));
            }
        }

        return [.. found.OrderBy(e => e.Page, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ThenBy(e => e.Handler, StringComparer.Ordinal)];
    }
}

public sealed record Member(string Id, string LogOnId);

/// <summary>A signed-in (or anonymous) client that does not follow redirects, with an antiforgery token valid for it.</summary>
public sealed class MatrixSession(Browser browser, string token) : IDisposable
{
    public Browser Browser { get; } = browser;

    public string Token { get; } = token;

    public void Dispose() => Browser.Dispose();
}

/// <summary>
/// The app for the matrix: districts A and B, each with an appointed, acknowledged representative on duty; district A's
/// sergeant and commander; News Affairs; ISD; an account for ISD to administer. Requests come from the Department
/// network; the publisher is off, so nothing changes records behind the test's back.
/// </summary>
public sealed class MatrixApp : IAsyncLifetime
{
    public const int DistrictA = 7;
    public const int DistrictB = 8;
    private readonly Dictionary<Caller, MatrixSession> _sessions = [];
    private int _sequence;

    public CpdTwitterFactory Factory { get; private set; } = null!;

    public Member RepresentativeA { get; private set; } = null!;

    public Member RepresentativeB { get; private set; } = null!;

    public Dictionary<Caller, Member> Members { get; } = [];

    /// <summary>The account ISD's user-administration handlers act on (never one of the callers).</summary>
    public Member Administered { get; private set; } = null!;

    public Guid Device { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Factory = new DepartmentNetworkFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Publishing:Enabled"] = "false",
                ["Devices:DepartmentNetworks:0"] = "127.0.0.0/8",
            },
        };
        _ = Factory.Server;
        RepresentativeA = await RepresentativeAsync("mx.rep.a", DistrictA, "70001");
        RepresentativeB = await RepresentativeAsync("mx.rep.b", DistrictB, "80001");
        Members[Caller.Representative] = RepresentativeA;
        Members[Caller.Sergeant] = await MemberAsync("mx.sgt.a", DistrictA, Roles.CommunityPolicingSergeant);
        Members[Caller.Commander] = await MemberAsync("mx.cmdr.a", DistrictA, Roles.Commander);
        Members[Caller.NewsAffairs] = await MemberAsync("mx.news", null, Roles.NewsAffairs);
        Members[Caller.Isd] = await MemberAsync("mx.isd", null, Roles.IsdAdministrator);
        Administered = await MemberAsync("mx.administered", DistrictB, Roles.CommunityPolicingSergeant);
        Device = await WithDbAsync(async db =>
        {
            var device = new DeviceEnrollment("MX-DEVICE-1", TestActors.Isd, DateTime.UtcNow);
            db.Devices.Add(device);
            await db.SaveChangesAsync();
            return device.Id;
        });
    }

    public int Next() => Interlocked.Increment(ref _sequence);

    public Member RepresentativeOf(int district) => district == DistrictA ? RepresentativeA : RepresentativeB;

    /// <summary>The caller's reused session, signed in once.</summary>
    public async Task<MatrixSession> SessionAsync(Caller caller)
    {
        if (!_sessions.TryGetValue(caller, out var session))
        {
            session = await SignInAsync(caller);
            _sessions[caller] = session;
        }

        return session;
    }

    /// <summary>Forgets the caller's reused session: signing out (in any session) ends every session of the member.</summary>
    public void ForgetSession(Caller caller)
    {
        if (_sessions.Remove(caller, out var session))
        {
            session.Dispose();
        }
    }

    public async Task<MatrixSession> SignInAsync(Caller caller)
    {
        var browser = new Browser(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
        if (caller != Caller.Anonymous)
        {
            await browser.SignInAsync(Members[caller].LogOnId);
            browser.Status.ShouldBe(HttpStatusCode.Redirect, $"{caller} signs in");
        }

        var page = await browser.GetAsync(caller == Caller.Anonymous ? "/Account/SignIn" : "/");
        browser.Status.ShouldBe(HttpStatusCode.OK);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;
        token.ShouldNotBeNullOrEmpty($"{caller} has an antiforgery token");
        return new MatrixSession(browser, token);
    }

    /// <summary>An image the district holds (a file in the media folder and its row), by its SHA-256.</summary>
    public async Task<string> ImageAsync(int district)
    {
        var store = Factory.Services.GetRequiredService<Infrastructure.Media.ImageStore>();
        var bytes = Media.TestImages.Png(8 + Next() % 50, 8);
        var intake = await store.StoreAsync(new MemoryStream(bytes), bytes.Length);
        var image = intake.Image!;
        await WithDbAsync(async db =>
        {
            if (!await db.StoredImages.AnyAsync(i => i.District == district && i.Sha256 == image.Sha256))
            {
                db.StoredImages.Add(new Domain.Media.StoredImage(district, image, RepresentativeOf(district).Id, DateTime.UtcNow));
                await db.SaveChangesAsync();
            }

            return 0;
        });
        return image.Sha256;
    }

    /// <summary>A post of the district's representative in the given state, written straight to the store.</summary>
    public Task<Guid> PostAsync(int district, PostState state) => WithDbAsync(async db =>
    {
        var author = RepresentativeOf(district);
        var now = DateTime.UtcNow;
        var n = Next();
        var post = Post.Draft(district, author.Id, "Officer " + author.LogOnId,
            new PostContent(PostCategory.CommunityAlert, $"Matrix post {n}: lock your car and take your keys.", null, false, null), now);
        switch (state)
        {
            case PostState.Draft:
                break;
            case PostState.AwaitingSergeant:
                post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: true, now);
                break;
            case PostState.AwaitingNewsAffairs:
                post.Submit(author.Id, new PolicyReview(["matrix: notable"], [], []), districtRequiresSergeant: false, now);
                break;
            case PostState.Published:
                post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: false, now);
                post.MarkPublished($"9{n:D9}", null, post.Text, null, sandbox: true, now);
                break;
            case PostState.OutcomeUnknown:
                post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: false, now);
                post.MarkOutcomeUnknown(post.Text, "matrix: timeout", now);
                break;
            case PostState.Queued:
                post.Submit(author.Id, PolicyReview.Clear, districtRequiresSergeant: false, now);
                db.Outbox.Add(new Infrastructure.Publishing.OutboxMessage(Infrastructure.Publishing.OutboxKind.PublishPost, post.Id, district, post.DueAt, now));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No matrix fixture for this state.");
        }

        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    });

    /// <summary>A weekly watch of the district's representative, at a time no other matrix watch uses.</summary>
    public async Task<Guid> WatchAsync(int district)
    {
        var (day, start, end) = FreeWatch();
        var outcome = await Factory.WithServiceAsync<Infrastructure.Outcome, DutyRoster>(roster =>
            roster.AddWatchAsync(district, RepresentativeOf(district).Id, day, start, end, TestActors.Sergeant(district)));
        outcome.Succeeded.ShouldBeTrue(string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return Guid.Parse(outcome.Id!, CultureInfo.InvariantCulture);
    }

    /// <summary>A one-hour weekly slot unused by earlier matrix watches (they may not overlap).</summary>
    public (DayOfWeek Day, TimeOnly Start, TimeOnly End) FreeWatch()
    {
        var n = Next() % (7 * 23);
        var start = new TimeOnly(n / 7, 0);
        return ((DayOfWeek)(n % 7), start, start.AddMinutes(45));
    }

    public Task<Guid> NotificationAsync(string userId) => WithDbAsync(async db =>
    {
        var notification = new Notification(userId, "Matrix notification", "/", DateTime.UtcNow);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });

    /// <summary>District B's records as text, to prove a refused (or 200-with-a-refusal) request changed none of them.</summary>
    public Task<string> OthersFingerprintAsync() => WithDbAsync(async db =>
    {
        var district = DistrictB;
        var text = new StringBuilder();
        foreach (var p in await db.Posts.AsNoTracking().Where(p => p.District == district).OrderBy(p => p.Id).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"post {p.Id} {p.State} r{p.RevisionNumber} {p.UpdatedAt:O}\n");
        }

        foreach (var w in await db.Watches.AsNoTracking().Where(w => w.District == district).Select(w => w.Id).OrderBy(w => w).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"watch {w}\n");
        }

        foreach (var g in await db.DutyGrants.AsNoTracking().Where(g => g.District == district).Select(g => g.Id).OrderBy(g => g).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"grant {g}\n");
        }

        foreach (var a in await db.Appointments.AsNoTracking().Where(a => a.District == district).OrderBy(a => a.Id).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"appointment {a.Id} {a.EndedAt:O} {a.AcknowledgedAt:O}\n");
        }

        var owner = RepresentativeB.Id;
        foreach (var n in await db.Notifications.AsNoTracking().Where(n => n.UserId == owner).OrderBy(n => n.Id).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"notification {n.Id} {n.ReadAt:O}\n");
        }

        return text.ToString();
    });

    public Task<T> WithDbAsync<T>(Func<CpdTwitterDbContext, Task<T>> use) => Factory.WithServiceAsync(use);

    private async Task<Member> MemberAsync(string logOnId, int? district, string role) =>
        new(await Factory.CreateUserAsync(logOnId, district, role), logOnId);

    /// <summary>Appointed to slot 1, acknowledged by News Affairs, with a shift confirmed around now.</summary>
    private async Task<Member> RepresentativeAsync(string logOnId, int district, string star)
    {
        var id = await Factory.CreateUserAsync(logOnId, district, Roles.Representative);
        await using var scope = Factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<RepresentativeRegistry>();
        var appointed = await registry.AppointAsync(district, 1, new RepresentativeInput(logOnId, null, "Police Officer", star, star.PadLeft(6, '9'), $"{logOnId}@chicagopolice.org"), TestActors.Commander(district));
        appointed.Succeeded.ShouldBeTrue(string.Join("; ", appointed.Errors.Select(e => e.Message)));
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var submission = await db.Appointments.Where(a => a.UserId == id).Select(a => a.SubmissionId).SingleAsync();
        var acknowledged = await registry.AcknowledgeAsync(submission, TestActors.NewsAffairs);
        acknowledged.Succeeded.ShouldBeTrue(string.Join("; ", acknowledged.Errors.Select(e => e.Message)));
        var shift = await scope.ServiceProvider.GetRequiredService<DutyRoster>()
            .ConfirmShiftAsync(district, id, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(8), TestActors.Sergeant(district));
        shift.Succeeded.ShouldBeTrue(string.Join("; ", shift.Errors.Select(e => e.Message)));
        return new Member(id, logOnId);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
