using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Admin;

/// <summary>An app whose clock the test sets, so events land on chosen Chicago dates.</summary>
public sealed class AuditPageFactory : CpdTwitterFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 16, 30, 0, TimeSpan.Zero);

    public AuditPageFactory() => Clock = Time;

    public SettableClock Time { get; } = new() { UtcNow = Now };

    /// <summary>Writes events as if they happened at <paramref name="at"/>, through the audit trail as the app does.</summary>
    public async Task RecordAsync(DateTimeOffset at, params (string Actor, string Action, string SubjectType, string? SubjectId, int? District, object? Details)[] events)
    {
        Time.UtcNow = at;
        try
        {
            await using var scope = Services.CreateAsyncScope();
            var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            foreach (var e in events)
            {
                trail.Record(e.Action, e.SubjectType, e.SubjectId, e.District, e.Details, e.Actor);
            }

            await scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>().SaveChangesAsync();
        }
        finally
        {
            Time.UtcNow = Now;
        }
    }
}

/// <summary>A clock that may be set back as well as forward (events written in the past, then the present again).</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; }

    public override DateTimeOffset GetUtcNow() => UtcNow;
}

/// <summary>Admin → Audit trail: keyset pages over the whole trail, filters, plain-language names, linked subjects.</summary>
public sealed class AuditTrailPageTests(AuditPageFactory factory) : IClassFixture<AuditPageFactory>
{
    private const string Page = "/Admin/Audit";

    private static List<long> Sequences(IDocument page) =>
        page.QuerySelectorAll("#events tbody tr").Select(r => long.Parse(r.GetAttribute("data-sequence")!, CultureInfo.InvariantCulture)).ToList();

    private static string? Href(IDocument page, string id) => page.QuerySelector($"a#{id}")?.GetAttribute("href");

    private Task<List<long>> StoredAsync() =>
        factory.WithServiceAsync<List<long>, CpdTwitterDbContext>(db => db.AuditEvents.OrderByDescending(e => e.Sequence).Select(e => e.Sequence).ToListAsync());

    private Task<Browser> IsdAsync() => factory.SignedInAsync("isd.audit", null, Roles.IsdAdministrator);

    [Fact]
    public async Task Paging_walks_the_whole_trail_with_no_gaps_or_duplicates_while_events_are_added()
    {
        await factory.RecordAsync(AuditPageFactory.Now.AddDays(-1), [.. Enumerable.Range(1, 130)
            .Select(i => ("audit.walker", AuditActions.Rank.Added, AuditSubjects.Rank, (string?)$"Walk {i}", (int?)null, (object?)new { i }))]);
        using var isd = await IsdAsync();

        var page = await isd.GetAsync(Page);
        var atStart = await StoredAsync();
        var walked = new List<long>();
        var pages = 0;
        while (true)
        {
            pages++;
            var sequences = Sequences(page);
            sequences.Count.ShouldBeLessThanOrEqualTo(AuditSearch.PageSize);
            walked.AddRange(sequences);
            page.Text("#total").ShouldContain("matching events");

            // Events written between two page loads go on top: they must not shift the older pages.
            await factory.RecordAsync(AuditPageFactory.Now, ("audit.inserter", AuditActions.Rank.Added, AuditSubjects.Rank, $"Inserted {pages}", null, null));
            if (Href(page, "older") is not { } older)
            {
                break;
            }

            page = await isd.GetAsync(older);
            isd.Status.ShouldBe(HttpStatusCode.OK);
        }

        walked.ShouldBe(atStart);
        pages.ShouldBe((atStart.Count + AuditSearch.PageSize - 1) / AuditSearch.PageSize);

        // And back up through the newer links, to the events added during the walk.
        var upward = new List<long>(Sequences(page));
        while (Href(page, "newer") is { } newer)
        {
            page = await isd.GetAsync(newer);
            upward.InsertRange(0, Sequences(page));
        }

        var atEnd = await StoredAsync();
        upward.ShouldBe(atEnd);
        upward.Distinct().Count().ShouldBe(upward.Count);
        page.QuerySelector("a#newest").ShouldNotBeNull();
    }

    [Fact]
    public async Task Each_filter_narrows_the_trail_and_dates_are_Chicago_dates()
    {
        await factory.CreateUserAsync("po.filter.a", 7, Roles.Representative);
        var evening = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);  // 19 November, 21:00 in Chicago
        var night = new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);    // 20 November, 01:00 in Chicago
        await factory.RecordAsync(evening, ("po.filter.a", AuditActions.Duty.WatchAdded, AuditSubjects.Representative, "x-a", 7, new { note = "A" }));
        await factory.RecordAsync(night, ("po.filter.b", AuditActions.Duty.WatchRemoved, AuditSubjects.Representative, "x-b", 7, new { note = "B" }));
        await factory.RecordAsync(night.AddDays(2), ("po.filter.a", AuditActions.Duty.WatchAdded, AuditSubjects.Representative, "x-c", 9, new { note = "C" }));
        using var isd = await IsdAsync();

        async Task<List<string>> NotesAsync(string query)
        {
            var page = await isd.GetAsync($"{Page}?{query}");
            isd.Status.ShouldBe(HttpStatusCode.OK);
            return page.QuerySelectorAll("#events tbody td.details dd").Select(d => d.TextContent.Trim()).ToList();
        }

        (await NotesAsync("person=PO.FILTER.A")).ShouldBe(["C", "A"]);
        (await NotesAsync("person=po.filter.b")).ShouldBe(["B"]);
        (await NotesAsync("action=duty.watch-removed")).ShouldBe(["B"]);
        (await NotesAsync("action=duty.watch-added&district=7")).ShouldBe(["A"]);
        (await NotesAsync("district=9")).ShouldBe(["C"]);
        (await NotesAsync("district=7&from=2026-11-19&to=2026-11-19")).ShouldBe(["A"]);
        (await NotesAsync("district=7&from=2026-11-20&to=2026-11-20")).ShouldBe(["B"]);
        (await NotesAsync("person=po.filter.a&from=2026-11-20")).ShouldBe(["C"]);
        (await NotesAsync("person=po.filter.a&to=2026-11-21")).ShouldBe(["A"]);
        (await NotesAsync("person=nobody.at.all")).ShouldBeEmpty();

        var counted = await isd.GetAsync($"{Page}?person=po.filter.a");
        counted.Text("#total").ShouldStartWith("2 matching events");
        counted.QuerySelector("#person")!.GetAttribute("value").ShouldBe("po.filter.a");
    }

    [Fact]
    public async Task Filters_keep_to_their_pages_when_paging()
    {
        await factory.RecordAsync(AuditPageFactory.Now.AddDays(-2), [.. Enumerable.Range(1, 60)
            .Select(i => ("audit.pager", AuditActions.Rank.Added, AuditSubjects.Rank, (string?)$"Pager {i}", (int?)null, (object?)null))]);
        using var isd = await IsdAsync();

        var first = await isd.GetAsync($"{Page}?person=audit.pager");
        first.Text("#total").ShouldStartWith("60 matching events");
        Sequences(first).Count.ShouldBe(50);
        var second = await isd.GetAsync(Href(first, "older")!);

        Sequences(second).Count.ShouldBe(10);
        second.QuerySelectorAll("#events tbody tr td:nth-child(3)").Select(c => c.TextContent.Trim()).ShouldAllBe(a => a == "audit.pager");
        Href(second, "older").ShouldBeNull();
        Href(second, "newer")!.ShouldContain("person=audit.pager");
    }

    [Theory]
    [InlineData("person=po%01x", "person", "Person contains a control character (U+0001), which cannot be accepted. Remove it and try again.")]
    [InlineData("action=drop-table", "action", "Choose an action from the list.")]
    [InlineData("district=abc", "district", "Choose a district from the list.")]
    [InlineData("district=13", "district", "Choose a district from the list.")]
    [InlineData("district=-1", "district", "Choose a district from the list.")]
    [InlineData("from=2026-13-45", "from", "Enter the date as YYYY-MM-DD.")]
    [InlineData("from=yesterday", "from", "Enter the date as YYYY-MM-DD.")]
    [InlineData("to=0001-01-01", "to", "Choose a date from 2000-01-01 to today.")]
    [InlineData("to=9999-12-31", "to", "Choose a date from 2000-01-01 to today.")]
    [InlineData("from=2026-11-20&to=2026-11-19", "to", "The end date is on or after the start date.")]
    public async Task Bad_filter_input_is_a_message_by_the_field_never_an_error_page(string query, string field, string message)
    {
        using var isd = await IsdAsync();

        var page = await isd.GetAsync($"{Page}?{query}");

        isd.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError(field).ShouldBe(message);
        page.QuerySelector("#filter-problem").ShouldNotBeNull();
        page.QuerySelector("#events").ShouldBeNull();
    }

    [Fact]
    public async Task An_over_long_person_or_a_bad_page_link_is_no_error_either()
    {
        using var isd = await IsdAsync();

        var longPerson = await isd.GetAsync($"{Page}?person={new string('a', 300)}");
        isd.Status.ShouldBe(HttpStatusCode.OK);
        longPerson.FieldError("person").ShouldBe("A log-on ID is at most 256 characters.");

        var badCursor = await isd.GetAsync($"{Page}?before=abc&after=-5");
        isd.Status.ShouldBe(HttpStatusCode.OK);
        Sequences(badCursor)[0].ShouldBe((await StoredAsync())[0]);
    }

    [Fact]
    public async Task Events_show_plain_language_names_linked_subjects_and_readable_details()
    {
        var userId = await factory.CreateUserAsync("po.linked", 7, Roles.Representative);
        var postId = Guid.Parse("0b6f1e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
        await factory.RecordAsync(new DateTimeOffset(2026, 11, 24, 18, 5, 0, TimeSpan.Zero),
            ("cmdr.linked", AuditActions.Registry.Replaced, AuditSubjects.Appointment, Guid.NewGuid().ToString(), 7,
                new { slot = 1, name = "Aisha Grant", endedAt = new DateTime(2026, 11, 24, 18, 0, 0, DateTimeKind.Utc), reason = "Transferred" }),
            ("po.linked", AuditActions.Post.Submitted, AuditSubjects.Post, postId.ToString(), 7, null),
            ("cmdr.linked", AuditActions.Publishing.Paused, AuditSubjects.Publishing, "7", 7, new { reason = "Storm" }));
        using var isd = await IsdAsync();

        var page = await isd.GetAsync($"{Page}?district=7");
        IElement Row(string action) => page.QuerySelectorAll("#events tbody tr").Single(r => r.QuerySelector($"td[data-action='{action}']") is not null);

        var createdRow = (await isd.GetAsync($"{Page}?action={AuditActions.User.Created}")).QuerySelectorAll("#events tbody tr")
            .Single(r => r.QuerySelector("td.subject")!.TextContent.Contains("Test po.linked", StringComparison.Ordinal));
        createdRow.QuerySelector("td[data-action]")!.TextContent.Trim().ShouldBe("Account created");
        createdRow.QuerySelector("td.subject a")!.TextContent.Trim().ShouldBe("Account Test po.linked");
        var userLink = createdRow.QuerySelector("td.subject a")!.GetAttribute("href")!;
        userLink.ShouldBe($"/Admin/Users/Edit/{userId}");
        (await isd.GetAsync(userLink)).Text("main").ShouldContain("po.linked");
        isd.Status.ShouldBe(HttpStatusCode.OK);

        var replaced = Row(AuditActions.Registry.Replaced);
        replaced.QuerySelector("td[data-action]")!.TextContent.Trim().ShouldBe("Representative replaced");
        replaced.QuerySelector("td.subject")!.TextContent.Trim().ShouldBe("Representative appointment");
        replaced.QuerySelectorAll("td.details dt").Select(d => d.TextContent.Trim()).ShouldBe(["Slot", "Name", "Ended at", "Reason"]);
        replaced.QuerySelectorAll("td.details dd").Select(d => d.TextContent.Trim()).ShouldBe(["1", "Aisha Grant", "2026-11-24 12:00 CST", "Transferred"]);
        replaced.QuerySelector("td.details details code.raw")!.TextContent.ShouldContain("\"endedAt\":\"2026-11-24T18:00:00Z\"");

        var submitted = Row(AuditActions.Post.Submitted);
        submitted.QuerySelector("td[data-action]")!.TextContent.Trim().ShouldBe("Post submitted");
        submitted.QuerySelector("td.subject a")!.GetAttribute("href").ShouldBe(AppLinks.Post(postId));
        // Who: the person's name, not their log-on ID; an actor with no account (cmdr.linked) shows as recorded.
        submitted.QuerySelector("td:nth-child(3) a")!.TextContent.Trim().ShouldBe("Test po.linked");
        submitted.QuerySelector("td:nth-child(3) a")!.GetAttribute("href").ShouldBe($"{Page}?person=po.linked");
        replaced.QuerySelector("td:nth-child(3)")!.TextContent.Trim().ShouldStartWith("cmdr.linked");

        var paused = Row(AuditActions.Publishing.Paused);
        paused.QuerySelector("td.subject a")!.TextContent.Trim().ShouldBe("Publishing of district 007");
        paused.QuerySelector("td.subject a")!.GetAttribute("href").ShouldBe(AppLinks.Publishing);
        page.Text("#events").ShouldNotContain("registry.replaced");
    }
}
