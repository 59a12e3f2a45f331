using CpdTwitter.Domain.Guidance;
using CpdTwitter.Domain.People;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Guidance;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Guidance;

/// <summary>One published guidance version in the list of versions (without its text).</summary>
public sealed record GuidanceVersionSummary(int Number, string Summary, DateTime PublishedAt, string PublishedByName);

/// <summary>
/// The Office of News Affairs' guidance (directive V.C.1), for every member: the current version (or an earlier one),
/// what changed and the difference from the version before, and for representatives "I have read this version".
/// </summary>
public sealed class IndexModel(CpdTwitterDbContext db, GuidanceDesk desk, GuidanceRenderer renderer, CurrentMember member) : PageModel
{
    public IReadOnlyList<GuidanceVersionSummary> Versions { get; private set; } = [];

    public GuidanceVersion? Shown { get; private set; }

    /// <summary>The version before the shown one, for the difference; null for version 1.</summary>
    public GuidanceVersion? Previous { get; private set; }

    public string Html { get; private set; } = string.Empty;

    public bool IsCurrent => Shown is not null && Versions.Count > 0 && Shown.Number == Versions[0].Number;

    public bool IsRepresentative => member.Is(Roles.Representative);

    /// <summary>When the signed-in representative acknowledged the shown version; null if they have not.</summary>
    public DateTime? AcknowledgedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? version, CancellationToken cancellationToken)
    {
        Versions = await db.GuidanceVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new GuidanceVersionSummary(v.Number, v.Summary, v.PublishedAt, v.PublishedByName))
            .ToListAsync(cancellationToken);
        if (Versions.Count == 0)
        {
            return version is null ? Page() : NotFound();
        }

        var number = version ?? Versions[0].Number;
        var pair = await db.GuidanceVersions.AsNoTracking().Where(v => v.Number == number || v.Number == number - 1).ToListAsync(cancellationToken);
        Shown = pair.SingleOrDefault(v => v.Number == number);
        if (Shown is null)
        {
            return NotFound();
        }

        Previous = pair.SingleOrDefault(v => v.Number == number - 1);
        Html = renderer.ToHtml(Shown.Markdown);
        if (IsRepresentative)
        {
            var userId = member.SignedIn.UserId;
            AcknowledgedAt = await db.GuidanceAcknowledgements.AsNoTracking()
                .Where(a => a.UserId == userId && a.VersionNumber == number)
                .Select(a => (DateTime?)a.AcknowledgedAt).FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }

    /// <summary>"I have read this version": representatives only; a second click changes nothing.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int version, CancellationToken cancellationToken)
    {
        if (!IsRepresentative)
        {
            return Forbid();
        }

        var outcome = await desk.AcknowledgeAsync(version, member.SignedIn, cancellationToken);
        if (!outcome.Succeeded)
        {
            TempData["Error"] = outcome.Errors[0].Message;
            return RedirectToPage();
        }

        TempData["Status"] = $"Thank you: you acknowledged guidance version {version}.";
        return RedirectToPage(new { version });
    }
}
