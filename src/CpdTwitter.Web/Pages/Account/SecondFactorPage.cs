using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.Account;

/// <summary>What the authenticator-code and recovery-code pages share: the outcome of a second-factor step.</summary>
public abstract class SecondFactorPage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected string SafeReturnUrl() => Url.LocalOrHome(ReturnUrl);

    /// <summary>The page is only for a member whose password was just accepted; anyone else starts at sign-in.</summary>
    protected async Task<IActionResult> ShowIfPendingAsync(AccountSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return await signIn.PendingUserAsync() is null ? RedirectToPage("/Account/SignIn", new { returnUrl = ReturnUrl }) : Page();
    }

    protected IActionResult Outcome(SignInStep step, string field, string wrongCodeMessage)
    {
        switch (step)
        {
            case SignInStep.SignedIn:
                return LocalRedirect(SafeReturnUrl());
            case SignInStep.SessionExpired:
                return RedirectToPage("/Account/SignIn", new { returnUrl = ReturnUrl });
            case SignInStep.LockedOut:
                ModelState.AddModelError(string.Empty, "This account is locked after too many failed attempts. Call the ISD help desk to unlock it.");
                return Page();
            case SignInStep.NotAllowed:
                ModelState.AddModelError(string.Empty, "This account is disabled. Call the ISD help desk.");
                return Page();
            default:
                ModelState.AddModelError(field, wrongCodeMessage);
                return Page();
        }
    }
}
