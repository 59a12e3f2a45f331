using CpdTwitter.Domain.Records;
using CpdTwitter.Infrastructure.Records.Retention;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.Admin.Records;

/// <summary>The postings eligible for disposition: finished, past the retention period, not held. A report only.</summary>
public sealed class EligibleModel(EligiblePostings eligible) : PageModel
{
    public const int PageSize = 50;

    public RetentionSchedule Schedule { get; private set; } = null!;

    public DateTime? Cutoff { get; private set; }

    public int? District { get; private set; }

    public IReadOnlyList<EligibleRow> Rows { get; private set; } = [];

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(int? district, CancellationToken cancellationToken)
    {
        District = district is { } d && Domain.Districts.ChicagoDistricts.Exists(d) ? d : null;
        (Schedule, Cutoff) = await eligible.CutoffAsync(cancellationToken);
        if (Cutoff is { } cutoff)
        {
            var page = await eligible.PageAsync(cutoff, District, Request.Query[Pager.DefaultParam], PageSize, cancellationToken);
            Rows = page.Items;
            Pager = Pager.For(page, "Pages of eligible postings", "eligible posting");
        }
    }
}
