using System.ComponentModel.DataAnnotations;
using CpdTwitter.Domain;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Security;
using CpdTwitter.Infrastructure.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CpdTwitter.Web.Pages.Account;

[AllowAnonymous]
[SignInRateLimited(LogOnIdField = "Input.LogOnId")]
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
            default:
                // Unknown, wrong, locked and disabled get one answer, so the page does not say who has an account.
                ModelState.AddModelError(string.Empty, FailedMessage);
                return Page();
        }
    }

    /// <summary>The one answer to every refused password step (the lockout rule is shown under the form).</summary>
    public const string FailedMessage = "The log-on ID or password is not correct, or the account is locked or disabled.";

    public string LockoutRule
    {
        get
        {
            var options = security.Value;
            var lockFor = options.LockoutMinutes > 0
                ? $"for {Plural.Count(options.LockoutMinutes, "minute")}; the ISD help desk can unlock it sooner"
                : "until the ISD help desk unlocks it";
            return $"{Plural.Count(options.MaxFailedSignIns, "failed attempt")} within {Plural.Count(options.FailureWindowMinutes, "minute")} lock an account {lockFor}.";
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
