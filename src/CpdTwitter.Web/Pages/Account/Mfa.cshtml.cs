using System.ComponentModel.DataAnnotations;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdTwitter.Web.Pages.Account;

[AllowAnonymous]
[SignInRateLimited]
public sealed class MfaModel(AccountSignIn signIn) : SecondFactorPage
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?-?\d{3}\s*$", ErrorMessage = "The code is six digits.")]
    [Display(Name = "Six-digit code")]
    public string Code { get; set; } = string.Empty;

    public Task<IActionResult> OnGetAsync() => ShowIfPendingAsync(signIn);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var step = await signIn.AuthenticatorCodeAsync(Code, cancellationToken);
        return Outcome(step, nameof(Code), "That code is not correct or has expired. Enter the code shown now.");
    }
}
