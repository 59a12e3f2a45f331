using CpdTwitter.Domain.Inquiries;
using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Infrastructure.Inquiries;

/// <summary>Counts of media inquiries for News Affairs' overview (the dashboard): one indexed, grouped query each.</summary>
public sealed class InquiryCounts(CpdTwitterDbContext db, TimeProvider time, IOptions<InquiryOptions> options)
{
    /// <summary>Unanswered inquiries past the response target, per district (districts with none are left out), by district number.</summary>
    public async Task<IReadOnlyList<(int District, int Overdue)>> OverdueByDistrictAsync(CancellationToken cancellationToken = default)
    {
        var bound = MediaInquiry.OverdueIfReceivedBefore(time.GetUtcNow().UtcDateTime, options.Value.InquiryResponseHours);
        var rows = await db.MediaInquiries.AsNoTracking()
            .Where(i => (i.State == InquiryState.New || i.State == InquiryState.Assigned) && i.ReceivedAt < bound)
            .GroupBy(i => i.District).Select(g => new { District = g.Key, Count = g.Count() })
            .OrderBy(g => g.District).ToListAsync(cancellationToken);
        return rows.Select(r => (r.District, r.Count)).ToList();
    }
}
