using System.ComponentModel.DataAnnotations;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Infrastructure.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(
    AccountSignIn signIn,
    IWebHostEnvironment environment,
    IConfiguration configuration,
    IOptions<SecurityOptions> security) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public string DemoPassword => DemoSeeder.Password;

    public bool MfaRequired => security.Value.RequireMfa;

    public async Task<IActionResult> OnGetAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        ShowDemoAccounts();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ShowDemoAccounts();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var step = await signIn.PasswordAsync(Input.LogOnId, Input.Password, cancellationToken);
        switch (step)
        {
            case SignInStep.SignedIn:
                return LocalRedirect(Url.LocalOrHome(ReturnUrl));
            case SignInStep.MfaRequired:
                return RedirectToPage("/Account/Mfa", new { returnUrl = Url.LocalOrHome(ReturnUrl) });
            case SignInStep.MfaEnrollmentRequired:
                return RedirectToPage("/Account/Enroll", new { returnUrl = Url.LocalOrHome(ReturnUrl) });
            case SignInStep.LockedOut:
                ModelState.AddModelError(string.Empty, "This account is locked after too many failed sign-ins. Call the ISD help desk to unlock it.");
                return Page();
            case SignInStep.NotAllowed:
                ModelState.AddModelError(string.Empty, "This account is disabled. Call the ISD help desk.");
                return Page();
            default:
                ModelState.AddModelError(string.Empty, "The log-on ID or password is not correct.");
                return Page();
        }
    }

    private void ShowDemoAccounts()
    {
        if (environment.IsDevelopment() && configuration.GetValue<bool>("Seed:Demo"))
        {
            DemoAccounts = DemoSeeder.Accounts;
        }
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your log-on ID.")]
    [Display(Name = "Log-on ID")]
    [StringLength(256)]
    public string LogOnId { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string Password { get; set; } = string.Empty;
}
