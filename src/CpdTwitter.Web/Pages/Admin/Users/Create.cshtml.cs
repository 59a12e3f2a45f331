using System.ComponentModel.DataAnnotations;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.Admin.Users;

public sealed class CreateModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.CreateAsync(
            new NewUser(Input.LogOnId, Input.DisplayName, Input.Email, Input.District, Input.Roles, Input.InitialPassword),
            cancellationToken);
        if (!result.Succeeded)
        {
            UserForm.AddErrors(ModelState, result, nameof(Input));
            return Page();
        }

        TempData["Status"] = $"Account {Input.LogOnId.Trim()} created.";
        return RedirectToPage("Index");
    }
}

public sealed class CreateUserInput
{
    [Required(ErrorMessage = "Enter the member's Department log-on ID.")]
    [RegularExpression(@"^\s*[A-Za-z0-9._-]{3,64}\s*$", ErrorMessage = "A log-on ID is 3–64 letters, digits, dots, dashes or underscores.")]
    [Display(Name = "Log-on ID")]
    public string LogOnId { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the member's name as it should appear.")]
    [StringLength(ApplicationUser.DisplayNameMaxLength)]
    [Display(Name = "Name (with rank)")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the member's Department e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256)]
    [Display(Name = "Department e-mail")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter an initial password.")]
    [StringLength(512, MinimumLength = SecurityOptions.MinimumPasswordLength, ErrorMessage = "The password must be at least 12 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string InitialPassword { get; set; } = string.Empty;

    public int? District { get; set; }

    public List<string> Roles { get; set; } = [];
}
