using CpdTwitter.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages;

public static class OutcomeErrors
{
    /// <summary>Puts a refused workflow's messages next to the fields they name (or at the top for none).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, Outcome outcome, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (var (field, message) in outcome.Errors)
        {
            modelState.AddModelError(string.IsNullOrEmpty(field) || prefix is null ? field : $"{prefix}.{field}", message);
        }
    }

    /// <summary>
    /// After a workflow ran: done → its status line and back to the page (post/redirect/get); refused → the messages
    /// next to their fields and the page shown again with what it needs reloaded.
    /// </summary>
    public static async Task<IActionResult> AfterWorkflowAsync(this PageModel page, Outcome outcome, string success, Func<Task> reload, string? prefix = null, object? routeValues = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(reload);
        if (outcome.Succeeded)
        {
            page.TempData["Status"] = success;
            return page.RedirectToPage(routeValues);
        }

        page.ModelState.AddErrors(outcome, prefix);
        await reload();
        return page.Page();
    }

    /// <summary>The form's own checks first (messages beside the fields, nothing run); then the workflow, as <see cref="AfterWorkflowAsync"/>.</summary>
    public static async Task<IActionResult> WhenValidAsync(this PageModel page, Func<Task<Outcome>> act, string success, Func<Task> reload, object? routeValues = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(reload);
        if (!page.ModelState.IsValid)
        {
            await reload();
            return page.Page();
        }

        return await page.AfterWorkflowAsync(await act(), success, reload, routeValues: routeValues);
    }
}
