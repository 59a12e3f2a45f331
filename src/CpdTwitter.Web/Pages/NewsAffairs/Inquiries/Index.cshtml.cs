using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Web.Pages.Inquiries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs.Inquiries;

/// <summary>
/// News Affairs' queue of media inquiries from every district (S02-03-10 IV.F): by state and district, the most urgent
/// (oldest received) or the newest first, keyset-paged; overdue ones flagged in words.
/// </summary>
public sealed class IndexModel(CpdTwitterDbContext db, InquiryDesk desk, TimeProvider time) : PageModel
{
    public const int PageSize = 50;
    public const string Open = "open";
    public const string All = "all";
    public const string Newest = "newest";

    private static readonly KeysetOrder<MediaInquiry> OldestFirst = KeysetOrder.ByTime<MediaInquiry>(i => i.ReceivedAt, i => i.Id, newestFirst: false);
    private static readonly KeysetOrder<MediaInquiry> NewestFirst = KeysetOrder.ByTime<MediaInquiry>(i => i.ReceivedAt, i => i.Id, newestFirst: true);

    /// <summary>"open" (new and assigned: the default), "all", or one state's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? District { get; set; }

    /// <summary>"newest" first, or (default) the most urgent: the oldest received first.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    /// <summary>Only the inquiries about this posting (the posting's "media interest" link).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Post { get; set; }

    public IReadOnlyList<InquiryListRow> Rows { get; private set; } = [];

    public IReadOnlyList<(int Number, string Name)> Districts { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public int ResponseHours => desk.ResponseHours;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Districts = (await db.Districts.AsNoTracking().OrderBy(d => d.Number).Select(d => new { d.Number, d.DisplayName }).ToListAsync(cancellationToken))
            .Select(d => (d.Number, d.DisplayName)).ToList();
        var query = db.MediaInquiries.AsNoTracking();
        var show = Show ?? Open;
        if (show == Open)
        {
            query = query.Where(i => i.State == InquiryState.New || i.State == InquiryState.Assigned);
        }
        else if (Enum.TryParse<InquiryState>(show, ignoreCase: false, out var state) && Enum.IsDefined(state))
        {
            query = query.Where(i => i.State == state);
        }
        else
        {
            Show = All;
        }

        if (District is { } district)
        {
            query = query.Where(i => i.District == district);
        }

        if (Post is { } post)
        {
            query = query.Where(i => i.RelatedPostId == post);
        }

        var page = await query.PageAsync(Order == Newest ? NewestFirst : OldestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        Rows = page.Items.Select(i => InquiryListRow.Of(i, now, desk.ResponseHours)).ToList();
        Pager = Pager.For(page, "Pages of media inquiries", "media inquiry", "media inquiries");
    }
}
