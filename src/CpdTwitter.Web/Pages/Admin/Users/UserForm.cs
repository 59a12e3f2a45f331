using CpdTwitter.Infrastructure;
using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CpdTwitter.Web.Pages.Admin.Users;

/// <summary>Choices shared by the create and edit pages.</summary>
public static class UserForm
{
    public static IReadOnlyList<SelectListItem> DistrictOptions { get; } =
        [new("Department-wide (no district)", string.Empty), .. ChicagoDistricts.All.Select(d => new SelectListItem(d.DisplayName, d.Number.ToString("D", System.Globalization.CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<(string Value, string Title)> RoleOptions { get; } =
        Roles.All.Select(r => (r, Roles.Title(r))).ToList();

    public static void AddErrors(ModelStateDictionary modelState, Outcome result, string prefix)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}", message);
        }
    }
}

public sealed class AssignmentInput
{
    [Display(Name = "District")]
    public int? District { get; set; }

    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];
}
