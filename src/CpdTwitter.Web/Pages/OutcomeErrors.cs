using CpdTwitter.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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
}
