using CpdTwitter.Domain.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Security;

/// <summary>
/// With <c>Devices:ReadAnywhere</c> = false, every page needs a Department device (directive IV.D read strictly),
/// except signing in and out, error pages, and ISD, who must be able to enroll the device in the first place.
/// </summary>
public sealed class DepartmentDeviceFilter(IOptions<DeviceOptions> options, DepartmentDevices devices) : IAsyncPageFilter
{
    /// <summary>The reason shown on the 403 page.</summary>
    public const string RefusalKey = "cpd.refusal";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        var exempt = options.Value.ReadAnywhere
            || user.Identity?.IsAuthenticated != true
            || user.IsInRole(Roles.IsdAdministrator)
            || page.StartsWith("/Account/", StringComparison.Ordinal)
            || page == "/Error";
        if (!exempt)
        {
            var device = await devices.CheckAsync(context.HttpContext, context.HttpContext.RequestAborted);
            if (!device.IsDepartmentDevice)
            {
                context.HttpContext.Items[RefusalKey] = device.Reason;
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
            }
        }

        await next();
    }
}
