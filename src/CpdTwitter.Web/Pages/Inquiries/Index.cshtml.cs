using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Inquiries;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Inquiries;

/// <summary>The district's media inquiries and where each stands; the district logs them, News Affairs answers (S02-03-10 IV.F).</summary>
public sealed class IndexModel(CpdTwitterDbContext db, CurrentMember member, InquiryDesk desk, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    private static readonly KeysetOrder<MediaInquiry> NewestFirst = KeysetOrder.ByTime<MediaInquiry>(i => i.ReceivedAt, i => i.Id, newestFirst: true);

    public int District => member.OwnDistrict;

    /// <summary>Only the inquiries about this posting (the posting's "media interest" link).</summary>
    public Guid? Post { get; private set; }

    public IReadOnlyList<InquiryListRow> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(Guid? post, CancellationToken cancellationToken)
    {
        Post = post;
        var query = db.MediaInquiries.AsNoTracking().Within(member.Scope);
        if (post is { } postId)
        {
            query = query.Where(i => i.RelatedPostId == postId);
        }

        var page = await query.PageAsync(NewestFirst, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        Rows = page.Items.Select(i => InquiryListRow.Of(i, now, desk.ResponseHours)).ToList();
        Pager = Pager.For(page, "Pages of media inquiries", "media inquiry", "media inquiries");
    }
}
