using CpdTwitter.Infrastructure;
using System.ComponentModel.DataAnnotations;
using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.Admin.Users;

public sealed class EditModel(UserManager<ApplicationUser> users, UserAdministration administration, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public AssignmentInput Assignment { get; set; } = new();

    [BindProperty]
    [Display(Name = "Reason for disabling")]
    [StringLength(500)]
    public string? DisableReason { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string? NewPassword { get; set; }

    public ApplicationUser Account { get; private set; } = new();

    public bool IsLocked => Account.LockoutEnd > time.GetUtcNow();

    /// <summary>An administrator's own account: its roles and district, and disabling it, are for another administrator.</summary>
    public bool IsOwnAccount => string.Equals(User.Identity?.Name, Account.UserName, StringComparison.OrdinalIgnoreCase);

    public string Status => Account.IsDisabled ? "Disabled" : IsLocked ? "Locked" : "Active";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Assignment = new AssignmentInput { District = Account.DistrictNumber, Roles = [.. await users.GetRolesAsync(Account)] };
        return Page();
    }

    public Task<IActionResult> OnPostAssignmentAsync(CancellationToken cancellationToken) =>
        ActAsync(() => administration.ChangeAssignmentAsync(Id, Assignment.District, Assignment.Roles, cancellationToken),
            nameof(Assignment), "Roles and district saved. The member's open sessions end and pick up the change at the next sign-in.");

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        ActAsync(() => administration.DisableAsync(Id, DisableReason ?? string.Empty, cancellationToken),
            nameof(DisableReason), "Account disabled.", useFieldAsKey: true);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        ActAsync(() => administration.EnableAsync(Id, cancellationToken), string.Empty, "Account enabled.");

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        ActAsync(() => administration.UnlockAsync(Id, cancellationToken), string.Empty, "Account unlocked.");

    public Task<IActionResult> OnPostResetMfaAsync(CancellationToken cancellationToken) =>
        ActAsync(() => administration.ResetMfaAsync(Id, cancellationToken), string.Empty, "MFA reset: the member sets up an authenticator at the next sign-in.");

    public Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken) =>
        ActAsync(() => administration.ResetPasswordAsync(Id, NewPassword ?? string.Empty, cancellationToken),
            nameof(NewPassword), "Password set. Give it to the member in person.", useFieldAsKey: true);

    private async Task<IActionResult> ActAsync(Func<Task<Outcome>> act, string prefix, string success, bool useFieldAsKey = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await act();
        if (result.Succeeded)
        {
            TempData["Status"] = success;
            return RedirectToPage(new { id = Id });
        }

        foreach (var (field, message) in result.Errors)
        {
            var key = useFieldAsKey ? prefix : string.IsNullOrEmpty(field) || string.IsNullOrEmpty(prefix) ? string.Empty : $"{prefix}.{field}";
            ModelState.AddModelError(key, message);
        }

        if (prefix != nameof(Assignment))
        {
            Assignment = new AssignmentInput { District = Account.DistrictNumber, Roles = [.. await users.GetRolesAsync(Account)] };
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var account = await users.FindByIdAsync(Id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
