using CpdTwitter.Domain.Media;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Media;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Media;

/// <summary>
/// A stored image, to members whose scope holds it: the districts that attached it (their own district for district
/// members, all for News Affairs and ISD), as for the postings' records. Another district's image is not found (404).
/// </summary>
public sealed class ImageModel(CpdTwitterDbContext db, ImageStore store, CurrentMember member) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!PostImage.IsSha256(sha256))
        {
            return NotFound();
        }

        var held = await db.StoredImages.AsNoTracking().Within(member.Scope).Where(i => i.Sha256 == sha256)
            .Select(i => new { i.Kind }).FirstOrDefaultAsync(cancellationToken);
        if (held is null || store.PathOf(sha256) is not { } path)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, max-age=86400, immutable";
        return PhysicalFile(path, PostImages.ContentTypeOf(held.Kind));
    }
}
