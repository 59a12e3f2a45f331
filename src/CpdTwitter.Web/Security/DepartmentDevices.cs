using CpdTwitter.Domain.Devices;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Security;

/// <summary>
/// Directive IV.D: recognises a Department device by the signed, HttpOnly cookie ISD set on it at enrolment
/// (checked against the enrolment record, so revocation takes effect at once), or by a configured
/// Department network range.
/// </summary>
public sealed class DepartmentDevices(
    IDataProtectionProvider protection,
    CpdTwitterDbContext db,
    IOptions<DeviceOptions> options,
    IWebHostEnvironment environment,
    TimeProvider time)
{
    public const string CookieName = "CpdTwitter.Device";
    private readonly IDataProtector _protector = protection.CreateProtector("CpdTwitter.DeviceEnrollment.v1");
    private readonly Lazy<DepartmentNetwork> _network = new(() => new DepartmentNetwork(options.Value.DepartmentNetworks));
    private DeviceDecision? _decision;

    /// <summary>The decision for this request (the service lives for one request): asked once, whoever asks.</summary>
    public async Task<DeviceDecision> CheckAsync(HttpContext context, CancellationToken cancellationToken = default) =>
        _decision ??= await DecideAsync(context, cancellationToken);

    private async Task<DeviceDecision> DecideAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DeviceId(context) is { } id)
        {
            var device = await db.Devices.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (device is not null)
            {
                return device.IsRevoked ? DeviceDecision.Revoked(device.AssetTag) : DeviceDecision.Enrolled(device.AssetTag);
            }
        }

        return _network.Value.Contains(context.Connection.RemoteIpAddress)
            ? DeviceDecision.OnDepartmentNetwork()
            : DeviceDecision.NotEnrolled();
    }

    /// <summary>Marks the browser making this request as the enrolled device.</summary>
    public void Issue(HttpResponse response, DeviceEnrollment device)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(device);
        _decision = null;
        response.Cookies.Append(CookieName, _protector.Protect(device.Id.ToString("N")), new CookieOptions
        {
            HttpOnly = true,
            Secure = !environment.IsDevelopment(),
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Expires = time.GetUtcNow().AddYears(5),
        });
    }

    private Guid? DeviceId(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(_protector.Unprotect(value), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, altered or from another key ring
        }
    }
}
