using System.Globalization;
using System.Text;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs;

/// <summary>
/// The department-wide feed of postings (directive IV.A, oversight of every transmission; issue 14) for News Affairs
/// and ISD: every district and state but drafts, newest submission first, filtered and searched, downloadable as CSV.
/// News Affairs discontinues a published posting of any district from its row, as from the record.
/// </summary>
public sealed class PostingsModel(CpdTwitterDbContext db, PostingsFeed feed, PostingsExport export, ReviewWorkflow reviews, CurrentMember member, TimeProvider time) : PageModel
{
    public const int PageSize = 50;
    public const int MaxSearchLength = 200;

    /// <summary>The query names the filters travel under (form, pager links, CSV link).</summary>
    public static readonly string[] FilterNames = ["q", "district", "state", "category", "from", "to", "notable", "discontinued", "correction", "outside"];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "district")]
    public string? DistrictFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? StateFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? CategoryFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "notable")]
    public string? Notable { get; set; }

    [BindProperty(SupportsGet = true, Name = "discontinued")]
    public string? Discontinued { get; set; }

    [BindProperty(SupportsGet = true, Name = "correction")]
    public string? NeedsCorrection { get; set; }

    [BindProperty(SupportsGet = true, Name = "outside")]
    public string? OutsideApp { get; set; }

    public string? Cursor => Request.Query["page"];

    public IReadOnlyList<Post> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyList<(int Number, string Name)> Districts { get; private set; } = [];

    public bool FiltersInvalid { get; private set; }

    /// <summary>The posting whose discontinue form was refused, shown open with its messages.</summary>
    public Guid? FailedId { get; private set; }

    /// <summary>
    /// The one posting whose discontinue form the page carries: the row's "Discontinue…" link asks for it (<c>id</c>,
    /// which the pager drops), or its form was refused. One form and dialog per page, not one per row, keeps the page small.
    /// </summary>
    public Guid? OpenId => FailedId ?? (Guid.TryParse(Request.Query["id"], out var id) ? id : null);

    /// <summary>News Affairs discontinues postings of any district (V.B); ISD alone does not.</summary>
    public bool MayDiscontinue => member.Approver is { IsNewsAffairs: true };

    public static bool IsOn(string? value) => value is "true" or "on";

    /// <summary>The filters as query values, for links that keep them (CSV, the form's action, back after discontinuing).</summary>
    public QueryBuilder FilterQuery()
    {
        var query = new QueryBuilder();
        foreach (var name in FilterNames)
        {
            if (Request.Query[name].ToString() is { Length: > 0 } value)
            {
                query.Add(name, value);
            }
        }

        return query;
    }

    public string FeedUrl(bool keepPage)
    {
        var query = FilterQuery();
        if (keepPage && Cursor is { Length: > 0 } cursor)
        {
            query.Add("page", cursor);
        }

        return Request.PathBase + Request.Path + query.ToQueryString();
    }

    public string CsvUrl()
    {
        var query = FilterQuery();
        query.Add("handler", "Csv");
        return Request.PathBase + Request.Path + query.ToQueryString();
    }

    /// <summary>This page (filters and position kept) with the row's discontinue form open, at the form.</summary>
    public string OpenDiscontinueUrl(Guid id)
    {
        var query = FilterQuery();
        if (Cursor is { Length: > 0 } cursor)
        {
            query.Add("page", cursor);
        }

        query.Add("id", id.ToString());
        return Request.PathBase + Request.Path + query.ToQueryString() + "#discontinue-" + id.ToString("N");
    }

    public string DiscontinueUrl(Guid id)
    {
        var query = FilterQuery();
        if (Cursor is { Length: > 0 } cursor)
        {
            query.Add("page", cursor);
        }

        query.Add("handler", "Discontinue");
        query.Add("id", id.ToString());
        return Request.PathBase + Request.Path + query.ToQueryString();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(await ParseAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var filter = await ParseAsync(cancellationToken);
        if (filter is null)
        {
            await LoadAsync(null, cancellationToken);
            return Page();
        }

        var today = ChicagoTime.DateOf(time.GetUtcNow().UtcDateTime);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"postings-{today:yyyy-MM-dd}.csv\"";
        var filters = FilterNames.Where(n => Request.Query[n].ToString().Length > 0).ToDictionary(n => n, n => Request.Query[n].ToString(), StringComparer.Ordinal);
        await using (var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true))
        {
            await export.WriteAsync(writer, filter, member.Scope, filters, cancellationToken);
        }

        return new EmptyResult();
    }

    /// <summary>Confirmed: the form's "Yes, discontinue" box, ticked by the confirmation dialog or by hand without script.</summary>
    public async Task<IActionResult> OnPostDiscontinueAsync(Guid id, DiscontinueReason? reason, string? note, bool confirmed, CancellationToken cancellationToken)
    {
        var sandbox = await db.Posts.AsNoTracking().Within(member.Scope).Where(p => p.Id == id).Select(p => (bool?)p.Sandbox).SingleOrDefaultAsync(cancellationToken);
        if (sandbox is null)
        {
            return NotFound();
        }

        if (member.Approver is not { IsNewsAffairs: true } who)
        {
            return Forbid();
        }

        var outcome = confirmed
            ? await reviews.DiscontinueAsync(id, who, reason, note, cancellationToken)
            : Outcome.Fail("Confirmed", ConfirmDialog.ForDiscontinue(string.Empty, notYetSent: false, sandbox.Value).Missing);
        if (outcome.Succeeded)
        {
            TempData["Status"] = sandbox.Value
                ? "Discontinued: the sandbox posting is marked discontinued (it was never on X); its record is kept."
                : "Discontinued: the posting is being deleted from X; its record is kept.";
            return Redirect(FeedUrl(keepPage: true));
        }

        // The filters first: their check reads the model state, which the refusal is about to fill.
        var filter = await ParseAsync(cancellationToken);
        ModelState.AddErrors(outcome);
        FailedId = id;
        await LoadAsync(filter, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(PostingsFilter? filter, CancellationToken cancellationToken)
    {
        if (filter is null)
        {
            FiltersInvalid = true;
            Pager = new Pager("Pages of postings", "posting", "postings", 0, 0, 0, null, null, false, "page");
            return;
        }

        var page = await feed.Query(filter, member.Scope).PageAsync(PostingsFeed.NewestFirst, Cursor, PageSize, PostingsFeed.CountCap, cancellationToken);
        Rows = page.Items;
        Pager = Pager.For(page, "Pages of postings", "posting", "postings", "page");
    }

    /// <summary>The filters checked field by field; null (with the messages next to the fields) when any is wrong.</summary>
    private async Task<PostingsFilter?> ParseAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Number).ToListAsync(cancellationToken);
        Districts = districts.Select(d => (d.Number, d.DisplayName)).ToList();
        int? district = null;
        if (!string.IsNullOrWhiteSpace(DistrictFilter))
        {
            if (int.TryParse(DistrictFilter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && districts.Any(d => d.Number == number))
            {
                district = number;
            }
            else
            {
                ModelState.AddModelError("district", "Choose a district from the list.");
            }
        }

        PostState? state = null;
        if (!string.IsNullOrWhiteSpace(StateFilter))
        {
            if (Enum.TryParse<PostState>(StateFilter.Trim(), ignoreCase: false, out var parsed) && PostingsFeed.Shown.Contains(parsed) && !int.TryParse(StateFilter, out _))
            {
                state = parsed;
            }
            else
            {
                ModelState.AddModelError("state", "Choose a state from the list.");
            }
        }

        PostCategory? category = null;
        if (!string.IsNullOrWhiteSpace(CategoryFilter))
        {
            if (Enum.TryParse<PostCategory>(CategoryFilter.Trim(), ignoreCase: false, out var parsed) && PostCategories.Written.Contains(parsed) && !int.TryParse(CategoryFilter, out _))
            {
                category = parsed;
            }
            else
            {
                ModelState.AddModelError("category", "Choose a category from the list.");
            }
        }

        var today = ChicagoTime.DateOf(time.GetUtcNow().UtcDateTime);
        var from = Date("from", From, today);
        var to = Date("to", To, today);
        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError("to", "The end date is on or after the start date.");
        }

        if (Search is { Length: > MaxSearchLength })
        {
            ModelState.AddModelError("q", $"Search for at most {MaxSearchLength} characters.");
        }

        var words = PostSearch.Words(Search);
        if (!string.IsNullOrWhiteSpace(Search) && words.Count == 0)
        {
            ModelState.AddModelError("q", "Type at least one word (letters or digits) to search.");
        }

        return ModelState.ErrorCount == 0
            ? new PostingsFilter(district, state, category, from, to, IsOn(Notable), IsOn(Discontinued), IsOn(NeedsCorrection), words, IsOn(OutsideApp))
            : null;
    }

    private DateOnly? Date(string field, string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError(field, "Enter the date as YYYY-MM-DD.");
            return null;
        }

        var earliest = DateOnly.FromDateTime(DateWindow.Earliest);
        if (date < earliest || date > today)
        {
            ModelState.AddModelError(field, $"Choose a date from {earliest:yyyy-MM-dd} to today.");
            return null;
        }

        return date;
    }
}
