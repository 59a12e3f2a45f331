using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Devices;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.Admin.Devices;

/// <summary>Directive IV.D and V.D.1: ISD enrolls Department devices (opening this page on the device) and revokes them.</summary>
public sealed class IndexModel(CpdTwitterDbContext db, AuditTrail audit, DepartmentDevices devices, CurrentMember member, TimeProvider time) : PageModel
{
    [BindProperty]
    [Display(Name = "Asset tag of this device")]
    public string? AssetTag { get; set; }

    [BindProperty]
    [Display(Name = "Reason")]
    public string? RevokeReason { get; set; }

    public IReadOnlyList<DeviceEnrollment> Devices { get; private set; } = [];

    public DeviceDecision ThisDevice { get; private set; } = DeviceDecision.NotEnrolled();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostEnrollAsync(CancellationToken cancellationToken)
    {
        DeviceEnrollment device;
        try
        {
            device = new DeviceEnrollment(AssetTag ?? string.Empty, member.SignedIn, time.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(AssetTag), ex.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (await db.Devices.AnyAsync(d => d.AssetTag == device.AssetTag && d.RevokedAt == null, cancellationToken))
        {
            ModelState.AddModelError(nameof(AssetTag), $"Device {device.AssetTag} is already enrolled. Revoke it first to enroll it again.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.Devices.Add(device);
        audit.Record(AuditActions.Device.Enrolled, AuditSubjects.Device, device.Id.ToString(), details: new { assetTag = device.AssetTag });
        await db.SaveChangesAsync(cancellationToken);
        devices.Issue(Response, device);
        TempData["Status"] = $"This browser is now enrolled as Department device {device.AssetTag}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var device = await db.Devices.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (device is null)
        {
            return NotFound();
        }

        try
        {
            device.Revoke(member.SignedIn, time.GetUtcNow().UtcDateTime, RevokeReason ?? string.Empty);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(RevokeReason), ex.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }

        audit.Record(AuditActions.Device.Revoked, AuditSubjects.Device, device.Id.ToString(), details: new { assetTag = device.AssetTag, reason = device.RevokeReason });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = $"Device {device.AssetTag} revoked.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Devices = await db.Devices.AsNoTracking().OrderBy(d => d.RevokedAt != null).ThenBy(d => d.AssetTag).ToListAsync(cancellationToken);
        ThisDevice = await devices.CheckAsync(HttpContext, cancellationToken);
    }
}
